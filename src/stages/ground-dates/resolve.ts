import type { ClauseTense } from './tense.js';

/** What a time expression says, before it is placed on the calendar. */
export type DatePart =
  /** Calendar fields the text states; a missing year comes from `yearOffset` ("March last year": -1) or from tense ("in August"). */
  | { kind: 'absolute'; year: number | null; month: number | null; day: number | null; yearOffset?: number }
  /** A weekday name, with "last"/"next"/"this"/"past"/"coming" when the text gives one. */
  | { kind: 'weekday'; weekday: number; modifier: string | null }
  /** The weekend (Saturday to Sunday) around publication. */
  | { kind: 'weekend'; modifier: string | null }
  /** A calendar unit counted from publication: yesterday (day -1), last week (week -1), this year (year 0). */
  | { kind: 'calendar'; unit: 'day' | 'week' | 'month' | 'year'; offset: number }
  /** A point measured back from publication: "two days ago", "three years ago". */
  | { kind: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number }
  /** A stretch ending (count < 0) or starting (count > 0) at publication: "the past three months". */
  | { kind: 'stretch'; unit: 'day' | 'week' | 'month' | 'year'; count: number };

/** A time expression found in the text: its characters, the rule that found it, and its reading. */
export interface TimeExpression {
  start: number;
  end: number;
  ref: string;
  from: DatePart;
  /** Range end: another part, 'open' for "since ...", absent for a single date. */
  to?: DatePart | 'open';
  /** Which side of publication the wording itself puts the expression on ("earlier this week"). */
  lean?: 'past' | 'future';
}

/** A grounded expression: calendar value (null when unresolvable), precision, range end and side of publication. */
export interface Resolved {
  value: string | null;
  precision: 'day' | 'month' | 'year' | 'range';
  rangeEnd?: string | null;
  side: 'past' | 'future' | 'unknown';
}

type Ymd = { y: number; m: number; d: number };
/** One resolved part: its value and precision, the first and last day it covers, and a range's end value. */
export type CalendarPoint = { value: string; precision: 'day' | 'month' | 'year' | 'range'; first: Date; last: Date; endValue?: string };
type Point = CalendarPoint;

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const addDays = (date: Date, n: number) => new Date(date.getTime() + n * DAY);
const monthEnd = (y: number, m: number) => utc(y, m + 1, 0);

/** Parse an ISO yyyy-mm-dd date (UTC midnight), or null when it is not a real calendar date. */
export function parseIsoDate(text: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!m) return null;
  const date = utc(+m[1], +m[2], +m[3]);
  return iso(date) === text ? date : null;
}

// Which year a month (and day) without a year falls in, by the clause's tense: past → the latest one
// not after publication; future → the first one not before it; modal → the nearer of the two.
function pickYear(ref: Date, month: number, day: number | null, tense: ClauseTense): number {
  const y = ref.getUTCFullYear();
  const key = (yy: number) => (day === null ? utc(yy, month, 1).getTime() : utc(yy, month, day).getTime());
  const refKey = day === null ? utc(y, ref.getUTCMonth() + 1, 1).getTime() : ref.getTime();
  const pastYear = key(y) <= refKey ? y : y - 1;
  const futureYear = key(y) >= refKey ? y : y + 1;
  // News reports what happened: a month with no forward cue ("will", "planned", "is due") is taken as
  // the latest one; present tense usually means a verbless or reporting clause, not a schedule.
  if (tense === 'future') return futureYear;
  // A modal ("would cease ..., following the clash on Feb. 28") is weaker evidence: the nearer one wins.
  if (tense === 'modal') return Math.abs(key(futureYear) - refKey) < Math.abs(refKey - key(pastYear)) ? futureYear : pastYear;
  // A day most of a year back is written with its year ("October 15 last year", "October 15, 2019");
  // a yearless one days ahead is a schedule whatever the tense ("the debate, scheduled for October 15").
  // (A month alone is looser: "the leaders met in August", written in July, is last August.)
  const DAY = 86_400_000;
  if (day !== null && refKey - key(pastYear) > 240 * DAY && key(futureYear) - refKey <= 45 * DAY) return futureYear;
  return pastYear;
}

function absolute(y: number, m: number | null, d: number | null): Point {
  if (m === null) return { value: String(y), precision: 'year', first: utc(y, 1, 1), last: utc(y, 12, 31) };
  if (d === null) return { value: `${y}-${pad(m)}`, precision: 'month', first: utc(y, m, 1), last: monthEnd(y, m) };
  const date = utc(y, m, d);
  return { value: iso(date), precision: 'day', first: date, last: date };
}

const dayPoint = (date: Date): Point => ({ value: iso(date), precision: 'day', first: date, last: date });
const rangePoint = (first: Date, last: Date): Point => ({ value: iso(first), precision: 'range', first, last, endValue: iso(last) });
const mondayOf = (date: Date) => addDays(date, -((date.getUTCDay() + 6) % 7));

function shift(ref: Date, unit: 'day' | 'week' | 'month' | 'year', n: number): Date {
  if (unit === 'day') return addDays(ref, n);
  if (unit === 'week') return addDays(ref, 7 * n);
  const y = ref.getUTCFullYear() + (unit === 'year' ? n : 0);
  const m = ref.getUTCMonth() + (unit === 'month' ? n : 0);
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(ref.getUTCDate(), last)));
}

// Weekday: past → the latest on or before publication (a news report's "Thursday" on a Thursday is that
// day), future → the first on or after it, present/modal → the nearer (ties: present back, modal ahead);
// "last"/"next" exclude the day itself; "this Sunday" is the coming one unless the clause is past
// ("This Sunday, Zapata flew").
function weekday(ref: Date, wd: number, modifier: string | null, tense: ClauseTense): Date {
  const back = (ref.getUTCDay() - wd + 7) % 7;
  const ahead = (wd - ref.getUTCDay() + 7) % 7;
  if (modifier === 'last' || modifier === 'past') return addDays(ref, -(back || 7));
  if (modifier === 'next' || modifier === 'coming') return addDays(ref, ahead || 7);
  if (modifier === 'this') return tense === 'past' ? addDays(ref, -back) : addDays(ref, ahead);
  if (tense === 'past') return addDays(ref, -back);
  if (tense === 'future') return addDays(ref, ahead);
  // "would pass Wednesday night", "could resume Monday": often a plan reported from the past week
  if (tense === 'modal') return back < ahead ? addDays(ref, -back) : addDays(ref, ahead);
  return back <= ahead ? addDays(ref, -back) : addDays(ref, ahead);
}

/** Place one part on the calendar; null when it needs a reference date and there is none. */
export function resolvePart(part: DatePart, ref: Date | null, tense: ClauseTense): Point | null {
  if (part.kind === 'absolute') {
    if (part.year !== null) return absolute(part.year, part.month, part.day);
    if (!ref || part.month === null) return null;
    if (part.yearOffset !== undefined) return absolute(ref.getUTCFullYear() + part.yearOffset, part.month, part.day);
    return absolute(pickYear(ref, part.month, part.day, tense), part.month, part.day);
  }
  if (!ref) return null;
  switch (part.kind) {
    case 'weekday':
      return dayPoint(weekday(ref, part.weekday, part.modifier, tense));
    case 'weekend': {
      const saturday = weekday(ref, 6, part.modifier, tense);
      return rangePoint(saturday, addDays(saturday, 1));
    }
    case 'calendar': {
      const at = shift(ref, part.unit, part.offset);
      if (part.unit === 'day') return dayPoint(at);
      if (part.unit === 'week') return rangePoint(mondayOf(at), addDays(mondayOf(at), 6));
      return absolute(at.getUTCFullYear(), part.unit === 'month' ? at.getUTCMonth() + 1 : null, null);
    }
    case 'ago': {
      const at = shift(ref, part.unit, -part.count);
      if (part.unit === 'day' || part.unit === 'week') return dayPoint(at);
      return absolute(at.getUTCFullYear(), part.unit === 'month' ? at.getUTCMonth() + 1 : null, null);
    }
    case 'stretch': {
      const other = shift(ref, part.unit, part.count);
      return part.count < 0 ? rangePoint(other, ref) : rangePoint(ref, other);
    }
  }
}

/** The precision an expression has even when it cannot be resolved. */
export function nominalPrecision(expr: TimeExpression): Resolved['precision'] {
  if (expr.to) return 'range';
  const p = expr.from;
  if (p.kind === 'absolute') return p.day !== null ? 'day' : p.month !== null ? 'month' : 'year';
  if (p.kind === 'weekend' || p.kind === 'stretch') return 'range';
  if (p.kind === 'calendar' || p.kind === 'ago') {
    if (p.unit === 'month' || p.unit === 'year') return p.unit;
    return p.unit === 'week' && p.kind === 'calendar' ? 'range' : 'day'; // "last week" is Monday–Sunday; "a week ago" a day
  }
  return 'day';
}

const yearless = (p: DatePart) => p.kind === 'absolute' && p.year === null && p.yearOffset === undefined;

// A range end without a year takes the start's year, or the next one when it would fall before the start.
function completeEnd(to: DatePart, from: Point): DatePart {
  if (to.kind !== 'absolute' || to.year !== null || to.month === null) return to;
  const y = from.first.getUTCFullYear();
  const end = absolute(y, to.month, to.day);
  return { ...to, year: end.last < from.first ? y + 1 : y };
}

/** Resolve a whole expression (single date or range) against the reference date and clause tense. */
export function resolveExpression(expr: TimeExpression, refIso: string | null, tense: ClauseTense): Resolved {
  const ref = parseIsoDate(refIso);
  const from = resolvePart(expr.from, ref, tense);
  if (!from) {
    const precision = nominalPrecision(expr);
    return precision === 'range' ? { value: null, precision, rangeEnd: null, side: 'unknown' } : { value: null, precision, side: 'unknown' };
  }
  let last = from.last;
  let out: Resolved;
  if (expr.to === 'open') {
    out = { value: from.value, precision: 'range', rangeEnd: null, side: 'unknown' };
    last = new Date(8.64e15);
  } else if (expr.to) {
    const to = resolvePart(completeEnd(expr.to, from), ref, tense);
    // "from 1st of March to 10th of March we celebrate", said on 8 March: the running period, not next year's
    if (ref && to && from.first > ref && yearless(expr.from) && expr.from.kind === 'absolute') {
      const earlier = { ...expr.from, year: from.first.getUTCFullYear() - 1 };
      const earlierEnd = resolvePart(completeEnd(expr.to, absolute(earlier.year, earlier.month, earlier.day)), ref, tense);
      if (earlierEnd && earlierEnd.last >= ref) return resolveExpression({ ...expr, from: earlier }, refIso, tense);
    }
    if (to) last = to.last;
    out = { value: from.value, precision: 'range', rangeEnd: to ? to.endValue ?? to.value : null, side: 'unknown' };
  } else {
    out = { value: from.value, precision: from.precision, side: 'unknown' };
    if (from.precision === 'range') out.rangeEnd = from.endValue ?? null;
  }
  if (!ref) return out;
  if (expr.lean && last >= ref && from.first <= ref) out.side = expr.lean;
  else if (last < ref) out.side = 'past';
  else if (from.first > ref) out.side = 'future';
  else if (expr.to === 'open' || tense === 'past') out.side = 'past';
  else if (tense === 'future' || tense === 'modal') out.side = 'future';
  return out;
}
