// English only: the package's root also loads a dozen other languages' parsers (~150 ms of start-up).
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';

// Publication dates arrive as ISO timestamps, RFC 822 feed dates, "July 25, 2024", epoch numbers.
// We keep the calendar day the publisher wrote: "2024-07-25T23:30:00-05:00" is 2024-07-25, not the
// UTC day, because the article's relative dates ("on Wednesday") are relative to the local day.

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** True when year-month-day names a real calendar day. */
function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Format a calendar day as yyyy-mm-dd. */
export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Normalise a publication value to yyyy-mm-dd, or null when it is not a date with a known year and day. */
export function normalizePublished(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    // Epoch values: milliseconds when they are too large to be seconds.
    const date = new Date(value > 1e11 ? value : value * 1000);
    return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  if (typeof value !== 'string' || !value.trim()) return null;
  const iso = ISO_DAY.exec(value);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isRealDay(y, m, d) ? formatDay(y, m, d) : null;
  }
  return parseWrittenDay(value);
}

/** Read a written date ("July 25, 2024", "Thu, 25 Jul 2024 10:00 GMT") with chrono; null unless year and day are stated. */
export function parseWrittenDay(text: string): string | null {
  const found = chrono.parse(text)[0];
  const day = found ? statedDay(found) : null;
  return day && day.year !== null ? formatDay(day.year, day.month, day.day) : null;
}

/** The calendar day a chrono result writes out (year null when not written); null for relative dates ("yesterday"). */
export function statedDay(result: ParsedResult): { year: number | null; month: number; day: number } | null {
  // chrono calls "yesterday" and "3 days ago" certain, relative to today's clock: a written day has digits.
  if (!/\d/.test(result.text) || [...result.tags()].some((tag) => /casual|relative/i.test(tag))) return null;
  const start = result.start;
  if (!start.isCertain('month') || !start.isCertain('day')) return null;
  const [year, month, day] = [start.isCertain('year') ? start.get('year')! : null, start.get('month')!, start.get('day')!];
  return year === null || isRealDay(year, month, day) ? { year, month, day } : null;
}
