// English only: the package's root also loads a dozen other languages' parsers (~150 ms of start-up).
import * as chrono from 'chrono-node/en';
import type { Doc } from '../../model/doc.js';
import type { Sentence } from '../../model/span.js';
import { MONTHS, tokenAt } from './clause.js';
import { chronoRef, readChrono, trimMatch } from './read-chrono.js';
import type { TimeExpression } from './resolve.js';
import { findYears } from './year-rules.js';

// Most sentences hold no date at all; these cheap tests decide which ones are worth chrono (the costly
// part) and which worth the year rule, so the stage stays well under a millisecond per article.
const CHRONO_CUE = /\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\.|\b)|(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|days?|weeks?|weekends?|months?|years?|night|morning|afternoon|evening)\b)|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/i;
const YEAR_CUE = /\b(?:1\d|20)\d\d/;

// A month name alone ("in August") is a date only after a word that takes a time; "May" (the modal, the
// surname) and "March" (the noun) need it even more, and lower-case names were already refused.
const MONTH_ALONE_CONTEXT = /\b(?:in|since|until|till|during|through|throughout|from|between|before|after|early|late|mid|of|last|next|this|each|every)[-\s]+$/i;
const MAY_CONTEXT = /\b(?:in|since|until|till|during|early|late|mid|last|next|this|(?:end|beginning|start|middle) of)[-\s]+$/i;
const MONTH_LIST = new RegExp(String.raw`\b(?:${MONTHS.join('|')})\s*(?:,|and|or|to|through|until|-|–)\s*$`, 'i');
// Weekday names inside other names: "Good Friday", "the Sunday Times", "Bloody Sunday".
const WEEKDAY_IN_NAME_BEFORE = /\b(?:good|black|bloody|super|ash|palm|easter|cyber|holy|maundy)\s+$/i;
const WEEKDAY_IN_NAME_AFTER = /^\s+(?:times|telegraph|mail|express|herald|post|mirror|star|independent|night football|agreement|prayers?)\b/i;
const WEEKDAY_MODIFIER = /\b(?:this\s+)?(last|next|this|past|coming)\s+$/i;
const MONTH_WORD = new RegExp(String.raw`\b(${MONTHS.join('|')})\b`, 'i');
const HEDGE = /\b(?:early|mid|late|earlier|later)[-\s]+$/i;

const sharedChrono = chrono.casual.clone();

function before(doc: Doc, at: number, n = 40): string {
  return doc.text.slice(Math.max(0, at - n), at);
}

// Keep a chrono reading only where its words are used as a date in this sentence (null: drop it), and
// re-read "the last year" as a stretch up to publication.
function vet(doc: Doc, e: TimeExpression): TimeExpression | null {
  const text = doc.text.slice(e.start, e.end);
  const tok = doc.tokens[tokenAt(doc, e.start)];
  const from = e.from;
  if (from.kind === 'absolute' && from.day === null && from.year === null && !e.to && !/^(?:end|beginning|start|middle) of\b/i.test(text)) {
    if (tok && (tok.pos === 'VERB' || tok.pos === 'AUX')) return null;
    const context = /^may\b/i.test(text) ? MAY_CONTEXT : MONTH_ALONE_CONTEXT;
    return context.test(before(doc, e.start)) || MONTH_LIST.test(before(doc, e.start)) ? e : null;
  }
  if (from.kind === 'weekday') {
    const named = WEEKDAY_IN_NAME_BEFORE.test(before(doc, e.start, 12)) || WEEKDAY_IN_NAME_AFTER.test(doc.text.slice(e.end, e.end + 24));
    return named ? null : e;
  }
  if (from.kind === 'calendar' || from.kind === 'weekend') {
    // "the last week of July", "the long weekend of Labour Day": a period of something else
    if (/^\s+of\b/.test(doc.text.slice(e.end, e.end + 4))) return null;
    // "Kamloops This Week": a title-cased phrase inside the sentence is a name
    if (/^[A-Z]\S*\s+[A-Z]/.test(text) && tok && doc.sentences[tok.sentence].start !== e.start) return null;
    if (from.kind === 'calendar' && from.unit !== 'day' && /^(?:next|last|past|this|following)\b/i.test(text) && /\bthe\s+$/i.test(before(doc, e.start, 5))) {
      // "the next year" is told from the story's time; "the last year" is a stretch up to publication
      return /^(?:last|past)\b/i.test(text) ? { ...e, from: { kind: 'stretch', unit: from.unit, count: -1 } } : null;
    }
  }
  return e;
}

// chrono runs some forty parsers over all the text it is given; only the words around a cue can hold a
// date it would find, so it reads those stretches (a cue and 48 characters either side, widened to whole
// words, joined where they meet) instead of the whole sentence.
const CUE_ALL = new RegExp(CHRONO_CUE.source, 'gi');
const REACH = 48;
function cueWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const space = (i: number) => text.charCodeAt(i) <= 32;
  for (const m of text.matchAll(CUE_ALL)) {
    let a = Math.max(0, m.index! - REACH);
    let b = Math.min(text.length, m.index! + m[0].length + REACH);
    while (a > 0 && !space(a - 1)) a--;
    while (b < text.length && !space(b)) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function chronoIn(doc: Doc, sentence: Sentence, text: string, reference: Date): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const [a, b] of cueWindows(text)) out.push(...chronoInWindow(doc, sentence, text.slice(a, b), a, reference));
  return out;
}

function chronoInWindow(doc: Doc, sentence: Sentence, text: string, offset: number, reference: Date): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const result of sharedChrono.parse(text, { instant: reference, timezone: 0 })) {
    const trimmed = trimMatch(result.text, result.index + offset, result.start.isCertain('hour'));
    if (!trimmed.text) continue;
    const reading = readChrono(result, trimmed.text);
    if (!reading) continue;
    const start = sentence.start + trimmed.start;
    const e: TimeExpression = { start, end: start + trimmed.text.length, ref: chronoRef(result, reading.from), ...reading };
    for (const part of splitInverted(e, trimmed.text)) {
      const kept = vet(doc, part);
      if (kept) out.push(kept);
    }
  }
  return out;
}

// "moved from May 2029 to December 31, 2021" is a change between two dates, not a range.
function splitInverted(e: TimeExpression, text: string): TimeExpression[] {
  const { from, to } = e;
  if (!to || to === 'open' || from.kind !== 'absolute' || to.kind !== 'absolute' || from.year === null || to.year === null) return [e];
  const key = (p: typeof from) => p.year! * 10000 + (p.month ?? 0) * 100 + (p.day ?? 0);
  // chrono puts the earlier date first even when the text says "from 2029 to 2021"
  const firstMonth = MONTHS.indexOf(MONTH_WORD.exec(text)?.[1].toLowerCase() ?? '') + 1;
  const swapped = firstMonth > 0 && firstMonth === to.month && firstMonth !== from.month;
  if (swapped) return splitInverted({ ...e, from: to, to: from }, text);
  if (key(to) >= key(from)) return [e];
  const joint = /\s+(?:to|until|till|through)\s+|\s*[-–]\s*/i.exec(text);
  if (!joint) return [{ ...e, to: undefined }];
  const secondStart = e.start + joint.index + joint[0].length;
  return [
    { start: e.start, end: e.start + joint.index, ref: e.ref, from },
    { start: secondStart, end: e.end, ref: e.ref, from: to },
  ];
}

// "March last year", "December 22, last year", "January of this year": the month takes that year.
function joinYearOffsets(doc: Doc, list: TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const e of list) {
    const prev = out[out.length - 1];
    if (prev && !prev.to && prev.from.kind === 'absolute' && prev.from.year === null && prev.from.month !== null
      && e.from.kind === 'calendar' && e.from.unit === 'year' && !e.to && /^,?\s*(?:of\s+)?$/i.test(doc.text.slice(prev.end, e.start))) {
      out[out.length - 1] = { start: prev.start, end: e.end, ref: `${prev.ref}+${e.ref}`, from: { ...prev.from, yearOffset: e.from.offset } };
      continue;
    }
    out.push(e);
  }
  return out;
}

const rangeable = (e: TimeExpression) => !e.to && (e.from.kind === 'absolute' || e.from.kind === 'weekday');

function inverted(a: TimeExpression, b: TimeExpression): boolean {
  if (a.from.kind !== 'absolute' || b.from.kind !== 'absolute' || a.from.year === null || b.from.year === null) return false;
  return b.from.year < a.from.year || (b.from.year === a.from.year && (b.from.month ?? 12) < (a.from.month ?? 1));
}

// "between 2012 and 2015", "from March to May", "2012 to 2015": two neighbours become one range.
function mergeRanges(doc: Doc, list: TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const e of list) {
    const prev = out[out.length - 1];
    // an em dash or a spaced hyphen sets off an aside ("of July — July 27"); only a tight dash joins
    const conj = prev && rangeable(prev) && rangeable(e) && prev.from.kind === e.from.kind
      ? /^(?:\s*(to|until|till|through|and)\s*|(-|–)|\s(–)\s)$/i.exec(doc.text.slice(prev.end, e.start)) : null;
    if (conj && !inverted(prev, e)) {
      const lead = /\b(from|between)\s+$/i.exec(before(doc, prev.start, 12));
      if ((conj[1] ?? '').toLowerCase() !== 'and' || lead?.[1].toLowerCase() === 'between') {
        const from = { ...prev.from };
        if (from.kind === 'absolute' && e.from.kind === 'absolute' && from.year === null && e.from.year !== null && from.month !== null && e.from.month !== null) {
          from.year = from.month > e.from.month ? e.from.year - 1 : e.from.year;
        }
        out[out.length - 1] = { start: lead ? prev.start - lead[0].length : prev.start, end: e.end, ref: `${prev.ref}+${e.ref}`, from, to: e.from };
        continue;
      }
    }
    out.push(e);
  }
  return out;
}

/** Find the time expressions of a doc, in text order: chrono for named and relative dates, own rules for bare years and ranges. */
export function findTimeExpressions(doc: Doc, reference: Date, wanted?: (s: Sentence) => boolean): TimeExpression[] {
  let found: TimeExpression[] = [];
  for (const sentence of doc.sentences) {
    if (wanted && !wanted(sentence)) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const named = CHRONO_CUE.test(text) ? chronoIn(doc, sentence, text, reference) : [];
    const years = YEAR_CUE.test(text) ? findYears(text, sentence.start).filter((y) => !named.some((n) => y.start < n.end && n.start < y.end)) : [];
    found.push(...(years.length ? [...named, ...years].sort((a, b) => a.start - b.start) : named));
  }
  for (const e of found) {
    // "July 27–28": chrono stops at the first day
    const days = e.from.kind === 'absolute' && e.from.day !== null && !e.to ? /^[-–](\d{1,2})(?:,?\s(1\d{3}|20\d{2}))?\b(?![:.,]?\d)/.exec(doc.text.slice(e.end, e.end + 10)) : null;
    if (days && e.from.kind === 'absolute' && Number(days[1]) > e.from.day! && Number(days[1]) <= 31) {
      if (days[2] && e.from.year === null) e.from.year = Number(days[2]);
      e.to = { ...e.from, day: Number(days[1]) };
      e.end += days[0].length;
    }
    // chrono leaves out "this coming" in "by this coming Friday"; the modifier decides which Friday.
    const modifier = (e.from.kind === 'weekday' || e.from.kind === 'weekend') && !e.from.modifier ? WEEKDAY_MODIFIER.exec(before(doc, e.start, 20)) : null;
    if (modifier && (e.from.kind === 'weekday' || e.from.kind === 'weekend')) {
      e.from.modifier = modifier[1].toLowerCase();
      e.start -= modifier[0].length;
    }
    const hedge = e.from.kind !== 'ago' && e.from.kind !== 'stretch' ? HEDGE.exec(before(doc, e.start, 12)) : null;
    if (hedge) {
      e.start -= hedge[0].length;
      if (/^earlier/i.test(hedge[0])) e.lean = 'past';
      if (/^later/i.test(hedge[0])) e.lean = 'future';
    }
  }
  found = mergeRanges(doc, joinYearOffsets(doc, found));
  for (const e of found) {
    const since = !e.to && e.from.kind !== 'ago' && e.from.kind !== 'stretch' ? /\bsince\s+$/i.exec(before(doc, e.start, 8)) : null;
    if (since) {
      e.start -= since[0].length;
      e.to = 'open';
      e.ref += '+rule/since';
    }
  }
  return found;
}
