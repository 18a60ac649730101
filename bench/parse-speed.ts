/**
 * Parsing throughput on UD English EWT test, repeated to about a million words, on one core.
 * Tagging is done once up front and excluded; the baseline in the same run is wink-nlp's own
 * readDoc + part-of-speech pass over the same sentences, so the ratio survives machine changes.
 *   npx tsx bench/parse-speed.ts [FILE.conllu]
 *   BEAM=4 npx tsx bench/parse-speed.ts        decode with a beam of 4 instead of the model's default
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readConllu } from '../src/stages/parse/conllu.js';
import { tagWords } from '../src/stages/parse/wink-tags.js';
import { loadParser } from '../src/stages/parse/parser.js';

const TARGET_WORDS = 1_000_000;
const here = fileURLToPath(new URL('.', import.meta.url));
const file = process.argv[2] ?? resolve(here, '../../shared/ud/en_ewt-ud-test.conllu');
const sentences = readConllu(file).map((s) => ({ words: s.words, tags: tagWords(s.words).tags }));
const words = sentences.reduce((sum, s) => sum + s.words.length, 0);
const rounds = Math.ceil(TARGET_WORDS / words);

const loadStart = performance.now();
const beamWidth = process.env.BEAM === undefined ? undefined : Number(process.env.BEAM);
const parser = loadParser(undefined, { beamWidth });
const loadMs = performance.now() - loadStart;

// One warm-up pass lets the JIT settle before anything is timed.
for (const s of sentences) parser.parse(s.words, s.tags);
let checksum = 0;
const parseStart = performance.now();
for (let r = 0; r < rounds; r++) for (const s of sentences) checksum += parser.parse(s.words, s.tags).heads[0];
const parseSeconds = (performance.now() - parseStart) / 1000;
const parseRate = (words * rounds) / parseSeconds;

const nlp = winkNLP(model);
const texts = sentences.map((s) => s.words.join(' '));
const tagRounds = Math.max(1, Math.ceil(rounds / 4));
for (const t of texts) nlp.readDoc(t).tokens().out(nlp.its.pos);
const tagStart = performance.now();
for (let r = 0; r < tagRounds; r++) for (const t of texts) checksum += nlp.readDoc(t).tokens().out(nlp.its.pos).length;
const tagSeconds = (performance.now() - tagStart) / 1000;
const tagRate = (words * tagRounds) / tagSeconds;

console.log(`model load: ${loadMs.toFixed(0)} ms`);
console.log(`parse${beamWidth === undefined ? '' : ` (beam ${beamWidth})`}: ${(words * rounds).toLocaleString('en')} words in ${parseSeconds.toFixed(2)} s = ${Math.round(parseRate).toLocaleString('en')} words/s`);
console.log(`baseline wink-nlp readDoc + pos: ${(words * tagRounds).toLocaleString('en')} words in ${tagSeconds.toFixed(2)} s = ${Math.round(tagRate).toLocaleString('en')} words/s`);
console.log(`ratio parse / wink tagging: ${(parseRate / tagRate).toFixed(2)}x   (checksum ${checksum})`);
