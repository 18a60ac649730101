import type { ActorMention } from '../../model/actor.js';
import type { Doc, PlaceSpan } from '../../model/doc.js';
import type { CompiledDictionary } from '../../dictionaries/compile.js';
import { defineStage } from '../../pipeline/stage.js';
import { matchNames } from './match-names.js';
import { groupNames, type NameGroup } from './group-names.js';
import { mentionFromGroup } from './build-mentions.js';
import { attachCountries, compoundOf, findLists, shareRoleNouns } from './compounds.js';
import { resolveReferences } from './coref.js';
import { inheritCountries } from './inherit-country.js';
import { findInstitutions } from './institutions.js';
import { findUnknownNames, NOT_NAMES } from './unknown-names.js';
import { resolveAppositions } from './appositions.js';
import { dropSelfReferences, resolveQuoteSpeakers } from './quote-speakers.js';
import { resolveDocAliases } from './doc-aliases.js';
import { placeLike, readsAsFullName, unknownPersonNames } from './unknown-people.js';

/** Dependencies of find-actors: the compiled dictionaries. */
export interface FindActorsDeps {
  dictionary: CompiledDictionary;
}

// "Victoria Park", "Jordan Street", "Georgia Avenue": a place name followed by a capitalised word for
// a site is part of that site's name, not the region or country it also names.
const FACILITY = new Set(['park', 'square', 'street', 'road', 'avenue', 'boulevard', 'lane', 'stadium', 'hospital', 'university', 'college', 'school', 'hotel', 'bridge', 'station', 'harbour', 'harbor', 'centre', 'center', 'hall', 'gardens', 'garden', 'beach', 'tower', 'mall', 'market', 'arena', 'theatre', 'theater', 'cathedral', 'church', 'mosque', 'temple', 'prison', 'camp']);
// "The Jakarta Post", "the Nevada Independent", "the Moscow Times": a newspaper named after its city.
const MASTHEAD = new Set(['post', 'times', 'herald', 'tribune', 'independent', 'journal', 'gazette', 'chronicle', 'daily', 'telegraph', 'observer', 'examiner', 'inquirer', 'courier', 'dispatch', 'monitor', 'review']);
function inFacilityName(doc: Doc, g: NameGroup): boolean {
  const next = doc.tokens[g.end];
  if (!next || next.sentence !== doc.tokens[g.start].sentence || !/^[A-Z]/.test(next.text) || !(FACILITY.has(next.lower) || MASTHEAD.has(next.lower))) return false;
  return g.matches.every((m) => ['place', 'country', 'capital', 'adj'].includes(m.phrase.target.kind));
}

const HONORIFICS = new Set(['ayatollah', 'sheikh', 'shaikh', 'sayyid', 'imam', 'emir', 'amir', 'mullah', 'mufti', 'grand', 'general', 'gen', 'colonel', 'col', 'major', 'captain',
  'sir', 'lord', 'lady', 'dame', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'father', 'saint', 'president',
  'premier', 'chancellor', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor', 'judge', 'justice', 'minister', 'secretary', 'ambassador', 'commissioner',
  'chairman', 'chair', 'director', 'professor', 'prof', 'doctor', 'marshal', 'admiral', 'sergeant', 'lieutenant', 'commander', 'chief', 'speaker', 'leader',
  'deputy', 'vice', 'comrade', 'mister', 'madam', 'madame', 'monsieur', 'herr', 'frau', 'señor', 'dr', 'mr', 'mrs', 'ms']);
// "Luke Harper" is not Stephen Harper: a person matched by one word of the name, right after
// capitalised given names none of which is the entry's own, is someone else with the same surname
// ("Ali Hosseini Khamenei", with a middle name, and "Ayatollah Khamenei", with a title, are not).
function otherGivenName(doc: Doc, g: NameGroup, covered: (t: number) => boolean): boolean {
  const m = g.matches[0];
  if (g.matches.length !== 1 || m.phrase.target.kind !== 'person' || m.phrase.tokens.length !== 1) return false;
  const own = m.phrase.target.name.toLowerCase().split(/\s+/);
  let given = 0;
  for (let t = g.start - 1; t >= 0; t--) {
    const w = doc.tokens[t];
    if (w.sentence !== doc.tokens[g.start].sentence || w.pos !== 'PROPN' || !/^[A-Z][a-z]+$/.test(w.text) || NOT_NAMES.has(w.lower) || covered(t)) break;
    if (own.includes(w.lower)) return false;
    if (!HONORIFICS.has(w.lower)) given++;
  }
  return given > 0;
}

// "in Kenosha, Wisconsin", "in Washington, D.C.": a place name right after a place and a comma names
// where that place is; it stands as the first one does, a location.
function placeAppositions(doc: Doc, mentions: ActorMention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    const prev = mentions[i - 1];
    if (m.locative || (m.kind !== 'country' && m.kind !== 'seat') || !prev.locative) continue;
    if (prev.tokenEnd + 1 !== m.tokenStart || doc.tokens[prev.tokenEnd].text !== ',') continue;
    const next = doc.tokens[m.tokenEnd];
    // (Not the first of a list: "in Kenosha, Wisconsin and Ohio" still ends at the place.)
    if (next && next.sentence === doc.tokens[m.tokenStart].sentence && next.lower === 'and') continue;
    m.locative = true;
    if (m.kind === 'seat') m.actor = { ...m.actor, code: m.actor.country ?? '', role: null };
  }
}

// "the Georgian Tennis Federation": a demonym right before a name no entry knows, of two words or
// more and no person's, is the first word of that name, not an actor of its own.
function withDemonymNames(doc: Doc, mentions: ActorMention[], unknown: ActorMention[]): ActorMention[] {
  const absorbed = new Set<ActorMention>();
  for (const u of unknown) {
    if (u.kind !== 'unknown' || u.tokenEnd - u.tokenStart < 2 || readsAsFullName(doc.tokens, u.tokenStart, u.tokenEnd)) continue;
    const d = mentions.find((m) => m.tokenEnd === u.tokenStart && m.kind === 'country' && !m.locative && m.ref?.startsWith('country:') && doc.text.slice(m.start, m.end) !== m.actor.name);
    if (!d) continue;
    absorbed.add(d);
    u.start = d.start;
    u.tokenStart = d.tokenStart;
    u.id = `actor:${u.start}-${u.end}`;
    u.actor = { ...u.actor, name: doc.text.slice(u.start, u.end) };
    u.ref = `name:${u.actor.name.toLowerCase()}`;
  }
  return absorbed.size ? mentions.filter((m) => !absorbed.has(m)) : mentions;
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
    const matched = new Set<number>();
    for (const m of matches) for (let t = m.start; t < m.end; t++) matched.add(t);
    for (const g of groups) {
      if (inFacilityName(doc, g) || otherGivenName(doc, g, (t) => matched.has(t))) continue;
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
  all.push(...resolveReferences(doc, all));
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
