import type { DateSpan, Doc } from '../../model/doc.js';
import { EventwireError } from '../../model/errors.js';
import type { EventDate } from '../../model/event.js';
import type { Sentence } from '../../model/span.js';
import { clauseBounds, tokenAt, type ClauseBounds } from './clause.js';
import { parseIsoDate } from './resolve.js';

// Full-text coding picks up background ("Turkey cut ties in 2011 following protests"): each event must
// take the date of its own clause, not the nearest date in the sentence. Order of preference:
//   1. a date in the trigger's clause after the trigger ("met Assad on Wednesday"), nearest first;
//   2. a date in the trigger's clause before it ("on Wednesday met"), nearest first;
//   3. in a participle clause after a comma (", protesting ..."), a date of the clause it hangs from;
//   4. a sentence-initial date, which scopes the whole sentence ("In December 2022, ...");
// dates in other clauses ("after talks last year", ", which escalated in 2012") are never taken. With
// none, the publication date stands in and says so.

const BASELINE_WORDS = new Set(['first', 'last', 'most', 'best', 'worst']);
const INITIAL_POS = new Set(['ADP', 'ADV', 'SCONJ', 'PUNCT']);

// "the first talks since 2011": an open range after "first"/a superlative is the comparison baseline,
// not when the event happened.
function isBaseline(doc: Doc, date: DateSpan, clause: ClauseBounds, first: number): boolean {
  if (date.precision !== 'range' || date.rangeEnd !== null || !/^since\b/i.test(doc.text.slice(date.start, date.end))) return false;
  for (let i = clause.start; i < first; i++) {
    const t = doc.tokens[i];
    if (BASELINE_WORDS.has(t.lower) || (t.pos === 'ADJ' && t.lower.length > 5 && t.lower.endsWith('est'))) return true;
  }
  return false;
}

// A date that opens the sentence, with at most a preposition or adverb before it ("In 2011, ...").
function isSentenceInitial(doc: Doc, sentence: Sentence, first: number): boolean {
  if (first - sentence.tokenStart > 2) return false;
  for (let i = sentence.tokenStart; i < first; i++) if (!INITIAL_POS.has(doc.tokens[i].pos)) return false;
  return true;
}

// The nearest verb above token t in the parse (the token itself when it is one); null without a parse.
function governingVerb(doc: Doc, t: number, sentence: Sentence): number | null {
  if (doc.tokens[t]?.head === undefined) return null;
  let k: number | undefined = doc.tokens[t].head;
  for (let hops = 0; k !== undefined && k >= sentence.tokenStart && k < sentence.tokenEnd && hops < 8; hops++) {
    if (doc.tokens[k].pos === 'VERB') return k;
    k = doc.tokens[k].head;
  }
  return null;
}

// Is `below` inside an infinitive ("to sign", "to build") under `above`? A purpose or plan lies after
// the act it hangs from, so its date is not the act's. (A relative or adverbial clause under the act
// may well share its time: "killed in a bombing that happened on June 27".)
function infinitiveUnder(doc: Doc, above: number, below: number, sentence: Sentence): boolean {
  const inRange = (k: number | undefined): k is number => k !== undefined && k >= sentence.tokenStart && k < sentence.tokenEnd;
  const infinitive = (v: number) => {
    if (doc.tokens[v].rel === 'xcomp') return true;
    for (let i = sentence.tokenStart; i < v; i++) if (doc.tokens[i].head === v && doc.tokens[i].rel === 'mark' && doc.tokens[i].lower === 'to') return true;
    return false;
  };
  let seen = false;
  for (let k: number | undefined = below, hops = 0; inRange(k) && hops < 12; hops++) {
    if (k === above) return seen;
    if (doc.tokens[k].pos === 'VERB' && infinitive(k)) seen = true;
    k = doc.tokens[k].head;
  }
  return false;
}

const INTENT_MODALS = new Set(['will', 'would', "'ll", 'shall']);
const SAYING = new Set(['say', 'tell', 'announce', 'state', 'declare', 'add', 'confirm', 'insist', 'warn', 'write', 'tweet', 'indicate', 'signal', 'pledge', 'vow', 'promise']);

// "The United States said Tuesday that it would resume aid": the date of the clause of saying that
// a "that" clause completes.
function speechDate(doc: Doc, sentence: Sentence, clause: ClauseBounds): DateSpan | null {
  if (clause.start <= sentence.tokenStart || doc.tokens[clause.start].lower !== 'that') return null;
  const outer = clauseBounds(doc, clause.start - 1);
  let says = false;
  for (let t = outer.start; t < clause.start; t++) if (doc.tokens[t].pos === 'VERB' && SAYING.has(doc.tokens[t].lemma)) says = true;
  if (!says) return null;
  let best: DateSpan | null = null;
  for (const date of doc.dates) {
    if (date.start < doc.tokens[outer.start].start || date.end > doc.tokens[clause.start].start) continue;
    if (date.precision !== 'day' && date.precision !== 'month') continue;
    if (!best || date.start > best.start) best = date;
  }
  return best;
}

export function fromSpan(date: DateSpan): EventDate {
  const out: EventDate = { value: date.value, precision: date.precision, from: 'text', start: date.start, end: date.end };
  if (date.precision === 'range') out.rangeEnd = date.rangeEnd ?? null;
  return out;
}

/**
 * The date of the event whose trigger is at [triggerStart, triggerEnd) in sentence `sentenceIndex`:
 * the date expression attached to the trigger's clause, else the publication date (from 'published'),
 * else {value: null, precision: 'unknown', from: 'none'}. Needs doc.dates (groundDates).
 * `verbal`: the event is a statement, appeal, intention or threat, which happens when it is said, so
 * with no date of its own it takes the date of the verb of saying that reports it.
 */
export function pickEventDate(doc: Doc, sentenceIndex: number, triggerStart: number, triggerEnd: number, verbal = false): EventDate {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) throw new EventwireError('EW_ERR_INPUT', `pickEventDate: no sentence ${sentenceIndex} in doc ${doc.id}`);
  const trigger = Math.min(tokenAt(doc, triggerStart), sentence.tokenEnd - 1);
  const triggerClause = clauseBounds(doc, trigger);
  // ", protesting the exit": a participle clause after a comma tells how the main clause's act was
  // done, at its time ("marched in London on Saturday, protesting ...").
  const mainClause = triggerClause.opener === ',' && triggerClause.start > sentence.tokenStart ? clauseBounds(doc, triggerClause.start - 1) : null;
  let best: DateSpan | null = null;
  let bestRank = Infinity;
  let bestDistance = Infinity;
  for (const date of doc.dates) {
    if (date.start < sentence.start || date.end > sentence.end) continue;
    if (date.start < triggerEnd && triggerStart < date.end) continue; // the trigger is part of the date words
    const first = tokenAt(doc, date.start);
    const clause = clauseBounds(doc, first);
    // With a parse, the verb a date hangs from decides where word order cannot: "met ... to sign an
    // agreement to build the pipeline by 2025" (2025 is the building's), "arrested ... at 2am
    // (0100 UTC) on Sunday" (the parenthesis is no clause break).
    const last = tokenAt(doc, date.end - 1);
    const governor = governingVerb(doc, last, sentence);
    if (governor !== null && governor !== trigger && infinitiveUnder(doc, trigger, governor, sentence)) continue;
    const sameClause = clause.start === triggerClause.start || governor === trigger;
    let rank: number;
    let distance = 0;
    if (sameClause && isBaseline(doc, date, clause, first)) continue;
    if (sameClause && date.start >= triggerEnd) [rank, distance] = [1, date.start - triggerEnd];
    else if (sameClause) [rank, distance] = [2, triggerStart - date.end];
    else if (mainClause && clause.start === mainClause.start && !isBaseline(doc, date, clause, first)) [rank, distance] = [2.5, triggerStart - date.end];
    else if (isSentenceInitial(doc, sentence, first)) rank = 3;
    else continue;
    if (rank < bestRank || (rank === bestRank && distance < bestDistance)) [best, bestRank, bestDistance] = [date, rank, distance];
  }
  if (best) return fromSpan(best);
  // (An act the speaker says will or would be done is an intention, stated when it was said.)
  let intended = false;
  for (let t = triggerClause.start; t < trigger; t++) if (INTENT_MODALS.has(doc.tokens[t].lower)) intended = true;
  const spoken = verbal || intended ? speechDate(doc, sentence, triggerClause) : null;
  if (spoken) return fromSpan(spoken);
  if (parseIsoDate(doc.published)) return { value: doc.published, precision: 'day', from: 'published', start: null, end: null };
  return { value: null, precision: 'unknown', from: 'none', start: null, end: null };
}
