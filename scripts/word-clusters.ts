/**
 * The unlabeled text the word clusters are learned from (see src/stages/parse/word-clusters.ts):
 * the news corpus's article texts and the training treebanks' sentences, never EWT test.
 * Run directly to look at the classes:  npx tsx scripts/word-clusters.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../src/stages/parse/conllu.js';
import { learnClusters, tokenize, wordKey } from '../src/stages/parse/word-clusters.js';
import { DEFAULT_SETTINGS } from '../src/stages/parse/build-model.js';


/** Sentences (as token lists) from every *.jsonl 'text' under corpusDir, in sorted file order. */
export function corpusSentences(corpusDir: string): string[][] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = resolve(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.jsonl')) files.push(p);
    }
  };
  walk(corpusDir);
  const out: string[][] = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = String(JSON.parse(line).text ?? '');
      // Lines and sentence ends are good enough boundaries for neighbour counts.
      for (const piece of text.split(/\n+|(?<=[.!?])\s+(?=[A-Z"“])/)) {
        const tokens = tokenize(piece);
        if (tokens.length > 0) out.push(tokens);
      }
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const shared = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared');
  const treebank = ['en_ewt-ud-dev.conllu', 'en_pud-ud-test.conllu'].flatMap((f) => readConllu(resolve(shared, 'ud', f)).map((s) => s.words));
  const text = [...corpusSentences(resolve(shared, 'corpus')), ...treebank];
  const started = performance.now();
  const clusters = learnClusters(text, DEFAULT_SETTINGS.clusters);
  console.log(`${text.length} sentences, ${text.reduce((s, t) => s + t.length, 0)} tokens, ${clusters.keys.length} words clustered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const byKey = new Map<number, string>();
  const freq = new Map<string, number>();
  for (const s of text) for (const w of s) freq.set(w.toLowerCase(), (freq.get(w.toLowerCase()) ?? 0) + 1);
  for (const [w] of [...freq].sort((a, b) => b[1] - a[1])) if (!byKey.has(wordKey(w))) byKey.set(wordKey(w), w);
  const members = new Map<number, string[]>();
  clusters.keys.forEach((k, i) => { const id = clusters.ids[i]; if (!members.has(id)) members.set(id, []); members.get(id)!.push(byKey.get(k) ?? '?'); });
  for (const [id, ws] of [...members].sort((a, b) => a[0] - b[0])) console.log(id, ws.length, ws.slice(0, 12).join(' '));
}
