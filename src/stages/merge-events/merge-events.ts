import type { Doc } from '../../model/doc.js';
import type { CodedEvent } from '../../model/event.js';
import { defineStage } from '../../pipeline/stage.js';
import { pickEventDate } from '../ground-dates/pick-event-date.js';

const MUTUAL_ROOTS = new Set(['03', '04', '05', '06']);
const REFERENCE_WINDOW = 3; // sentences a "the meeting" may look back

function sameDyad(a: CodedEvent, b: CodedEvent): boolean {
  // An actor with no code (a name the dictionaries lack) is told apart by its name.
  const key = (x: CodedEvent['source']) => (x ? x.code || `name:${x.name.toLowerCase()}` : '');
  const as = key(a.source);
  const at = key(a.target);
  const bs = key(b.source);
  const bt = key(b.target);
  const same = (x: CodedEvent['source'], y: CodedEvent['source']) => key(x) === key(y) && !twoPeople(x, y);
  return (same(a.source, b.source) && same(a.target, b.target)) || (MUTUAL_ROOTS.has(a.root) && same(a.source, b.target) && same(a.target, b.source));
}

// Two different dictionary people or organisations with one code ("Obama criticized Trump. Biden
// criticized Trump.": both USA) are two actors; a person and a role noun naming them ("Trump ... the
// president") may be one.
function twoPeople(x: CodedEvent['source'], y: CodedEvent['source']): boolean {
  const entry = (a: NonNullable<CodedEvent['source']>) => /^(person|org):[^+]+/.exec(a.ref ?? '')?.[0];
  const ex = x && entry(x);
  const ey = y && entry(y);
  return !!ex && !!ey && ex !== ey;
}

const RECENT_DAYS = 7;

// An undated mention is the same happening as a dated one only when that date is recent news
// (within a week of publication); "met in December 2022" is background, not the lead's meeting.
function recent(doc: Doc, e: CodedEvent): boolean {
  if (!doc.published || !e.date.value || e.date.value.length < 10) return false;
  const days = (Date.parse(doc.published) - Date.parse(e.date.value)) / 86_400_000;
  return days >= -1 && days <= RECENT_DAYS;
}

function datesAgree(doc: Doc, a: CodedEvent, b: CodedEvent): boolean {
  const at = a.date.from === 'text';
  const bt = b.date.from === 'text';
  if (!at && !bt) return true;
  if (at !== bt) return recent(doc, at ? a : b);
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
    const twin = kept.find((k) => k.root === e.root && (k.code === e.code || k.code.slice(0, 3) === e.code.slice(0, 3)) && sameDyad(k, e) && datesAgree(doc, k, e) && k.factuality.value === e.factuality.value && !(MUTUAL_ROOTS.has(e.root) && k.sentence === e.sentence && k.source?.code === e.target?.code));
    if (twin) absorb(twin, e);
    else kept.push(e);
  }
  for (const ref of doc.triggers) {
    if (ref.label !== 'event-reference') continue;
    const sentence = doc.tokens.find((t) => t.start === ref.start)?.sentence ?? -1;
    const root = (ref.ref ?? '').slice(0, 2);
    // The window counts from an event's latest mention, so "the meeting" ... "the meeting" chains back.
    const lastSeen = (k: CodedEvent) => Math.max(...k.mentions.filter((m) => m.start < ref.start).map((m) => m.sentence));
    const antecedents = kept.filter((k) => k.root === root && k.sentence <= sentence && lastSeen(k) >= sentence - REFERENCE_WINDOW && k.trigger.start < ref.start);
    if (!antecedents.length) continue;
    const latest = antecedents[antecedents.length - 1];
    const group = antecedents.filter((k) => k.sentence === latest.sentence && k.trigger.start === latest.trigger.start);
    const date = pickEventDate(doc, sentence, ref.start, ref.end);
    for (const k of group) {
      k.mentions.push({ sentence, start: ref.start, end: ref.end });
      if (k.date.from !== 'text' && date.from === 'text') k.date = date;
    }
  }
  for (const k of kept) {
    const seen = new Set<string>();
    k.mentions = k.mentions.filter((m) => !seen.has(`${m.start}`) && !!seen.add(`${m.start}`)).sort((a, b) => a.start - b.start);
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
