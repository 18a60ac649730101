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
import { tagWords } from '../src/stages/parse/wink-tags.js';
import { trainParser, type TrainSentence } from '../src/stages/parse/train.js';
import { jackknifeTags, trainTagger } from '../src/stages/parse/tagger.js';
import { LabelTable } from '../src/stages/parse/tables.js';
import { UPOS } from '../src/stages/parse/atoms.js';
import { quantizeRows, saveModel } from '../src/stages/parse/model-io.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const udDir = process.env.UD_DIR ?? resolve(root, '../shared/ud');
const outPath = resolve(root, 'models/parser/model.bin.gz');

/** Settings chosen on a held-out slice of EWT dev (see models/parser/README.md). */
const SETTINGS = { epochs: 15, seed: 20240501, exploreFrom: 1, exploreProb: 0.9, pruneBelow: 0 };
const TAGGER = { epochs: 10, folds: 10, seed: 7 };

const started = performance.now();
const gold = ['en_ewt-ud-dev.conllu', 'en_pud-ud-test.conllu'].flatMap((file) => readConllu(resolve(udDir, file)));
const tagged = gold.map((s) => ({ words: s.words, winkTags: tagWords(s.words).tags, goldTags: s.upos }));
const toScorer = (t: ReturnType<typeof trainTagger>) => new LabelTable(UPOS.length, quantizeRows(t.averaged(0)));
const refined = jackknifeTags(tagged, TAGGER.folds, TAGGER.epochs, TAGGER.seed, toScorer);
const tagRows = quantizeRows(trainTagger(tagged, TAGGER.epochs, TAGGER.seed).averaged(0));
const sentences: TrainSentence[] = gold.map((s, i) => ({
  words: s.words, winkTags: tagged[i].winkTags, tags: refined[i], heads: s.heads, rels: s.rels,
}));
const words = sentences.reduce((sum, s) => sum + s.words.length, 0);
console.log(`training on ${sentences.length} sentences, ${words} words (tagged and tag refiner trained in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

const trained = trainParser(sentences, { ...SETTINGS, log: (m) => console.log(m) });
const model = { ...trained, tagRows };
model.info = { ...model.info, tagger: TAGGER, data: ['UD_English-EWT en_ewt-ud-dev.conllu', 'UD_English-PUD en_pud-ud-test.conllu'], sentences: sentences.length, words };
mkdirSync(dirname(outPath), { recursive: true });
saveModel(outPath, model);
const seconds = (performance.now() - started) / 1000;
console.log(`wrote ${outPath}: ${(statSync(outPath).size / 1e6).toFixed(2)} MB, ${model.actions.keys.length} + ${model.labelRows.keys.length} rows, ${seconds.toFixed(1)} s`);
