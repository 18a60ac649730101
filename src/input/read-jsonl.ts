import type { InputDoc, InputProblem } from './input-doc.js';
import { normalizePublished } from './published-date.js';

/** Where records come from: the input's display name and the base used for ids of records without one. */
export interface RecordSource {
  input: string;
  idBase: string;
}

// Feeds name the publication date differently; the first present one wins.
const PUBLISHED_FIELDS = ['published', 'date', 'publish_date', 'published_at', 'datePublished', 'pubDate'];

/** Read JSON Lines: one record a line; a broken line becomes a problem and the other lines are still read. */
export function* readJsonlRecords(text: string, from: RecordSource): Generator<InputDoc | InputProblem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const lineNo = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield problem(from, lineNo, `line ${lineNo}`, 'EW_INPUT_BAD_JSON', `bad JSON: ${shorten((err as Error).message)}`);
      continue;
    }
    yield recordToDoc(value, from, lineNo, `line ${lineNo}`, `${from.idBase}:${lineNo}`);
  }
}

/** Read a .json file: an array of records or one record; text that is not one JSON value is read as JSON Lines. */
export function* readJsonRecords(text: string, from: RecordSource): Generator<InputDoc | InputProblem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    yield* readJsonlRecords(text, from);
    return;
  }
  if (!Array.isArray(value)) {
    yield recordToDoc(value, from, undefined, '', from.idBase);
    return;
  }
  for (let i = 0; i < value.length; i++) yield recordToDoc(value[i], from, undefined, `item ${i + 1}`, `${from.idBase}:${i + 1}`);
}

/** Turn one parsed JSON value into an input doc, or a problem when it is not a record with text or html. */
function recordToDoc(value: unknown, from: RecordSource, line: number | undefined, place: string, fallbackId: string): InputDoc | InputProblem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return problem(from, line, place, 'EW_INPUT_BAD_JSON', `expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  const text = nonEmptyString(record.text);
  const html = text === undefined ? nonEmptyString(record.html) : undefined;
  if (text === undefined && html === undefined) {
    return problem(from, line, place, 'EW_INPUT_NO_TEXT', 'has neither a "text" nor an "html" field with content');
  }
  const id = typeof record.id === 'number' ? String(record.id) : nonEmptyString(record.id) ?? fallbackId;
  const publishedField = PUBLISHED_FIELDS.find((field) => record[field] !== undefined && record[field] !== null);
  const doc: InputDoc = {
    id,
    raw: (text ?? html)!,
    format: text !== undefined ? 'jsonl' : 'html',
    published: publishedField ? normalizePublished(record[publishedField]) : null,
    origin: line === undefined ? { input: from.input } : { input: from.input, line },
  };
  const url = nonEmptyString(record.url);
  const source = nonEmptyString(record.source);
  const title = nonEmptyString(record.title);
  if (url) doc.url = url;
  if (source) doc.source = source;
  if (title) doc.title = title;
  return doc;
}

function problem(from: RecordSource, line: number | undefined, place: string, code: string, what: string): InputProblem {
  const message = `${from.input}${place ? ` ${place}` : ''}: ${what}`;
  return line === undefined ? { input: from.input, code, message } : { input: from.input, line, code, message };
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function shorten(message: string): string {
  return message.length > 160 ? `${message.slice(0, 157)}...` : message;
}
