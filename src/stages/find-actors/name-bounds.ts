/**
 * Where a name found in the dictionaries begins and ends, and what it stands for, when the words
 * around it say more: a place inside a site's or a newspaper's name, a surname after someone else's
 * given name, a place that says where another place is, a demonym opening a name no entry knows.
 */
import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { NameGroup } from './group-names.js';
import type { NameMatch } from './match-names.js';
import { NOT_NAMES } from './unknown-names.js';
import { readsAsFullName } from './unknown-people.js';

// "Victoria Park", "Jordan Street", "Georgia Avenue": a place name followed by a capitalised word for
// a site is part of that site's name, not the region or country it also names.
const FACILITY = new Set(['park', 'square', 'street', 'road', 'avenue', 'boulevard', 'lane', 'stadium', 'hospital', 'university', 'college', 'school', 'hotel', 'bridge', 'station', 'harbour', 'harbor', 'centre', 'center', 'hall', 'gardens', 'garden', 'beach', 'tower', 'mall', 'market', 'arena', 'theatre', 'theater', 'cathedral', 'church', 'mosque', 'temple', 'prison', 'camp']);
// "The Jakarta Post", "the Nevada Independent", "the Moscow Times": a newspaper named after its city.
const MASTHEAD = new Set(['post', 'times', 'herald', 'tribune', 'independent', 'journal', 'gazette', 'chronicle', 'daily', 'telegraph', 'observer', 'examiner', 'inquirer', 'courier', 'dispatch', 'monitor', 'review']);
export function inFacilityName(doc: Doc, g: NameGroup): boolean {
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
export function otherGivenName(doc: Doc, g: NameGroup, matches: readonly NameMatch[]): boolean {
  const m = g.matches[0];
  if (g.matches.length !== 1 || m.phrase.target.kind !== 'person' || m.phrase.tokens.length !== 1) return false;
  const covered = (t: number) => matches.some((x) => x.start <= t && t < x.end);
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
export function placeAppositions(doc: Doc, mentions: ActorMention[]): void {
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
export function withDemonymNames(doc: Doc, mentions: ActorMention[], unknown: ActorMention[]): ActorMention[] {
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
