/**
 * Parser speed on the sentences the pipeline actually parses: news sentences from the shared corpus
 * (bench/corpus.ts) that the parse stage chose to parse when the whole corpus is coded (any token
 * got a `rel`). Those average ~31 tokens, far longer than UD EWT's ~12 (bench/parse-speed.ts).
 * Times Parser.parse alone on them over several rounds (one core) and prints tokens/s by wall clock
 * and by process CPU time, plus a checksum of every head, relation and refined tag, so that a
 * speed change can be shown not to change the output.
 *   npx tsx bench/parse-news-speed.ts [ROUNDS] [--sentences FILE]
 * With --sentences, the sentences are read from FILE if it exists and written to it otherwise, so
 * that two versions of the parser can be compared on the same sentences while the rest of the
 * pipeline (which decides what gets parsed) changes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpus } from './corpus.js';
import { createCoder } from '../src/run/coder.js';
import { createDoc } from '../src/model/doc.js';
import { loadParser } from '../src/stages/parse/parser.js';

const args = process.argv.slice(2);
const fileAt = args.indexOf('--sentences');
const file = fileAt >= 0 ? args.splice(fileAt, 2)[1] : undefined;
const rounds = Number(args[0] ?? 7);

type Sentence = { words: string[]; tags: string[] };

// The parsed sentences: words and wink tags, exactly as the parse stage passes them.
function collect(): Sentence[] {
  const coder = createCoder();
  const out: Sentence[] = [];
  for (const a of loadCorpus()) {
    const doc = coder.code(createDoc({ id: a.id, raw: a.text, published: a.published }));
    for (const s of doc.sentences) {
      const ts = doc.tokens.slice(s.tokenStart, s.tokenEnd);
      if (ts.some((t) => t.rel)) out.push({ words: ts.map((t) => t.text), tags: ts.map((t) => t.pos) });
    }
  }
  return out;
}

const collectStart = performance.now();
const cached = file !== undefined && existsSync(file);
const sentences: Sentence[] = cached ? JSON.parse(readFileSync(file, 'utf8')) : collect();
if (file !== undefined && !cached) writeFileSync(file, JSON.stringify(sentences));
const tokens = sentences.reduce((sum, s) => sum + s.words.length, 0);
const collectSeconds = (performance.now() - collectStart) / 1000;
console.log(`${sentences.length} parsed news sentences, ${tokens} tokens, avg ${(tokens / sentences.length).toFixed(1)} (${cached ? `read from ${file}` : 'collected'} in ${collectSeconds.toFixed(1)} s)`);

const parser = loadParser();

// Output identity: FNV-1a over every head, relation id and refined tag, in sentence order.
function checksum(): string {
  let h = 0x811c9dc5;
  const add = (v: number): void => { h = Math.imul(h ^ v, 0x01000193); };
  const relId = new Map(parser.labels.map((l, i) => [l, i]));
  const tagIds = new Map<string, number>();
  for (const s of sentences) {
    const { heads, rels } = parser.parse(s.words, s.tags);
    for (let i = 0; i < heads.length; i++) { add(heads[i]); add(relId.get(rels[i]) ?? -2); }
    for (const t of parser.refinedTags(s.words, s.tags)) {
      if (!tagIds.has(t)) tagIds.set(t, tagIds.size + 1);
      add(tagIds.get(t)! * 7919 + t.length);
      for (let c = 0; c < t.length; c++) add(t.charCodeAt(c));
    }
    add(-1);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
console.log(`checksum (heads, rels, refined tags): ${checksum()}`);

// Warm-up, then timed rounds; odd rounds run the sentences in reverse so order effects average out.
for (const s of sentences) parser.parse(s.words, s.tags);
const wall: number[] = [];
const cpu: number[] = [];
let sink = 0;
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  if (r % 2 === 0) for (let i = 0; i < sentences.length; i++) sink += parser.parse(sentences[i].words, sentences[i].tags).heads[0];
  else for (let i = sentences.length - 1; i >= 0; i--) sink += parser.parse(sentences[i].words, sentences[i].tags).heads[0];
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  wall.push(tokens / seconds);
  cpu.push(tokens / ((c.user + c.system) / 1e6));
}
const fmt = (xs: number[]): string => xs.map((x) => Math.round(x / 1000) + 'k').join(' ');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`rounds (wall tokens/s): ${fmt(wall)}`);
console.log(`rounds (CPU tokens/s):  ${fmt(cpu)}`);
console.log(`parse: median ${Math.round(median(wall)).toLocaleString('en')} tokens/s wall, best ${Math.round(Math.max(...wall)).toLocaleString('en')}; median ${Math.round(median(cpu)).toLocaleString('en')} tokens/s CPU   (sink ${sink})`);
