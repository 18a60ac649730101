/**
 * CSV (RFC 4180) writer for coded events, one flat row per event under a header row, for
 * spreadsheets and data frames; plus the matching reader, so that a file we wrote can be read back.
 *
 * Quoting follows RFC 4180: a field is quoted when it holds a comma, a double quote, CR or LF, and
 * quotes inside are doubled. Line breaks inside a quoted field (trigger text can span lines) are kept
 * as they are. Missing values (no target, no place, no date) are empty fields. Records are handed to
 * `out` without their terminator; RFC 4180 ends records with CRLF (`CSV_EOL`), and most tools also
 * accept LF.
 */
import type { CodedEvent, EventActor } from '../model/event.js';
import { EventwireError } from '../model/errors.js';

/** The CSV column names, in order. */
export const CSV_COLUMNS = [
  'doc', 'sentence',
  'source_code', 'source_name', 'source_start', 'source_end',
  'target_code', 'target_name', 'target_start', 'target_end',
  'code', 'root', 'quad', 'goldstein', 'plover_type', 'plover_mode',
  'date', 'date_precision', 'date_from',
  'place_name', 'place_country', 'lat', 'lon',
  'factuality', 'factuality_cue',
  'trigger', 'trigger_start', 'trigger_end',
  'rule',
] as const;

/** The record terminator RFC 4180 prescribes. */
export const CSV_EOL = '\r\n';

type Cell = string | number | null | undefined;

/** Quote one field when RFC 4180 requires it (comma, double quote, CR or LF inside). */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Join fields into one CSV record (no terminator). */
export function csvRecord(values: readonly Cell[]): string {
  return values.map(csvField).join(',');
}

function actorCells(a: EventActor | null): Cell[] {
  return a ? [a.code, a.name, a.start, a.end] : [null, null, null, null];
}

/** The values of one event in `CSV_COLUMNS` order. */
export function eventToCsvValues(e: CodedEvent): Cell[] {
  const p = e.place;
  return [
    e.doc, e.sentence,
    ...actorCells(e.source),
    ...actorCells(e.target),
    e.code, e.root, e.quad, e.goldstein, e.plover.type, e.plover.mode,
    e.date.value, e.date.precision, e.date.from,
    p?.name, p?.country, p?.lat, p?.lon,
    e.factuality.value, e.factuality.cue,
    e.trigger.text, e.trigger.start, e.trigger.end,
    e.rule,
  ];
}

/** Write a header record and one record per event to `out` (records without terminator); returns the event count. */
export function writeCsv(events: Iterable<CodedEvent>, out: (line: string) => void): number {
  out(csvRecord(CSV_COLUMNS));
  let n = 0;
  for (const e of events) {
    out(csvRecord(eventToCsvValues(e)));
    n++;
  }
  return n;
}

/** Parse RFC 4180 text (CRLF or LF records, quoted fields may hold line breaks) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // byte order mark written by some spreadsheet tools
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else quoted = false;
    } else if (c === '"') {
      if (field !== '') throw new EventwireError('EW_ERR_INPUT', `CSV: stray double quote in an unquoted field (record ${rows.length + 1})`);
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (quoted) throw new EventwireError('EW_ERR_INPUT', `CSV: quoted field not closed at end of input (record ${rows.length + 1})`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
