import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc, type Doc } from '../src/model/doc.js';
import { createCoder, type Coder, type CoderOptions } from '../src/run/coder.js';

let shipped: Coder | null = null;

/** The coder over the shipped dictionaries, built once per test process. */
export function shippedCoder(): Coder {
  shipped ??= createCoder();
  return shipped;
}

/** A coder over only the given dictionary text (written to a temp folder). */
export function coderWith(dictText: string, syntax: 'parse' | 'order' = 'parse', opts: Omit<CoderOptions, 'syntax' | 'dictionaries' | 'builtin'> = {}): Coder {
  const dir = mkdtempSync(join(tmpdir(), 'ew-dict-'));
  writeFileSync(join(dir, 'test.dict'), dictText);
  return createCoder({ ...opts, builtin: false, dictionaries: [dir], syntax });
}

/** Code a text with a coder at a fixed publication date. */
export function codeText(coder: Coder, text: string, published = '2024-07-25', id = 'test'): Doc {
  return coder.code(createDoc({ id, raw: text, published }));
}

/** Events as compact strings "SRC CODE TGT" for readable assertions. */
export function triples(doc: Doc): string[] {
  return doc.events.map((e) => `${e.source?.code ?? '-'} ${e.code} ${e.target?.code ?? '-'}`);
}

/** Actor mentions as "text=CODE" (names the dictionaries lack left out: see unknownNamesOf). */
export function actorsOf(doc: Doc): string[] {
  return doc.actors.filter((a) => a.kind !== 'compound' && a.kind !== 'unknown' && !a.locative).map((a) => `${doc.text.slice(a.start, a.end)}=${a.actor.code}`);
}

/** Names kept without a code because no dictionary entry covers them. */
export function unknownNamesOf(doc: Doc): string[] {
  return doc.actors.filter((a) => a.kind === 'unknown').map((a) => doc.text.slice(a.start, a.end));
}
