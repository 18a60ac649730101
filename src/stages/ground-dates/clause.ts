import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/span.js';

// A cheap, parse-free notion of "clause": the stretch of a sentence between words that open a new
// predication (subordinators, relative pronouns, "but", clause-joining "and"), strong punctuation, and a
// comma followed by a participle (", marking ..."). Good enough to keep a date in "after talks last year"
// or ", which escalated in 2012" away from the main verb, without waiting for the parse stage.

const SUBORDINATORS = new Set([
  'after', 'following', 'since', 'before', 'until', 'till', 'while', 'whereas', 'because', 'although', 'though',
  'despite', 'amid', 'amidst', 'unless', 'whereby', 'when', 'whenever', 'if', 'which', 'who', 'whom', 'whose', 'where',
]);
const STRONG_PUNCT = new Set([';', ':', '(', ')', '—', '–']);

/** Month and weekday names (lower case), shared by the date finders. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Weekday names (lower case) in JavaScript getUTCDay() order, Sunday first. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DATE_LEAD = new Set([...MONTHS, ...WEEKDAYS, 'last', 'this', 'next', 'early', 'mid', 'late', 'then', 'the', 'yesterday', 'today']);

/** Index of the token that contains a character offset, or the first token after it (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// "since 2011", "after March", "before Monday": the word heads a date, not a clause.
function leadsDate(next: Token | undefined): boolean {
  if (!next) return false;
  return /^\d/.test(next.text) || DATE_LEAD.has(next.lower);
}

function isVerbal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** True when token i opens a new clause inside its sentence (the token itself belongs to the new clause). */
export function opensClause(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (STRONG_PUNCT.has(t.text)) return true;
  if (t.text === '-' && i > 0 && doc.tokens[i - 1].end < t.start) return true; // spaced dash
  if (t.text === ',') return isVerbal(next) && next!.lower.endsWith('ing'); // ", marking the first talks
  if (t.lower === 'but') return true;
  if (t.lower === 'and' || t.lower === 'or') {
    let j = i + 1;
    while (doc.tokens[j] && doc.tokens[j].pos === 'ADV') j++;
    // "and still has forces" joins clauses; "code-sharing and hosting service" joins modifiers
    return isVerbal(doc.tokens[j]) && !doc.tokens[j].lower.endsWith('ing');
  }
  if (t.lower === 'that') return t.pos === 'SCONJ';
  if (t.lower === 'following') {
    const prev = doc.tokens[i - 1];
    if (prev && prev.pos === 'DET') return false; // "the following day"
  }
  if (SUBORDINATORS.has(t.lower)) return !leadsDate(next);
  return false;
}

/** The clause around a token: half-open token range and the word that opened it (null at sentence start). */
export interface ClauseBounds {
  start: number;
  end: number;
  opener: string | null;
}

/** Find the clause (see opensClause) that contains token `tokenIndex`. */
export function clauseBounds(doc: Doc, tokenIndex: number): ClauseBounds {
  const tok = doc.tokens[tokenIndex];
  const sentence = doc.sentences[tok.sentence];
  // A parenthesis is a clause of its own, but the clause around it goes on after it: "arrested at 2am
  // local time (0100 UTC) on Sunday".
  let start = tokenIndex;
  while (start > sentence.tokenStart) {
    if (doc.tokens[start].text === ')' && start < tokenIndex) {
      const open = matching(doc, start, -1, sentence.tokenStart);
      if (open > sentence.tokenStart) {
        start = open - 1;
        continue;
      }
    }
    if (opensClause(doc, start)) break;
    start--;
  }
  let end = tokenIndex + 1;
  while (end < sentence.tokenEnd) {
    if (doc.tokens[end].text === '(') {
      const close = matching(doc, end, 1, sentence.tokenEnd - 1);
      if (close >= 0 && close + 1 < sentence.tokenEnd) {
        end = close + 1;
        continue;
      }
    }
    if (opensClause(doc, end)) break;
    end++;
  }
  const opener = start === sentence.tokenStart && !opensClause(doc, start) ? null : doc.tokens[start].lower;
  return { start, end, opener };
}

// The bracket that closes (step 1) or opens (step -1) the one at i, within [.., limit]; -1 if none.
function matching(doc: Doc, i: number, step: 1 | -1, limit: number): number {
  const open = step === 1 ? '(' : ')';
  const close = step === 1 ? ')' : '(';
  let depth = 0;
  for (let k = i; step === 1 ? k <= limit : k >= limit; k += step) {
    if (doc.tokens[k].text === open) depth++;
    else if (doc.tokens[k].text === close && --depth === 0) return k;
  }
  return -1;
}
