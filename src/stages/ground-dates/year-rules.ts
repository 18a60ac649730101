import type { TimeExpression } from './resolve.js';

// chrono reads "March 2023" but not a bare year. A four-digit number is a year only where English uses
// a year as a time adverbial: after a temporal preposition ("in 2011", "since 2011", "in early 2020"),
// after "the end of"/"the summer of", or as the second half of a range ("between 2012 and 2015"). A year
// used as a modifier ("a 2011 law", "the 2019 election") names a thing rather than dating the clause,
// and counts ("1,000 people", "2011 votes"), money, percentages and "12-year" never qualify.

const AFTER_PREPOSITION = /\b(?:in|since|by|until|till|from|between|during|before|after|through|throughout)\s+(?:(?:early|mid|late)[-\s]+|mid-)?$/i;
const AFTER_PERIOD_OF = /\b(?:end|beginning|start|middle|half|spring|summer|autumn|fall|winter|course|rest|part)\s+of\s+(?:(?:early|mid|late)[-\s]+)?$/i;
const RANGE_SECOND = /\b(?:1\d{3}|20\d{2})\s*(?:and|or|to|until|till|through|-|–|—)\s*(?:(?:early|mid|late)[-\s]+)?$/i;
const AFTER_THE = /\b(?:in|since|during|from|by|until|through|throughout|of)\s+the\s+(?:early|mid|late)?[-\s]*$/i;
const YEAR = /\b(1\d{3}|20\d{2})(s?)\b/g;

/** Where a four-digit year at [start, end) of `text` stands: 'date' (after a time word), 'second' (after "2014 and"), or null. */
export function yearContext(text: string, start: number, end: number): 'date' | 'second' | null {
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 16);
  if (/[$£€#¥]\s*$|\d[.,]$|No\.\s*$/i.test(before)) return null;
  if (/^(?:%|[.,]\d|\s*(?:per\s?cent|percent)\b|-[a-z])/i.test(after)) return null;
  const year = Number(text.slice(start, start + 4));
  if (year < 1900 && /^\s+[a-z]+s\b/.test(after)) return null; // "in 1500 homes"
  if (AFTER_PREPOSITION.test(before) || AFTER_PERIOD_OF.test(before)) return 'date';
  return RANGE_SECOND.test(before) ? 'second' : null;
}

/** Find bare years, decades ("the 1990s") and dash ranges ("2012–2015") in a sentence starting at `offset`. */
export function findYears(text: string, offset: number): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const m of text.matchAll(YEAR)) {
    const start = m.index!;
    if (found.length && found[found.length - 1].end > offset + start) continue; // inside "2005–2015"
    let end = start + m[0].length;
    const year = Number(m[1]);
    if (m[2] === 's') {
      if (year % 10 !== 0 || !AFTER_THE.test(text.slice(Math.max(0, start - 40), start))) continue;
      found.push({ start: offset + start, end: offset + end, ref: 'rule/decade', from: abs(year), to: abs(year + 9) });
      continue;
    }
    const context = yearContext(text, start, end);
    // "in 2014 and 2018" is two dates; "the 2008 and 2012 campaigns" is none.
    const previous = found[found.length - 1];
    if (!context || (context === 'second' && !(previous && previous.end > offset + start - 24))) continue;
    const dash = /^\s*[-–—]\s*(\d{4}|\d{2})\b(?![-–.,]?\d)/.exec(text.slice(end));
    if (dash) {
      const second = dash[1].length === 2 ? Math.floor(year / 100) * 100 + Number(dash[1]) : Number(dash[1]);
      if (second > year && second - year < 100) {
        end += dash[0].length;
        found.push({ start: offset + start, end: offset + end, ref: 'rule/year-range', from: abs(year), to: abs(second) });
        continue;
      }
    }
    if (/^[-–]\d/.test(text.slice(end))) continue; // "2011-12-03" belongs to chrono or to nobody
    found.push({ start: offset + start, end: offset + end, ref: 'rule/year', from: abs(year) });
  }
  return found;
}

function abs(year: number) {
  return { kind: 'absolute' as const, year, month: null, day: null };
}
