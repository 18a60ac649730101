/**
 * "That same day", "the next day", "the day before": days counted from the day the text named last,
 * not from the publication date ("On July 31, Trump met Putin. That same day, Russia attacked ...").
 * With no day named before, nothing is dated.
 */
import type { DateSpan, Doc } from '../../model/doc.js';
import { spanId } from '../../model/span.js';
import { parseIsoDate } from './resolve.js';

const ANAPHORIC = /\b(?:(that|the same|that same) (?:day|night|evening|morning|afternoon)|the (?:next|following) (?:day|morning)|the day after|the (?:previous|preceding) day|the day before|the night before)\b/gi;
const DAY = 86_400_000;

function offsetOf(phrase: string): number {
  const p = phrase.toLowerCase();
  if (/next|following|day after/.test(p)) return 1;
  if (/previous|preceding|day before|night before/.test(p)) return -1;
  return 0;
}

/** Spans for anaphoric days in the sentences `wanted` allows, anchored on the day spans before them. */
export function anaphoricDays(doc: Doc, dates: readonly DateSpan[], reference: string | null, wanted?: (s: { index: number }) => boolean): DateSpan[] {
  const out: DateSpan[] = [];
  const published = parseIsoDate(reference);
  for (const s of doc.sentences) {
    if (wanted && !wanted(s)) continue;
    const text = doc.text.slice(s.start, s.end);
    for (const m of text.matchAll(ANAPHORIC)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      // ("the day before the election" names its own anchor: left to the other readers.)
      if (/^\s+(?:of|the|a|an|his|her|their|its)\b/i.test(doc.text.slice(end, end + 6))) continue;
      if (dates.some((d) => d.start < end && start < d.end)) continue;
      let anchor: DateSpan | undefined;
      for (const d of dates) if (d.end <= start && d.precision === 'day' && d.value) anchor = d;
      const day = anchor ? parseIsoDate(anchor.value) : null;
      if (!day) continue;
      const value = new Date(day.getTime() + offsetOf(m[0]) * DAY).toISOString().slice(0, 10);
      const side = published ? (value < reference! ? 'past' : value > reference! ? 'future' : 'unknown') : 'unknown';
      out.push({ id: spanId('date', start, end), start, end, label: 'date', by: 'ground-dates', ref: 'rule/anaphoric-day', value, precision: 'day', side });
    }
  }
  return out;
}
