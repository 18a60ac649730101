import type { DateSpan, Doc } from '../../model/doc.js';
import type { CompiledDictionary } from '../../dictionaries/compile.js';
import type { Sentence } from '../../model/span.js';
import { mayHoldEvent } from '../code-events/candidates.js';
import { nounCode } from '../code-events/bare-nouns.js';
import { EventwireError } from '../../model/errors.js';
import { spanId } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { tokenAt } from './clause.js';
import { findTimeExpressions } from './find-time-expressions.js';
import { anaphoricDays } from './anaphoric-days.js';
import { parseIsoDate, resolveExpression } from './resolve.js';
import { clauseTense } from './tense.js';

/** Re-exported: the date that belongs to an event trigger (see pick-event-date.ts). */
export { pickEventDate } from './pick-event-date.js';

const STAGE = 'ground-dates';
// chrono needs some instant; with no publication date its relative readings are discarded anyway.
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Options of the ground-dates stage: `reference` (yyyy-mm-dd) overrides the doc's publication date. */
export interface GroundDatesOptions {
  reference?: string;
  /**
   * 'with-actors': ground only the sentences that hold an actor mention. An event takes its date from
   * its own sentence and needs an actor there, so the coding pipeline skips the rest (chrono is
   * costly); the default 'all' grounds every sentence. 'with-candidates' (needs the dictionaries)
   * also skips sentences where no event pattern matches and no event noun stands.
   */
  sentences?: 'all' | 'with-actors' | 'with-candidates';
}

function checkReference(opts: GroundDatesOptions): void {
  if (opts.reference !== undefined && !parseIsoDate(opts.reference)) {
    throw new EventwireError('EW_ERR_OPTION', `ground-dates: reference must be a yyyy-mm-dd date, got ${JSON.stringify(opts.reference)}`);
  }
}

/**
 * Fill `doc.dates` with every time expression, grounded to a calendar value. Relative expressions are
 * resolved against the reference date (the publication date unless `opts.reference` is given); without
 * one they keep value null and an info message says so. Needs sentences and tokens (segmentText).
 */
export function groundDates(doc: Doc, opts: GroundDatesOptions = {}, dict?: CompiledDictionary): Doc {
  checkReference(opts);
  if (doc.sentences.length === 0 && doc.text.trim() !== '') {
    throw new EventwireError('EW_ERR_STAGE_ORDER', 'ground-dates needs sentences and tokens: run the segment stage first');
  }
  doc.messages = doc.messages.filter((m) => m.stage !== STAGE); // running twice must not double the messages
  let reference = opts.reference ?? doc.published;
  if (reference && /^\d{4}-\d{2}-\d{2}T/.test(reference)) reference = reference.slice(0, 10); // a full timestamp
  if (reference !== null && !parseIsoDate(reference)) {
    doc.messages.push({ code: 'EW_MSG_BAD_PUBLISHED', severity: 'warning', text: `publication date ${JSON.stringify(reference)} is not yyyy-mm-dd; relative dates left unresolved`, stage: STAGE });
    reference = null;
  }
  const instant = reference ? new Date(`${reference}T12:00:00Z`) : NO_REFERENCE;
  const dates: DateSpan[] = [];
  let wanted: ((s: { index: number }) => boolean) | undefined;
  if ((opts.sentences === 'with-actors' || opts.sentences === 'with-candidates') && doc.runs.some((r) => r.stage === 'find-actors')) {
    const has = new Uint8Array(doc.sentences.length);
    for (const a of doc.actors) if (a.kind !== 'unknown' || a.personLike) has[doc.tokens[a.tokenStart].sentence] = 1;
    wanted = (s) => has[s.index] === 1;
    if (opts.sentences === 'with-candidates' && dict) {
      // Bare event nouns ("their last encounter in March") code events no pattern matched in full.
      const eventNoun = (s: Sentence) => {
        for (let t = s.tokenStart; t < s.tokenEnd; t++) if (nounCode(dict, doc.tokens[t])) return true;
        return false;
      };
      wanted = (s) => has[s.index] === 1 && (mayHoldEvent(doc, dict, doc.sentences[s.index]) || eventNoun(doc.sentences[s.index]));
    }
  }
  for (const e of findTimeExpressions(doc, instant, wanted)) {
    const first = tokenAt(doc, e.start);
    const tense = clauseTense(doc, first, tokenAt(doc, e.end));
    const r = resolveExpression(e, reference, tense);
    const span: DateSpan = { id: spanId('date', e.start, e.end), start: e.start, end: e.end, label: 'date', by: STAGE, ref: e.ref, value: r.value, precision: r.precision, side: r.side };
    if (r.rangeEnd !== undefined) span.rangeEnd = r.rangeEnd;
    dates.push(span);
    if (r.value === null) {
      const what = doc.text.slice(e.start, e.end);
      doc.messages.push({ code: 'EW_MSG_UNRESOLVED_DATE', severity: 'info', text: `"${what}" is relative and there is no publication date to resolve it against`, stage: STAGE, spanId: span.id });
    }
  }
  dates.push(...anaphoricDays(doc, dates, reference, wanted));
  dates.sort((a, b) => a.start - b.start);
  doc.dates = dates;
  return doc;
}

/** The ground-dates stage: time expressions to calendar values (day | month | year | range). */
export const groundDatesStage = defineStage<{ dictionary?: CompiledDictionary } | undefined, GroundDatesOptions>({
  name: STAGE,
  version: '1',
  requires: ['sentences', 'tokens'],
  assigns: ['dates'],
  create: (deps, options) => {
    const opts = options ?? {};
    checkReference(opts); // a bad option fails when the pipeline is built, not on the first doc
    return (doc) => groundDates(doc, opts, deps?.dictionary);
  },
});
