/**
 * Trains the shipped dependency parser and writes models/parser/model.bin.gz.
 *   npx tsx scripts/train-parser.ts
 * Trains on UD English EWT dev + UD English PUD only (EWT test is kept for measuring). The parser
 * is trained on wink-nlp tags, because those are what it receives at run time. Deterministic:
 * the same data and settings rebuild a byte-identical model file.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../src/stages/parse/conllu.js';
import { buildModel, DEFAULT_SETTINGS } from '../src/stages/parse/build-model.js';
import { saveModel } from '../src/stages/parse/model-io.js';
import { corpusSentences } from './word-clusters.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const udDir = process.env.UD_DIR ?? resolve(root, '../shared/ud');
const corpusDir = process.env.CORPUS_DIR ?? resolve(root, '../shared/corpus');
const outPath = resolve(root, 'models/parser/model.bin.gz');

const started = performance.now();
const gold = ['en_ewt-ud-dev.conllu', 'en_pud-ud-test.conllu'].flatMap((file) => readConllu(resolve(udDir, file)));
const words = gold.reduce((sum, s) => sum + s.words.length, 0);
console.log(`training on ${gold.length} sentences, ${words} words`);
const unlabeled = corpusSentences(corpusDir);
const model = buildModel(gold, unlabeled, DEFAULT_SETTINGS, (m) => console.log(m));
model.info = {
  ...model.info,
  data: ['UD_English-EWT en_ewt-ud-dev.conllu', 'UD_English-PUD en_pud-ud-test.conllu'],
  unlabeled: 'shared/corpus/**/*.jsonl text (Wikinews 2019-2020, VOA sample) for word classes',
  sentences: gold.length,
  words,
};
mkdirSync(dirname(outPath), { recursive: true });
saveModel(outPath, model);
const seconds = (performance.now() - started) / 1000;
console.log(`wrote ${outPath}: ${(statSync(outPath).size / 1e6).toFixed(2)} MB, ${model.actions.keys.length} + ${model.labelRows.keys.length} rows, ${seconds.toFixed(1)} s`);
