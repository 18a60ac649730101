// English only: the package's root also loads a dozen other languages' parsers (~150 ms of start-up).
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import { formatDay, statedDay } from '../../input/published-date.js';

// A publication date read from the top of the text, for docs whose input gave none:
//   Wikinews:  "Friday, January 4, 2019"            (a line that is only a date)
//   wire:      "MOSCOW, July 25 (Reuters) — ..."      (city, date, agency, dash)
//   lead:      "July 25, 2024 — ..."                  (date, dash)
// chrono reads the date text; we only trust what it says is certain, so a wire dateline without a
// year gives no date (guessing the year from today's clock would misdate every archived story).

/** A date found at the top of the text: the day (null when the year is not stated) and where it is. */
export interface Dateline {
  published: string | null;
  /** The dateline as written, e.g. "MOSCOW, July 25 (Reuters)". */
  text: string;
  start: number;
  end: number;
  yearStated: boolean;
}

const LINES_TO_READ = 3;
const WIRE = /^([A-Z][A-Za-z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?),\s+([^()—–\n]{3,40}?)\s*(\([^()\n]{1,40}\))?\s*(?:—|–|--|-)\s/;
const LEAD = /^([^—–\n]{5,40}?)\s*(?:—|–|--)\s/;

/** Read a dateline from the first lines of the text, or null when there is none. */
export function findDateline(text: string): Dateline | null {
  let offset = 0;
  let seen = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    const found = dateOnlyLine(line, start) ?? wireDateline(line, start) ?? leadDateline(line, start);
    if (found) return found;
    if (++seen >= LINES_TO_READ) break;
  }
  return null;
}

function dateOnlyLine(line: string, start: number): Dateline | null {
  const trimmed = line.trim();
  if (trimmed.length > 40) return null;
  const result = chrono.parse(trimmed)[0];
  // The date must be the whole line (a stray word or two, like "Updated", is not a dateline).
  if (!result || result.index !== 0 || result.text.trim().length < trimmed.replace(/[.,:;]+$/, '').length) return null;
  const at = start + line.indexOf(trimmed);
  return toDateline(result, trimmed, at, at + trimmed.length);
}

function wireDateline(line: string, start: number): Dateline | null {
  const match = WIRE.exec(line);
  if (!match) return null;
  const result = chrono.parse(match[2])[0];
  if (!result || result.index !== 0 || result.text.trim() !== match[2].trim()) return null;
  const written = line.slice(0, match[0].trimEnd().replace(/(?:—|–|--|-)$/, '').trimEnd().length);
  return toDateline(result, written, start, start + written.length);
}

function leadDateline(line: string, start: number): Dateline | null {
  const match = LEAD.exec(line);
  if (!match) return null;
  const result = chrono.parse(match[1])[0];
  if (!result || result.index !== 0 || result.text.trim() !== match[1].trim()) return null;
  return toDateline(result, match[1], start, start + match[1].length);
}

function toDateline(result: ParsedResult, written: string, start: number, end: number): Dateline | null {
  const day = statedDay(result);
  if (!day) return null;
  const published = day.year === null ? null : formatDay(day.year, day.month, day.day);
  return { published, text: written, start, end, yearStated: day.year !== null };
}
