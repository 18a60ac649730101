import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import { ownedByUncodedBody } from './body-nouns.js';

const covers = (mentions: ActorMention[], token: number): boolean => mentions.some((m) => m.tokenStart <= token && token < m.tokenEnd);

const WINDOW = 3; // sentences back
const SAME_NOUN_WINDOW = 40; // sentences back for a mention with the same role noun (the nearest such mention wins)

// The role noun an agent mention was named by ("embassy" of "agent:GOV:embassy" and of
// "country:USA+agent:GOV:embassy").
const roleNoun = (m: ActorMention) => /agent:[A-Z]+:([^+]+)/.exec(m.ref ?? '')?.[1] ?? null;

/**
 * A bare role noun ("the president", "lawmakers", "the administration") names the sector of a country
 * the article has just been talking about: it takes the country of the nearest earlier mention with
 * the same role within a few sentences ("U.S. lawmakers ... Republican lawmakers praised"). With no
 * such mention it stays without a country rather than borrowing the nearest country name. A mention
 * with the same role noun ("the US Embassy ... the embassy") is preferred over a nearer one of the same
 * sector, and looked for further back.
 */
export function inheritCountries(doc: Doc, mentions: ActorMention[]): void {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  let home: { country: string | null } | undefined;
  for (let i = 0; i < ordered.length; i++) {
    const m = ordered[i];
    if (m.kind !== 'agent' || m.actor.country || !m.actor.role) continue;
    // "arrested its leaders" after "banned the group": the leaders are the group's, not a country's
    // government, and the group has no code, so neither have they.
    if (ownedByUncodedBody(doc, m.tokenStart, (k) => covers(ordered, k))) {
      m.actor = { ...m.actor, code: '', role: null };
      m.ref = `${m.ref}+owner:uncoded`;
      continue;
    }
    const sentence = doc.tokens[m.tokenStart].sentence;
    // "the embassy" is the embassy named last ("the US Embassy in London"), whoever spoke in between.
    const noun = roleNoun(m);
    let found = false;
    const local = noun && DOMESTIC.has(noun) ? soleCountry(doc, ordered, i, sentence) : null;
    if (local?.actor.country) {
      m.actor = { ...m.actor, code: `${local.actor.country}${m.actor.role}`, country: local.actor.country };
      m.ref = `${m.ref}+context:${local.id}`;
      continue;
    }
    for (let j = i - 1; noun && j >= 0; j--) {
      const p = ordered[j];
      if (doc.tokens[p.tokenStart].sentence < sentence - SAME_NOUN_WINDOW) break;
      if (p.locative || !p.actor.country || p.actor.role !== m.actor.role || roleNoun(p) !== noun) continue;
      m.actor = { ...m.actor, code: p.actor.country + m.actor.role, country: p.actor.country };
      m.ref = `${m.ref}+context:${p.id}`;
      found = true;
      break;
    }
    for (let j = i - 1; !found && j >= 0; j--) {
      const p = ordered[j];
      if (doc.tokens[p.tokenStart].sentence < sentence - WINDOW) break;
      if (p.locative || !p.actor.country || p.actor.role !== m.actor.role) continue;
      m.actor = { ...m.actor, code: p.actor.country + m.actor.role, country: p.actor.country };
      m.ref = `${m.ref}+context:${p.id}`;
      found = true;
      break;
    }
    // Last, a domestic role in an article set in one country ("Judge Victor Marrero" in a story whose
    // places are all American) belongs to that country; not when its sentence names another country's
    // actor ("Bahamian PM Minnis urged residents").
    if (found || !noun || !DOMESTIC.has(noun)) continue;
    home ??= homeCountry(doc, ordered);
    const country = home.country;
    if (!country || ordered.some((p) => p !== m && !!p.actor.country && p.actor.country !== country && doc.tokens[p.tokenStart].sentence === sentence)) continue;
    m.actor = { ...m.actor, code: country + m.actor.role, country };
    m.ref = `${m.ref}+home:${country}`;
  }
}

/**
 * The one country an article is set in: the country of at least three of the places it names, and of
 * at least four in five of them. None when the places are few or spread over countries.
 */
function homeCountry(doc: Doc, ordered: ActorMention[]): { country: string | null } {
  const counts = new Map<string, number>();
  let total = 0;
  const vote = (p: ActorMention) => {
    counts.set(p.actor.country!, (counts.get(p.actor.country!) ?? 0) + 1);
    total++;
  };
  for (const p of ordered) if (p.locative && p.actor.country && placesPeople(doc, p)) vote(p);
  // An article that names few places is set where the people and bodies it names belong.
  if (total < 3) for (const p of ordered) if (!p.locative && p.actor.country && (p.kind === 'person' || p.kind === 'org') && !p.by.includes('coref')) vote(p);
  const [country, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return { country: country && n >= 3 && n >= 0.8 * total ? country : null };
}

// Role nouns of a country's own domestic life: its government and courts, police, protesters,
// residents, rebels. In a sentence that places them in one country ("thousands of Iraqis protested
// against the government in Baghdad", "people were killed in Wuhan"), they belong to that country,
// before any mention of the same role in earlier sentences. Nouns of people who travel or act abroad
// (presidents, ministers, leaders, diplomats, troops) are left out: "the president visited troops in
// Iraq" is no Iraqi president.
const DOMESTIC = new Set([
  'government', 'regime', 'authorities', 'official', 'government official', 'governor', 'mayor',
  'police', 'police officer', 'officer', 'policeman', 'policemen', 'riot police', 'police force', 'security force', 'gendarme', 'border guard',
  'protester', 'protestor', 'demonstrator', 'activist', 'mob', 'opposition', 'opposition party', 'opposition group', 'dissident',
  'rebel', 'insurgent', 'militant', 'guerrilla', 'armed group', 'militia', 'gunman', 'gunmen',
  'civilian', 'resident', 'people', 'villager', 'citizen', 'population', 'crowd', 'voter',
  'student', 'worker', 'farmer', 'union', 'trade union',
  'court', 'judge', 'judiciary', 'prosecutor', 'supreme court', 'parliament', 'lawmaker', 'legislator', 'legislature',
  'senator', 'congressman', 'congresswoman', 'representative', 'jury', 'grand jury',
]);

// The country a sentence places its people in: a place named in it ("in Baghdad"), or a people or
// civil group with its own country ("Iraqis", "Hong Kong protesters"). A state that is only a party
// ("the government condemned Russia") places no one; every country named must agree.
function soleCountry(doc: Doc, ordered: ActorMention[], i: number, sentence: number): ActorMention | null {
  const m = ordered[i];
  const inSentence = (j: number) => j >= 0 && j < ordered.length && doc.tokens[ordered[j].tokenStart].sentence === sentence;
  let from = i;
  while (inSentence(from - 1)) from--;
  let evidence: ActorMention | null = null;
  let country: string | null = null;
  for (let j = from; inSentence(j); j++) {
    const p = ordered[j];
    if (p === m || !p.actor.country) continue;
    if (p.tokenStart <= m.tokenStart && m.tokenEnd <= p.tokenEnd) continue; // a list or phrase holding m
    if (country && country !== p.actor.country) return null;
    country = p.actor.country;
    if (!evidence && placesPeople(doc, p)) evidence = p;
  }
  return evidence;
}

const CIVIL_ROLES = new Set(['CVL', 'OPP', 'REB', 'LAB', 'EDU', 'AGR', 'REF', 'HRI', 'ENV', 'SEP']);
function placesPeople(doc: Doc, p: ActorMention): boolean {
  // A place by its name ("in Iraq", "in Baghdad", "in Wuhan"), not a demonym that happens to follow
  // "in a" ("killed in an Israeli airstrike" places no one in Israel).
  if (p.locative) {
    const text = doc.text.slice(p.start, p.end);
    return p.kind === 'seat' || /^place:/.test(p.ref ?? '') || text === p.actor.name || /^[A-Z][A-Z.]{1,4}$/.test(text); // "in the US"
  }
  if (p.kind === 'agent') return CIVIL_ROLES.has(p.actor.role ?? '') && !/\+context:/.test(p.ref ?? '');
  // "Iraqis", "Swedes": a country named by its people (a plural demonym) rather than as a state.
  const text = doc.text.slice(p.start, p.end);
  return p.kind === 'country' && p.tokenEnd - p.tokenStart === 1 && /[a-z]s$/.test(text) && text !== p.actor.name;
}
