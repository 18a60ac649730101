/**
 * A fixed-width text table of coded events for reading in a terminal: one line per event with its
 * date, source, CAMEO code (and short name when a lookup is given), target, factuality, place and
 * trigger text. Columns are as wide as their widest cell up to a cap; longer cells end in "…".
 * Control characters and line breaks inside cells become spaces so each event stays on one line.
 */
import type { CodedEvent } from '../model/event.js';
import { EventwireError } from '../model/errors.js';

/** Finds a CAMEO code's name: a function, or a map such as the one `loadCameoTable` returns. */
export type CodeNames = ((code: string) => string | undefined | null) | ReadonlyMap<string, { name: string }>;

/** Options for the event table. */
export interface TableOptions {
  /** Adds the code's name after the code ("190 Use conventional military force"). */
  names?: CodeNames;
  /** Widest a cell may be before it is cut with "…" (default 28; the trigger gets twice that). */
  maxCell?: number;
  /** Leave out the header and rule lines. */
  noHeader?: boolean;
}

interface Column {
  title: string;
  cell: (e: CodedEvent) => string;
  wide?: boolean; // gets twice the cap: the trigger text is the cell people read
}

const ELLIPSIS = '…';

function dateCell(e: CodedEvent): string {
  const { value, precision, rangeEnd } = e.date;
  if (!value) return '';
  if (precision === 'range') return `${value}..${rangeEnd ?? ''}`;
  // A date taken from the publication date is an assumption, not something the text said.
  return e.date.from === 'published' ? `${value}~` : value;
}

function actorCell(a: CodedEvent['source']): string {
  if (!a) return '';
  return a.code || a.name; // an unknown actor has a name but an empty code
}

function nameOf(names: CodeNames | undefined, code: string): string {
  if (!names) return '';
  const name = typeof names === 'function' ? names(code) : names.get(code)?.name;
  return name ?? '';
}

function columns(options: TableOptions): Column[] {
  return [
    { title: 'date', cell: dateCell },
    { title: 'source', cell: (e) => actorCell(e.source) },
    { title: 'code', cell: (e) => [e.code, nameOf(options.names, e.code)].filter(Boolean).join(' ') },
    { title: 'target', cell: (e) => actorCell(e.target) },
    { title: 'factuality', cell: (e) => e.factuality.value },
    { title: 'place', cell: (e) => (e.place ? e.place.name : '') },
    { title: 'trigger', cell: (e) => e.trigger.text, wide: true },
  ];
}

/** Code points, so that cutting never splits a surrogate pair. */
function chars(s: string): string[] {
  return Array.from(s);
}

/** Cut `s` to at most `width` characters, ending in "…" when cut. */
export function truncateCell(s: string, width: number): string {
  const c = chars(s);
  if (c.length <= width) return s;
  if (width <= 0) return '';
  return c.slice(0, width - 1).join('') + ELLIPSIS;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - chars(s).length));
}

function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/** Render events as table lines (header, rule, one line per event; no terminators). */
export function formatTableLines(events: Iterable<CodedEvent>, options: TableOptions = {}): string[] {
  const cap = options.maxCell ?? 28;
  if (!Number.isInteger(cap) || cap < 2) throw new EventwireError('EW_ERR_OPTION', `table maxCell must be an integer of at least 2, got ${cap}`);
  const cols = columns(options);
  const rows: string[][] = [];
  for (const e of events) {
    rows.push(cols.map((c) => truncateCell(oneLine(c.cell(e)), c.wide ? cap * 2 : cap)));
  }
  const widths = cols.map((c, i) => Math.max(options.noHeader ? 0 : c.title.length, ...rows.map((r) => chars(r[i]).length)));
  const line = (cells: string[]) => cells.map((s, i) => (i === cells.length - 1 ? s : pad(s, widths[i]))).join('  ').trimEnd();
  const out: string[] = [];
  if (!options.noHeader) {
    out.push(line(cols.map((c) => c.title)));
    out.push(line(widths.map((w) => '-'.repeat(w))));
  }
  for (const r of rows) out.push(line(r));
  return out;
}

/** Render events as one table string (lines joined with \n, no final newline); `names` adds CAMEO names. */
export function formatTable(events: Iterable<CodedEvent>, names?: CodeNames, options: TableOptions = {}): string {
  return formatTableLines(events, { ...options, names: names ?? options.names }).join('\n');
}

/** Write the event table to `out`, one line at a time (no terminators); returns the event count. */
export function writeTable(events: Iterable<CodedEvent>, out: (line: string) => void, options: TableOptions = {}): number {
  const lines = formatTableLines(events, options);
  for (const l of lines) out(l);
  return lines.length - (options.noHeader ? 0 : 2);
}
