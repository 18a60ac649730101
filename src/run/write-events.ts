import type { Doc } from '../model/doc.js';
import type { CodedEvent } from '../model/event.js';
import { EventwireError } from '../model/errors.js';
import { eventToJson } from '../formats/jsonl.js';
import { CSV_COLUMNS, csvRecord, eventToCsvValues, CSV_EOL } from '../formats/csv.js';
import { gdeltRow } from '../formats/gdelt.js';
import { formatTable } from '../formats/table.js';

/** Output formats the CLI writes. */
export const FORMATS = ['jsonl', 'json', 'csv', 'gdelt', 'table'] as const;
/** One of FORMATS. */
export type Format = (typeof FORMATS)[number];

/** A streaming writer: begin, one call per coded doc, end. */
export interface EventWriter {
  doc(doc: Doc): void;
  end(): void;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Make a writer for a format that sends text to `out` (line by line, without newlines). */
export function eventWriter(format: string, out: (line: string) => void, names?: (code: string) => string | undefined): EventWriter {
  switch (format) {
    case 'jsonl':
      return { doc: (d) => d.events.forEach((e) => out(JSON.stringify(eventToJson(e)))), end: () => {} };
    case 'json': {
      const all: unknown[] = [];
      return { doc: (d) => all.push(...d.events.map(eventToJson)), end: () => out(JSON.stringify(all, null, 2)) };
    }
    case 'csv':
      out(csvRecord(CSV_COLUMNS).replace(/\r\n$/, '').replace(CSV_EOL, ''));
      return { doc: (d) => d.events.forEach((e) => out(csvRecord(eventToCsvValues(e)).replace(/\r?\n$/, ''))), end: () => {} };
    case 'gdelt': {
      const added = stamp(new Date());
      return { doc: (d) => d.events.forEach((e) => out(gdeltRow(e, { url: d.url ?? null, published: d.published, dateAdded: added }))), end: () => {} };
    }
    case 'table': {
      const all: CodedEvent[] = [];
      return { doc: (d) => all.push(...d.events), end: () => out(formatTable(all, names)) };
    }
    default:
      throw new EventwireError('EW_ERR_OPTION', `--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  }
}
