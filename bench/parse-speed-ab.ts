/**
 * Compares the parse speed of two model files in one process, alternating rounds so that other load on
 * the machine hits both alike (absolute words/s on a shared machine swing by 2x; the ratio does not).
 *   npx tsx bench/parse-speed-ab.ts A.bin.gz B.bin.gz [FILE.conllu]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../src/stages/parse/conllu.js';
import { tagWords } from '../src/stages/parse/wink-tags.js';
import { Parser } from '../src/stages/parse/parser.js';
import { loadModel } from '../src/stages/parse/model-io.js';

const [pathA, pathB, file] = process.argv.slice(2);
if (pathA === undefined || pathB === undefined) throw new Error('usage: parse-speed-ab.ts A.bin.gz B.bin.gz [FILE.conllu]');
const here = fileURLToPath(new URL('.', import.meta.url));
const sentences = readConllu(file ?? resolve(here, '../../shared/ud/en_ewt-ud-test.conllu')).map((s) => ({ words: s.words, tags: tagWords(s.words).tags }));
const words = sentences.reduce((sum, s) => sum + s.words.length, 0);
const a = new Parser(loadModel(pathA));
const b = new Parser(loadModel(pathB));

function rate(parser: Parser): number {
  const started = performance.now();
  for (const s of sentences) parser.parse(s.words, s.tags);
  return words / ((performance.now() - started) / 1000);
}

rate(a);
rate(b);
const ra: number[] = [];
const rb: number[] = [];
for (let round = 0; round < 9; round++) {
  ra.push(rate(a));
  rb.push(rate(b));
}
const median = (x: number[]): number => [...x].sort((p, q) => p - q)[x.length >> 1];
console.log(`A ${Math.round(median(ra)).toLocaleString('en')} words/s   B ${Math.round(median(rb)).toLocaleString('en')} words/s   B/A ${(median(rb) / median(ra)).toFixed(2)}`);
