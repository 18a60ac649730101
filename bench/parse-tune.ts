/**
 * Chooses training settings without touching EWT test: trains on PUD + four fifths of EWT dev and
 * scores the held-out fifth (every fifth sentence), reporting held-out tag accuracy, UAS/LAS and speed.
 *   npx tsx bench/parse-tune.ts
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../src/stages/parse/conllu.js';
import { buildModel, DEFAULT_SETTINGS } from '../src/stages/parse/build-model.js';
import { modelFromData } from '../src/stages/parse/model-io.js';
import { Parser } from '../src/stages/parse/parser.js';
import { tagWords } from '../src/stages/parse/wink-tags.js';
import { trainTagger, refineTags, MAX_TAG_FEATURES } from '../src/stages/parse/tagger.js';
import { LabelTable } from '../src/stages/parse/tables.js';
import { SentenceAtoms, UPOS } from '../src/stages/parse/atoms.js';
import { quantizeRows } from '../src/stages/parse/model-io.js';
import { corpusSentences } from '../scripts/word-clusters.js';
import { ClusterTable, learnClusters } from '../src/stages/parse/word-clusters.js';
import { scoreParses, formatParseEval } from '../src/eval/parse.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const udDir = process.env.UD_DIR ?? resolve(here, '../../shared/ud');
const dev = readConllu(resolve(udDir, 'en_ewt-ud-dev.conllu'));
const pud = readConllu(resolve(udDir, 'en_pud-ud-test.conllu'));
const fold = Number(process.env.FOLD ?? 0);
const heldOut = dev.filter((_, i) => i % 5 === fold);
const train = [...dev.filter((_, i) => i % 5 !== fold), ...pud];

const unlabeled = corpusSentences(resolve(udDir, '../corpus'));
const clusterTable = new ClusterTable(learnClusters([...unlabeled, ...train.map((s) => s.words)], DEFAULT_SETTINGS.clusters));
if (process.env.TAGONLY) {
  // Tagger alone: much faster, for choosing the tagger's features.
  const t = trainTagger(train.map((s) => ({ words: s.words, winkTags: tagWords(s.words).tags, goldTags: s.upos })), DEFAULT_SETTINGS.tagger.epochs, DEFAULT_SETTINGS.tagger.seed, clusterTable);
  const table = new LabelTable(UPOS.length, quantizeRows(t.averaged(0)));
  const atoms = new SentenceAtoms(clusterTable);
  let hits = 0, count = 0, wink = 0;
  for (const s of heldOut) {
    const w = tagWords(s.words).tags;
    atoms.load(s.words, w);
    refineTags(atoms, table, new Int32Array(MAX_TAG_FEATURES), new Float32Array(UPOS.length));
    for (let i = 0; i < s.words.length; i++, count++) {
      if (UPOS[atoms.tag[i]] === s.upos[i]) hits++;
      if (w[i] === s.upos[i]) wink++;
    }
  }
  console.log(`fold ${fold}: held-out tags ${(100 * hits / count).toFixed(2)} (wink ${(100 * wink / count).toFixed(2)}), ${count} words`);
  process.exit(0);
}

const started = performance.now();
// SETTINGS='{"parser":{"pruneBelow":0.5}}' overrides the defaults for one run.
const override = JSON.parse(process.env.SETTINGS ?? '{}');
const settings = { ...DEFAULT_SETTINGS, parser: { ...DEFAULT_SETTINGS.parser, ...override.parser }, tagger: { ...DEFAULT_SETTINGS.tagger, ...override.tagger } };
const model = buildModel(train, unlabeled, settings, process.env.VERBOSE ? (m) => console.log(m) : undefined);
const trainSeconds = (performance.now() - started) / 1000;
const parser = new Parser(modelFromData(model));
const tagged = heldOut.map((gold) => ({ gold, tags: tagWords(gold.words).tags }));
const result = scoreParses(tagged, parser);
let tagHits = 0;
let tagCount = 0;
for (const { gold, tags } of tagged) {
  const refined = parser.refinedTags(gold.words, tags);
  for (let i = 0; i < gold.words.length; i++, tagCount++) if (refined[i] === gold.upos[i]) tagHits++;
}
const t0 = performance.now();
let words = 0;
for (let r = 0; r < 10; r++) for (const { gold, tags } of tagged) words += parser.parse(gold.words, tags).heads.length;
const rate = words / ((performance.now() - t0) / 1000);
console.log(`fold ${fold} held-out EWT dev: tags ${(100 * tagHits / tagCount).toFixed(2)}  UAS ${(100 * result.uas).toFixed(2)}  LAS ${(100 * result.las).toFixed(2)}  (${result.tokens} words)  ${Math.round(rate)} words/s  train ${trainSeconds.toFixed(1)} s  rows ${model.actions.keys.length}+${model.labelRows.keys.length}+${model.tagRows.keys.length}`);
if (process.env.VERBOSE) console.log(formatParseEval(result));
