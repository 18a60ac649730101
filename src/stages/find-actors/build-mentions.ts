import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { NameTarget } from '../../dictionaries/compile-names.js';
import type { NameGroup } from './group-names.js';
import { roleAt, splitCode } from './roles.js';

const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within']);

const FORMER = new Set(['former', 'ex']);

// "former" standing before the role noun, inside the phrase or just before it ("former Gondor prosecutors").
function formerBefore(doc: Doc, group: NameGroup, agent: NameTarget): boolean {
  const at = group.matches.find((m) => m.phrase.target === agent)?.start ?? group.end;
  const sentence = doc.tokens[group.start].sentence;
  for (let t = Math.max(0, group.start - 1); t < at; t++) if (FORMER.has(doc.tokens[t].lower) && doc.tokens[t].sentence === sentence) return true;
  return false;
}

/** Turn a group of names into one actor mention, or null when it names only a place. */
export function mentionFromGroup(doc: Doc, group: NameGroup, isCountry: (c: string) => boolean): ActorMention | null {
  const targets = group.matches.map((m) => m.phrase.target);
  // The head name is the last person named ("Trump adviser Steve Bannon" is Bannon). A person named
  // before a role noun that ends the phrase is its modifier ("Trump aide", "Putin spokesman"): the
  // phrase is someone else, of that person's country and the noun's role.
  let lastPerson = -1;
  targets.forEach((t, i) => { if (t.kind === 'person') lastPerson = i; });
  const person = lastPerson >= 0 ? targets[lastPerson] : undefined;
  const personModifier = lastPerson >= 0 && lastPerson < targets.length - 1 && targets[targets.length - 1].kind === 'agent' && !targets[targets.length - 1].prefix;
  const org = targets.find((t) => t.kind === 'org');
  const allAgents = targets.filter((t) => t.kind === 'agent');
  // Prefix agents put their code before the actor's ("MSF Arnor diplomat" = NGO + ARN + GOV).
  const before = allAgents.filter((t) => t.prefix).map((t) => t.code).join('');
  const agents = allAgents.filter((t) => !t.prefix);
  // "army spokesman", "police spokeswoman": a speaker speaks for the sector named before it.
  const speaker = agents.length >= 2 && /^spokes(man|woman|person)$/.test(agents[agents.length - 1].name);
  const last = (speaker ? agents[agents.length - 2] : agents[agents.length - 1]) ?? (before ? undefined : allAgents[allAgents.length - 1]);
  // CAMEO codes former officials as elites: "former security officials" = ELI, not GOV.
  const agent = last && formerBefore(doc, group, last) ? { ...last, code: 'ELI' } : last;
  const place = targets.find((t) => t.kind === 'country' || t.kind === 'adj' || t.kind === 'capital' || t.kind === 'seat');
  const tokens = doc.tokens;
  const start = tokens[group.start].start;
  const end = tokens[group.end - 1].end;
  const prev = group.start > 0 ? tokens[group.start - 1] : null;
  const prevPrev = group.start > 1 ? tokens[group.start - 2] : null;
  const locativePrep = !!prev && (LOCATIVE_PREPS.has(prev.lower) || (prev.pos === 'DET' && !!prevPrev && LOCATIVE_PREPS.has(prevPrev.lower)));
  const base = { id: `actor:${start}-${end}`, start, end, label: 'actor' as const, by: 'find-actors', tokenStart: group.start, tokenEnd: group.end, headToken: group.end - 1 };

  if (person && !personModifier && !(group.possessive && group.matches[0].phrase.target.kind === 'person' && agent)) {
    const role = roleAt(person.roles, doc.published);
    // "Former Vice President Joe Biden", out of office on the date: CAMEO's elite (ELI) of his country.
    const formerOfficial = !role && agent?.code === 'ELI' && (place?.country ?? person.country);
    const fallback = formerOfficial ? `${place?.country ?? person.country}ELI` : place && agent ? place.country + agent.code : place?.country ?? person.country ?? '';
    const code = role?.code ?? fallback;
    return { ...base, ref: person.ref, kind: 'person', roles: person.roles, actor: { code, ...splitCode(code, isCountry), name: person.name } };
  }
  if (org) {
    return { ...base, ref: org.ref, kind: 'org', actor: { code: org.code, ...splitCode(org.code, isCountry), name: org.name } };
  }
  if ((group.possessive || personModifier) && person && agent) {
    // "Assad's government": the possessor's country with the possessed role.
    const held = roleAt(person.roles, doc.published);
    const country = held?.code.slice(0, 3) ?? person.country ?? '';
    // "Biden campaign officials" in 2020: the officials of someone out of government (no role, or a
    // party's or an elite's) are not a government's.
    const role = personModifier && held?.code.slice(3, 6) !== 'GOV' && agent.code === 'GOV' ? null : agent.code;
    return { ...base, ref: `${person.ref}+${agent.ref}`, kind: 'agent', actor: { code: country + (role ?? ''), country: country || null, role, name: `${person.name}'s ${agent.name}` } };
  }
  if (place && (agent || before)) {
    const code = before + place.country + (agent?.code ?? '');
    if (!agent) return { ...base, ref: place.ref, kind: 'agent', actor: { code, country: place.country, role: null, name: place.name } };
    return { ...base, ref: `${place.ref}+${agent.ref}`, kind: 'agent', actor: { code, country: place.country, role: agent.code, name: `${place.name} ${agent.name}` } };
  }
  if (agent || before) {
    const a = agent ?? allAgents[allAgents.length - 1];
    // "Wisconsin Governor", "Kharkiv regional police": a city or region before the role noun gives its country.
    const region = agent ? group.matches.find((m) => m.phrase.target.kind === 'place' && m.phrase.target.country && m.end <= (group.matches.find((x) => x.phrase.target === last)?.start ?? -1))?.phrase.target : undefined;
    if (region && agent) return { ...base, ref: `${region.ref}+${agent.ref}`, kind: 'agent', actor: { code: before + region.country + agent.code, country: region.country, role: agent.code, name: `${region.name} ${agent.name}` } };
    return { ...base, ref: a.ref, kind: 'agent', actor: { code: before + (agent?.code ?? ''), country: null, role: a.code, name: a.name } };
  }
  if (!place) {
    // A city or region stands for its country only as a place ("airstrikes on Idlib" targets SYR);
    // it is never a subject ("Aleppo said" is rare and ambiguous), so it is always locative.
    const city = targets.find((t) => t.kind === 'place' && t.country);
    if (!city || group.matches.length !== 1) return null;
    return { ...base, ref: city.ref, kind: 'country', locative: true, actor: { code: city.country!, country: city.country, role: null, name: city.name } };
  }
  // "in an Israeli airstrike": a demonym before a noun modifies it; it is no place the act was in.
  const modifier = place.kind === 'adj' && tokens[group.end]?.pos === 'NOUN';
  return placeMention(base, place, locativePrep && !modifier);
}

function placeMention(base: Omit<ActorMention, 'kind' | 'actor' | 'ref'>, place: NameTarget, locative: boolean): ActorMention {
  // A capital or seat of power standing as an actor is its government: "Damascus said", "the Kremlin confirmed".
  const gov = place.kind === 'capital' || place.kind === 'seat';
  const code = gov ? `${place.country}GOV` : place.country ?? '';
  return {
    ...base,
    ref: place.ref,
    kind: gov ? 'seat' : 'country',
    locative: locative || undefined,
    actor: { code, country: place.country, role: gov ? 'GOV' : null, name: place.name },
  };
}
