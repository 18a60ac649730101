import type { Doc } from '../../model/doc.js';
import type { CodedEvent } from '../../model/event.js';
import { defineStage } from '../../pipeline/stage.js';
import { pickEventDate } from '../ground-dates/pick-event-date.js';

const MUTUAL_ROOTS = new Set(['03', '04', '05', '06']);
const REFERENCE_WINDOW = 3; // sentences a "the meeting" may look back

function sameDyad(a: CodedEvent, b: CodedEvent): boolean {
  const as = a.source?.code ?? '';
  const at = a.target?.code ?? '';
  const bs = b.source?.code ?? '';
  const bt = b.target?.code ?? '';
  return (as === bs && at === bt) || (MUTUAL_ROOTS.has(a.root) && as === bt && at === bs);
}

function datesAgree(a: CodedEvent, b: CodedEvent): boolean {
  if (a.date.from !== 'text' || b.date.from !== 'text') return true;
  const x = a.date.value ?? '';
  const y = b.date.value ?? '';
  return x.startsWith(y) || y.startsWith(x);
}

function absorb(into: CodedEvent, other: CodedEvent): void {
  into.mentions.push(...other.mentions);
  if (into.date.from !== 'text' && other.date.from === 'text') into.date = other.date;
  if (!into.place && other.place) into.place = other.place;
}

/** Merge mentions of one happening inside a doc, and let "the meeting took place on Wednesday" date it. */
export function mergeEvents(doc: Doc): Doc {
  const kept: CodedEvent[] = [];
  for (const e of doc.events) {
    const twin = kept.find((k) => k.root === e.root && (k.code === e.code || k.code.slice(0, 3) === e.code.slice(0, 3)) && sameDyad(k, e) && datesAgree(k, e) && k.factuality.value === e.factuality.value && !(MUTUAL_ROOTS.has(e.root) && k.sentence === e.sentence && k.source?.code === e.target?.code));
    if (twin) absorb(twin, e);
    else kept.push(e);
  }
  for (const ref of doc.triggers) {
    if (ref.label !== 'event-reference') continue;
    const sentence = doc.tokens.find((t) => t.start === ref.start)?.sentence ?? -1;
    const root = (ref.ref ?? '').slice(0, 2);
    const antecedents = kept.filter((k) => k.root === root && k.sentence <= sentence && k.sentence >= sentence - REFERENCE_WINDOW && k.trigger.start < ref.start);
    if (!antecedents.length) continue;
    const latest = antecedents[antecedents.length - 1];
    const group = antecedents.filter((k) => k.sentence === latest.sentence && k.trigger.start === latest.trigger.start);
    const date = pickEventDate(doc, sentence, ref.start, ref.end);
    for (const k of group) {
      k.mentions.push({ sentence, start: ref.start, end: ref.end });
      if (k.date.from !== 'text' && date.from === 'text') k.date = date;
    }
  }
  doc.events = kept;
  return doc;
}

/** The merge-events stage (within one document). */
export const mergeEventsStage = defineStage<unknown, unknown>({
  name: 'merge-events',
  version: '1',
  requires: ['events', 'factuality'],
  assigns: ['merged'],
  create: () => mergeEvents,
});
