import type { ParsedResult } from 'chrono-node';
import type { DatePart, TimeExpression } from './resolve.js';
import { MONTHS, WEEKDAYS } from './clause.js';

// chrono finds candidates and reads absolute fields; what a relative phrase means (which Wednesday,
// which August) we decide ourselves from the clause's tense, so here a chrono match becomes a DatePart
// only when its wording is one we know how to read. Everything else (durations "for three years",
// story-anchored "two days later", bare clock times, "now") is declined with null.

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const COUNT = String.raw`(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)`;
const UNIT = String.raw`(hour|day|week|month|year)s?`;
const MONTH_NAME = new RegExp(String.raw`\b(${MONTHS.join('|')})\b`, 'i');
const MONTH_ABBR = /\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/i;
const WEEKDAY_NAME = new RegExp(String.raw`\b(?:(last|next|this|past|coming)\s+(?:week\s+on\s+)?)?(${WEEKDAYS.join('|')})\b`, 'i');
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
const TIME_MARKER = /:\d|\d\s*(?:a\.?m\b|p\.?m\b)|o'clock|noon|midnight|morning|afternoon|evening|night/i;
const AGO = new RegExp(String.raw`^(?:about|around|some|nearly|almost|roughly|more than|over|just)?\s*${COUNT}\s+${UNIT}\s+ago$`, 'i');
const STRETCH = new RegExp(String.raw`^(?:the\s+)?(last|past|next|coming)\s+${COUNT}\s+${UNIT}$`, 'i');
const STRETCH_ONE = /^(?:the\s+)?(past|coming)\s+(day|week|month|year)$/i;
const CALENDAR = /^(last|this|next)\s+(week|month|year)$/i;
const PERIOD_EDGE = /\b(?:end|beginning|start|middle) of the (week|month|year)$/i;

/** Trim a chrono match to the expression: no surrounding punctuation, leading on/at/in, trailing "of" or a lone timezone. */
export function trimMatch(text: string, start: number, hasHour: boolean): { text: string; start: number } {
  let s = text;
  let at = start;
  for (let again = true; again; ) {
    const before = s;
    const lead = /^(?:[\s,.;:()"'“”‘’[\]]+|(?:on|at|in|during|of)\s+)/i.exec(s);
    if (lead) { s = s.slice(lead[0].length); at += lead[0].length; }
    // a final "." stays: it belongs to "Dec." or "p.m." (chrono never takes a sentence's full stop)
    s = s.replace(/(?:[\s,;:()"'“”‘’[\]]+|\s+(?:of|at|on|in)|,?\s*\b(?:UTC|GMT))$/i, '');
    // chrono reads "on Tuesday, 14 people" as 14:00 and "killed 20 on July 9" as 20:00; with no clock
    // marker the number is not a time.
    if (hasHour && !TIME_MARKER.test(s)) {
      const lone = /^(?:at\s+|from\s+)?\d{1,2}\s+on\s+/i.exec(s);
      if (lone) { s = s.slice(lone[0].length); at += lone[0].length; }
      s = s.replace(/(day),?\s+\d{1,2}$/i, '$1');
    }
    // "7:49 a.m. UTC) on Saturday": keep the side of an unbalanced bracket that holds the date.
    const close = s.indexOf(')');
    if (close >= 0 && !s.slice(0, close).includes('(')) { s = s.slice(close + 1); at += close + 1; }
    const open = s.lastIndexOf('(');
    if (open >= 0 && !s.slice(open).includes(')')) s = s.slice(0, open);
    again = s !== before && s.length > 0;
  }
  return { text: s, start: at };
}

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
}

function unitOf(word: string): 'day' | 'week' | 'month' | 'year' {
  const u = word.toLowerCase().replace(/s$/, '');
  return u === 'hour' ? 'day' : (u as 'day' | 'week' | 'month' | 'year');
}

function absoluteOf(c: ParsedResult['start']): DatePart | null {
  if (!c.isCertain('month') && !c.isCertain('day')) return null;
  return { kind: 'absolute', year: c.isCertain('year') ? c.get('year') : null, month: c.get('month'), day: c.isCertain('day') ? c.get('day') : null };
}

// "the end of June" is June: chrono's last-day reading claims a precision the text does not have.
function edgeOfMonth(part: DatePart, text: string): DatePart {
  return part.kind === 'absolute' && /\b(?:end|beginning|start|middle) of\b/i.test(text) ? { ...part, day: null } : part;
}

/** Read a trimmed chrono match as a date part (and range end), or null when its wording is not a date we use. */
export function readChrono(result: ParsedResult, text: string): Pick<TimeExpression, 'from' | 'to'> | null {
  const low = text.toLowerCase();
  const monthName = MONTH_NAME.exec(text);
  const hasMonth = (monthName !== null && /^[A-Z]/.test(monthName[0])) || (MONTH_ABBR.test(text) && /\d/.test(text)) || NUMERIC_DATE.test(text);
  if (hasMonth) {
    const read = absoluteOf(result.start);
    const from = read && edgeOfMonth(read, text);
    if (!from || from.kind !== 'absolute' || from.month === null) return null;
    if (NUMERIC_DATE.test(text) && from.year === null) return null; // "24/7", "3/4"
    const to = result.end ? absoluteOf(result.end) : null;
    if (to && to.kind === 'absolute' && from.year === null && to.year !== null) {
      from.year = from.month! > to.month! ? to.year - 1 : to.year; // "March to May 2020"
    }
    return to ? { from, to } : { from };
  }
  if (/\b(?:yesterday|last night)\b/.test(low)) return { from: { kind: 'calendar', unit: 'day', offset: -1 } };
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/.test(low)) return { from: { kind: 'calendar', unit: 'day', offset: 0 } };
  if (/\btomorrow\b/.test(low)) return { from: { kind: 'calendar', unit: 'day', offset: 1 } };
  const wd = WEEKDAY_NAME.exec(text);
  if (wd && /^[A-Z]/.test(wd[2])) {
    const modifier = wd[1]?.toLowerCase() ?? (/\bthis week\b/.test(low) ? 'this' : null);
    return { from: { kind: 'weekday', weekday: WEEKDAYS.indexOf(wd[2].toLowerCase()), modifier } };
  }
  const weekend = /^(?:(last|next|this|past|coming)\s+)?weekend$/i.exec(text);
  if (weekend) return { from: { kind: 'weekend', modifier: weekend[1]?.toLowerCase() ?? null } };
  let m = AGO.exec(text);
  if (m) {
    const unit = unitOf(m[2]);
    return { from: { kind: 'ago', unit, count: /^hour/i.test(m[2]) ? 0 : count(m[1]) } };
  }
  m = STRETCH.exec(text);
  if (m && !/^hour/i.test(m[3])) {
    const n = count(m[2]);
    return { from: { kind: 'stretch', unit: unitOf(m[3]), count: /last|past/i.test(m[1]) ? -n : n } };
  }
  m = STRETCH_ONE.exec(text);
  if (m) return { from: { kind: 'stretch', unit: unitOf(m[2]), count: /past/i.test(m[1]) ? -1 : 1 } };
  m = CALENDAR.exec(text);
  if (m) {
    const offset = { last: -1, this: 0, next: 1 }[m[1].toLowerCase() as 'last' | 'this' | 'next'];
    return { from: { kind: 'calendar', unit: unitOf(m[2]), offset } };
  }
  m = PERIOD_EDGE.exec(text);
  if (m) return { from: { kind: 'calendar', unit: unitOf(m[1]), offset: 0 } };
  return null;
}

/** The chrono parsers that produced a match, as a span `ref` ("chrono/ENMonthNameParser"). */
export function chronoRef(result: ParsedResult, part: DatePart): string {
  const parsers = [...result.tags()].filter((t) => t.startsWith('parser/')).map((t) => t.slice(7));
  return `chrono/${parsers.length ? parsers.join('+') : part.kind}`;
}
