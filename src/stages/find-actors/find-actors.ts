import type { ActorMention } from '../../model/actor.js';
import type { Doc, PlaceSpan } from '../../model/doc.js';
import type { CompiledDictionary } from '../../dictionaries/compile.js';
import { defineStage } from '../../pipeline/stage.js';
import { matchNames } from './match-names.js';
import { groupNames } from './group-names.js';
import { mentionFromGroup } from './build-mentions.js';
import { attachCountries, compoundOf, findLists, shareRoleNouns } from './compounds.js';
import { resolveReferences } from './coref.js';
import { inheritCountries } from './inherit-country.js';
import { findInstitutions } from './institutions.js';
import { findUnknownNames } from './unknown-names.js';
import { resolveAppositions } from './appositions.js';
import { dropSelfReferences, resolveQuoteSpeakers } from './quote-speakers.js';
import { resolveDocAliases } from './doc-aliases.js';
import { placeLike, unknownPersonNames } from './unknown-people.js';
import { inFacilityName, otherGivenName, placeAppositions, withDemonymNames } from './name-bounds.js';

/** Dependencies of find-actors: the compiled dictionaries. */
export interface FindActorsDeps {
  dictionary: CompiledDictionary;
}

/** Find actor mentions (names, role nouns, compounds, references) and place names in a doc. */
export function findActors(doc: Doc, dict: CompiledDictionary): Doc {
  const { isCountry, capitals } = dict;
  let all: ActorMention[] = [];
  const places: PlaceSpan[] = [];
  for (const s of doc.sentences) {
    const matches = matchNames(doc.tokens, s.tokenStart, s.tokenEnd, dict.names);
    const groups = groupNames(doc.tokens, matches, s.tokenEnd);
    let mentions: ActorMention[] = [];
    for (const g of groups) {
      if (inFacilityName(doc, g) || otherGivenName(doc, g, matches)) continue;
      const m = mentionFromGroup(doc, g, isCountry);
      if (m) mentions.push(m);
      const t = g.matches[0].phrase.target;
      if (g.matches.length === 1 && (t.kind === 'place' || ((t.kind === 'capital' || t.kind === 'seat' || t.kind === 'country') && m?.locative))) {
        const start = doc.tokens[g.start].start;
        const end = doc.tokens[g.end - 1].end;
        // A seat of power is a place in its capital: "at the Kremlin" happened in Moscow.
        const name = t.kind === 'seat' ? capitals.get(t.country ?? '') ?? t.name : t.name;
        places.push({ id: `place:${start}-${end}`, start, end, label: 'place', by: 'find-actors', ref: t.ref, name, country: t.country, lat: t.lat ?? null, lon: t.lon ?? null });
      }
    }
    placeAppositions(doc, mentions);
    const institutions = findInstitutions(doc, s.tokenStart, s.tokenEnd, mentions, dict.institutionHeads);
    if (institutions.length) mentions = [...mentions, ...institutions].sort((a, b) => a.start - b.start);
    shareRoleNouns(doc, mentions);
    const lists = findLists(doc, mentions);
    mentions = attachCountries(doc, mentions, lists);
    // After the lists (an unknown name is no member of a compound), before the compounds take their
    // members' spans (a title may grow by the name after it).
    const unknown = findUnknownNames(doc, s.tokenStart, s.tokenEnd, mentions);
    mentions = withDemonymNames(doc, mentions, unknown);
    resolveAppositions(doc, unknown, mentions, s.tokenEnd);
    for (const list of lists) if (!list[0].locative) mentions.push(compoundOf(list));
    mentions.push(...unknown);
    all.push(...mentions);
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  resolveDocAliases(doc, all);
  inheritCountries(doc, all);
  // Role nouns owned by a body that has no code ("the group ... its leaders") name no actor.
  all = all.filter((m) => !m.ref?.includes('+owner:uncoded'));
  for (const m of unknownPersonNames(doc.tokens, all)) if (!placeLike(doc, m, places)) m.personLike = true;
  all.push(...stateOfPlace(doc, all));
  all.push(...resolveReferences(doc, all));
  countryOfPossessor(doc, all);
  all.push(...resolveQuoteSpeakers(doc, all));
  all = dropSelfReferences(doc, all);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.actors = all;
  doc.places = places;
  return doc;
}

/** The find-actors stage. */
export const findActorsStage = defineStage<FindActorsDeps, unknown>({
  name: 'find-actors',
  version: '1',
  requires: ['sentences', 'tokens'],
  assigns: ['actors', 'places'],
  create: (deps) => (doc) => findActors(doc, deps.dictionary),
});

// "asked his countrymen", "its citizens": a people or a force owned by a pronoun takes the country of
// the actor the pronoun refers to.
const OWNED_ROLES = new Set(['CVL', 'MIL', 'COP', 'GOV', 'LEG', 'JUD']);
function countryOfPossessor(doc: Doc, mentions: ActorMention[]): void {
  const byEnd = new Map<number, ActorMention>();
  for (const m of mentions) if (m.by === 'find-actors:coref' && /^(his|her|its|their)$/i.test(doc.tokens[m.tokenStart].lower)) byEnd.set(m.tokenEnd, m);
  for (const m of mentions) {
    if (m.kind !== 'agent' || m.actor.country || !m.actor.role || !OWNED_ROLES.has(m.actor.role)) continue;
    const pronoun = doc.tokens[m.tokenStart - 1];
    if (!pronoun || !/^(his|her|its|their)$/.test(pronoun.lower)) continue;
    // (Unresolved, the pronoun stands for the nearest actor before it in the sentence.)
    const owner = byEnd.get(m.tokenStart) ?? nearestBefore(doc, mentions, m.tokenStart - 1);
    const country = owner?.actor.country;
    if (!country) continue;
    m.actor = { ...m.actor, code: country + m.actor.role, country };
    m.ref = `${m.ref}+owner:${owner.id}`;
  }
}

function nearestBefore(doc: Doc, mentions: ActorMention[], t: number): ActorMention | undefined {
  let best: ActorMention | undefined;
  for (const m of mentions) {
    if (m.tokenEnd > t || m.locative || doc.tokens[m.tokenStart].sentence !== doc.tokens[t].sentence || !m.actor.country) continue;
    if (!best || m.tokenEnd > best.tokenEnd) best = m;
  }
  return best;
}

const IN_PLACE = new Set(['in', 'at', 'near', 'across', 'throughout', 'around', 'within', 'into', 'from', 'outside', 'inside']);
const POLITIES = new Set(['state', 'city', 'commonwealth', 'province', 'county', 'municipality', 'town', 'territory', 'district']);

// "a lawsuit against the state of Montana", "the city of Seattle cleared the zone": the state or city
// of a place is its government, named by the words from "state" to the place's end.
function stateOfPlace(doc: Doc, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (!m.locative || !m.ref?.startsWith('place:') || !m.actor.country || m.tokenStart < 2) continue;
    const of = doc.tokens[m.tokenStart - 1];
    const polity = doc.tokens[m.tokenStart - 2];
    if (of.lower !== 'of' || !POLITIES.has(polity.lower) || polity.sentence !== doc.tokens[m.tokenStart].sentence) continue;
    const country = m.actor.country;
    // ("in the city of Seattle" is where, not who.)
    let k = m.tokenStart - 3;
    if (k >= 0 && doc.tokens[k].pos === 'DET') k--;
    const where = k >= 0 && IN_PLACE.has(doc.tokens[k].lower);
    out.push({
      id: `actor:${polity.start}-${m.end}`, start: polity.start, end: m.end, label: 'actor', by: 'find-actors:polity', ref: `${m.ref}+polity:${polity.lower}`,
      tokenStart: m.tokenStart - 2, tokenEnd: m.tokenEnd, headToken: m.tokenStart - 2, kind: 'agent', locative: where,
      actor: { code: `${country}GOV`, country, role: 'GOV', name: doc.text.slice(polity.start, m.end) },
    });
  }
  return out;
}
