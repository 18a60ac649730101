// Loads the shared news corpus (read in place, never copied) as plain texts for the benchmarks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One article of the corpus. */
export interface Article {
  id: string;
  text: string;
  published: string | null;
}

/** Where the shared corpus lives relative to the project root. */
export const CORPUS_DIR = new URL('../../shared/corpus/', import.meta.url).pathname;

/** Read every article of every JSONL file under the corpus folder. */
export function loadCorpus(dir = CORPUS_DIR): Article[] {
  const out: Article[] = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(join(dir, sub.name)).filter((n) => n.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(dir, sub.name, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line);
        out.push({ id: String(r.id), text: r.text, published: (r.published ?? r.date ?? null)?.slice(0, 10) ?? null });
      }
    }
  }
  return out;
}

/** Repeat the corpus until it holds at least `bytes` of text (ids made unique per copy). */
export function repeatTo(articles: Article[], bytes: number): Article[] {
  const out: Article[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    for (const a of articles) {
      out.push({ ...a, id: `${a.id}#${copy}` });
      size += Buffer.byteLength(a.text);
      if (size >= bytes) break;
    }
  }
  return out;
}
