import type { ActorMention } from '../../model/actor.js';
import type { Doc, PlaceSpan } from '../../model/doc.js';
import type { Token } from '../../model/span.js';
import { BODY_NOUNS } from './body-nouns.js';

// Words that make an unknown name an organisation's or a place's rather than a person's.
const ORG_WORDS = new Set(['marine', 'media', 'news', 'times', 'post', 'press', 'corporation', 'corp', 'inc', 'ltd', 'foundation', 'institute', 'fund', 'front', 'ministry', 'department', 'office', 'house', 'senate', 'assembly', 'parliament', 'congress', 'national', 'international', 'united', 'state', 'states', 'republic', 'city', 'county', 'province', 'street', 'square', 'park', 'airport', 'hospital', 'school', 'college', 'center', 'centre', 'museum', 'project', 'program', 'programme', 'campaign', 'mission', 'forces', 'rights', 'human', 'world', 'global', 'energy', 'oil', 'gas', 'airlines', 'airways', 'network', 'service', 'services', 'agency', 'authority', 'initiative', 'coalition', 'alliance', 'league', 'federation', 'society', 'trust', 'capital', 'partners', 'holdings', 'technologies', 'systems', 'labs', 'studios', 'records', 'tv', 'radio', 'online', 'daily', 'weekly', 'journal', 'review', 'magazine', 'gazette', 'herald', 'tribune', 'chronicle', 'observer', 'guardian',
  'party', 'union', 'army', 'council', 'committee', 'commission', 'court', 'bank', 'company', 'group', 'association', 'university', 'club', 'team',
  'movement', 'organization', 'organisation', 'brigade', 'battalion', 'police', 'church', 'enterprise', 'band', 'caucus', 'railway', 'railways',
  'railroad', 'airline', 'fc', 'hall', 'lodge', 'unit', 'squad', 'force', 'corps', 'guard']);
// Words that make it the name of a law, a pact, a prize or a work: "the Green New Deal", "the Abraham Accords".
const THING_WORDS = new Set(['deal', 'accord', 'accords', 'act', 'bill', 'plan', 'treaty', 'agreement', 'amendment', 'law', 'doctrine', 'pact', 'convention',
  'protocol', 'declaration', 'charter', 'report', 'award', 'awards', 'prize', 'cup', 'games', 'championship', 'olympics', 'festival', 'war', 'revolution',
  'edition', 'series', 'show', 'album', 'linux', 'day', 'week', 'new', 'storm', 'hurricane', 'typhoon', 'cyclone', 'virus', 'disease', 'syndrome']);

/**
 * The unknown names of a doc (mentions in text order) that look like a person's: two to four
 * capitalised words with no word of an organisation ("Rod Blagojevich", not "Milltech Marine" or "Civil
 * Human Rights Front"), or the last word of such a name used alone later ("Blagojevich").
 */
export function unknownPersonNames(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  const surnames = new Set<string>();
  return mentions.filter((m) => {
    if (m.kind !== 'unknown' || m.locative) return false;
    if (readsAsFullName(tokens, m.tokenStart, m.tokenEnd)) {
      surnames.add(tokens[m.tokenEnd - 1].lower);
      return true;
    }
    const words = capitalised(tokens, m.tokenStart, m.tokenEnd);
    return words.length === 1 && surnames.has(words[0].lower) && plainWord(words[0]);
  });
}

const capitalised = (tokens: readonly Token[], start: number, end: number) => tokens.slice(start, end).filter((x) => /^[A-Z]/.test(x.text));
const plainWord = (x: Token) => !BODY_NOUNS.has(x.lower) && !ORG_WORDS.has(x.lower) && !THING_WORDS.has(x.lower) && /^[A-Z][a-z'’-]+$/.test(x.text);

/**
 * Tokens [start, end) read as a person's full name: two to four capitalised words, none of an
 * organisation, a law or a work, set apart by spaces ("Hydro-Quebec" is one word, "Jean-Pierre
 * Raffarin" two).
 */
export function readsAsFullName(tokens: readonly Token[], start: number, end: number): boolean {
  const words = capitalised(tokens, start, end);
  if (words.length < 2 || words.length > 4 || !words.every(plainWord)) return false;
  for (let t = start + 1; t < end; t++) if (tokens[t].start > tokens[t - 1].end) return true;
  return false;
}

// Last words of a place's name: "the Persian Gulf", "Mount Sinjar", "the Red Sea".
const GEO_WORDS = new Set(['gulf', 'sea', 'ocean', 'river', 'lake', 'mount', 'mountain', 'mountains', 'island', 'islands', 'isle', 'strait', 'straits', 'valley', 'bay', 'peninsula', 'desert', 'canal', 'coast', 'hills', 'hill', 'falls', 'bridge', 'plain', 'plains', 'basin', 'delta', 'cape', 'channel', 'creek', 'heights', 'region', 'district', 'village', 'town', 'road', 'avenue', 'highway', 'station', 'palace', 'tower', 'church', 'mosque', 'cathedral', 'temple', 'stadium', 'hotel', 'mall', 'market', 'prison', 'camp', 'base']);

/** A name that reads as a place's: a word of geography in it, or a place span over it. */
export function placeLike(doc: Doc, m: ActorMention, places: readonly PlaceSpan[]): boolean {
  for (let t = m.tokenStart; t < m.tokenEnd; t++) if (GEO_WORDS.has(doc.tokens[t].lower)) return true;
  return places.some((p) => p.start < m.end && m.start < p.end);
}
