/**
 * Chooses training settings without touching EWT test: for each fold f, trains on PUD + four fifths
 * of EWT dev and scores the held-out fifth (sentences i with i % 5 === f), then prints the mean over
 * the folds (all five by default: one fifth alone is ~4.4k words, too few to see a 0.5-point change).
 *   npx tsx bench/parse-tune.ts                      all five folds
 *   FOLDS=0,2 SETTINGS='{"parser":{"epochs":20}}' npx tsx bench/parse-tune.ts
 *   TAGONLY=1 npx tsx bench/parse-tune.ts            tag refiner alone (fast; VERBOSE=1 adds confusions)
 *   CURVE=1 / LABELS=1 / BEAM=k                      scores per epoch / relation confusions / decode width
 * The tagging step (word classes, wink, jackknifed refiner) is cached under $TMPDIR keyed by its
 * settings and source files, so parser-only experiments skip it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../src/stages/parse/conllu.js';
import { harmoniseAgents } from '../src/stages/parse/harmonise.js';
import { DEFAULT_SETTINGS, finishModel, prepareTraining, type BuildSettings, type PreparedTraining } from '../src/stages/parse/build-model.js';
import { modelFromData, quantizeRows, type ModelData } from '../src/stages/parse/model-io.js';
import { Parser } from '../src/stages/parse/parser.js';
import { tagWords } from '../src/stages/parse/wink-tags.js';
import { trainTagger, refineTags, MAX_TAG_FEATURES } from '../src/stages/parse/tagger.js';
import { LabelTable } from '../src/stages/parse/tables.js';
import { SentenceAtoms, UPOS } from '../src/stages/parse/atoms.js';
import { corpusSentences } from '../scripts/word-clusters.js';
import { ClusterTable, learnClusters } from '../src/stages/parse/word-clusters.js';
import { scoreParses, formatParseEval } from '../src/eval/parse.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const udDir = process.env.UD_DIR ?? resolve(here, '../../shared/ud');
const dev = readConllu(resolve(udDir, 'en_ewt-ud-dev.conllu'));
const pud = readConllu(resolve(udDir, 'en_pud-ud-test.conllu'));
const folds = (process.env.FOLDS ?? process.env.FOLD ?? '0,1,2,3,4').split(',').map(Number);
const unlabeled = corpusSentences(resolve(udDir, '../corpus'));

// SETTINGS='{"parser":{"pruneBelow":0.5}}' overrides the defaults for one run.
const override = JSON.parse(process.env.SETTINGS ?? '{}') as Partial<Record<keyof BuildSettings, object>>;
const settings: BuildSettings = {
  parser: { ...DEFAULT_SETTINGS.parser, ...override.parser },
  tagger: { ...DEFAULT_SETTINGS.tagger, ...override.tagger },
  clusters: { ...DEFAULT_SETTINGS.clusters, ...override.clusters },
};

// BEAM=k decodes with width k instead of the width the model was trained with.
const decodeOptions = process.env.BEAM === undefined ? {} : { beamWidth: Number(process.env.BEAM) };

function split(fold: number) {
  // Harmonised here as well as in prepareTraining, because a cached tagging step reuses these rels.
  return { heldOut: dev.filter((_, i) => i % 5 === fold), train: [...dev.filter((_, i) => i % 5 !== fold), ...pud].map(process.env.NOHARM ? (s) => s : harmoniseAgents) };
}

const confusions = new Map<string, number>();

/** Tag-refiner accuracy alone: much faster, for choosing the tagger's features. */
function tagOnly(fold: number): [number, number] {
  const { heldOut, train } = split(fold);
  const clusterTable = new ClusterTable(learnClusters([...unlabeled, ...train.map((s) => s.words)], settings.clusters));
  const t = trainTagger(train.map((s) => ({ words: s.words, winkTags: tagWords(s.words).tags, goldTags: s.upos })), settings.tagger.epochs, settings.tagger.seed, clusterTable);
  const table = new LabelTable(UPOS.length, quantizeRows(t.averaged(0)));
  const atoms = new SentenceAtoms(clusterTable);
  let hits = 0, count = 0, wink = 0;
  for (const s of heldOut) {
    const w = tagWords(s.words).tags;
    atoms.load(s.words, w);
    refineTags(atoms, table, new Int32Array(MAX_TAG_FEATURES), new Float32Array(UPOS.length));
    for (let i = 0; i < s.words.length; i++, count++) {
      if (UPOS[atoms.tag[i]] === s.upos[i]) hits++;
      else if (process.env.EXAMPLES && (s.upos[i] + UPOS[atoms.tag[i]]).includes(process.env.EXAMPLES)) console.log(`  ${s.upos[i]}->${UPOS[atoms.tag[i]]} (wink ${w[i]}): ${s.words.slice(Math.max(0, i - 4), i).join(' ')} [${s.words[i]}] ${s.words.slice(i + 1, i + 4).join(' ')}`);
      if (UPOS[atoms.tag[i]] !== s.upos[i]) confusions.set(`${s.upos[i]} -> ${UPOS[atoms.tag[i]]}`, (confusions.get(`${s.upos[i]} -> ${UPOS[atoms.tag[i]]}`) ?? 0) + 1);
      if (w[i] === s.upos[i]) wink++;
    }
  }
  console.log(`fold ${fold}: held-out tags ${(100 * hits / count).toFixed(2)} (wink ${(100 * wink / count).toFixed(2)}), ${count} words`);
  return [hits, count];
}

/** The tagging step for one fold, from the cache when its inputs have not changed. */
function prepared(fold: number, train: typeof dev): PreparedTraining {
  const sources = ['tagger.ts', 'atoms.ts', 'word-clusters.ts', 'hash.ts', 'wink-tags.ts', 'tables.ts', 'model-io.ts', 'build-model.ts']
    .map((f) => readFileSync(resolve(here, '../src/stages/parse', f), 'utf8'));
  const key = createHash('sha256').update(JSON.stringify([fold, settings.tagger, settings.clusters, sources])).digest('hex').slice(0, 16);
  const dir = resolve(tmpdir(), 'eventwire-parse-tune');
  const path = resolve(dir, `fold${fold}-${key}.json`);
  if (existsSync(path)) {
    const c = JSON.parse(readFileSync(path, 'utf8'));
    return {
      wordClusters: { keys: Int32Array.from(c.ck), ids: Uint16Array.from(c.ci) },
      tagRows: { keys: Int32Array.from(c.tk), rowLen: Uint8Array.from(c.tl), cls: Uint8Array.from(c.tc), val: Int16Array.from(c.tv) },
      sentences: train.map((s, i) => ({ words: s.words, winkTags: c.wink[i], tags: c.tags[i], heads: s.heads, rels: s.rels })),
    };
  }
  const p = prepareTraining(train, unlabeled, settings);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, JSON.stringify({
    ck: [...p.wordClusters.keys], ci: [...p.wordClusters.ids],
    tk: [...p.tagRows.keys], tl: [...p.tagRows.rowLen], tc: [...p.tagRows.cls], tv: [...p.tagRows.val],
    wink: p.sentences.map((s) => s.winkTags), tags: p.sentences.map((s) => s.tags),
  }));
  return p;
}

if (process.env.TAGONLY) {
  let hits = 0, count = 0;
  for (const f of folds) { const [h, c] = tagOnly(f); hits += h; count += c; }
  console.log(`mean held-out tags ${(100 * hits / count).toFixed(2)}`);
  if (process.env.VERBOSE) console.log([...confusions].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${k}: ${v}`).join('\n'));
  process.exit(0);
}

const confusionCost = new Map<string, [number, number]>();
const pooled = new Map<string, { gold: number; pred: number; correct: number }>();
let uasHits = 0, lasHits = 0, tokens = 0, tagHits = 0, tagCount = 0, seconds = 0, words = 0, parseSeconds = 0;
for (const fold of folds) {
  const { heldOut, train } = split(fold);
  const p = prepared(fold, train);
  const tagged = heldOut.map((gold) => ({ gold, tags: tagWords(gold.words).tags }));
  // CURVE=1 scores the held-out fold after every epoch, to choose the number of epochs.
  const afterEpoch = process.env.CURVE === undefined ? undefined : (epoch: number, m: Omit<ModelData, 'tagRows' | 'clusters'>) => {
    const r = scoreParses(tagged, new Parser(modelFromData({ ...m, tagRows: p.tagRows, clusters: p.wordClusters }), decodeOptions));
    console.log(`  fold ${fold} epoch ${epoch + 1}: UAS ${(100 * r.uas).toFixed(2)}  LAS ${(100 * r.las).toFixed(2)}`);
  };
  const started = performance.now();
  const model = finishModel(p, settings, process.env.VERBOSE ? (m) => console.log(m) : undefined, afterEpoch);
  const trainSeconds = (performance.now() - started) / 1000;
  const parser = new Parser(modelFromData(model), decodeOptions);
  const result = scoreParses(tagged, parser);
  let th = 0, tc = 0;
  for (const { gold, tags } of tagged) {
    const refined = parser.refinedTags(gold.words, tags);
    for (let i = 0; i < gold.words.length; i++, tc++) if (refined[i] === gold.upos[i]) th++;
  }
  const t0 = performance.now();
  let w = 0;
  for (let r = 0; r < 10; r++) for (const { gold, tags } of tagged) w += parser.parse(gold.words, tags).heads.length;
  const ps = (performance.now() - t0) / 1000;
  console.log(`fold ${fold} held-out EWT dev: tags ${(100 * th / tc).toFixed(2)}  UAS ${(100 * result.uas).toFixed(2)}  LAS ${(100 * result.las).toFixed(2)}  (${result.tokens} words)  ${Math.round(w / ps)} words/s  parser training ${trainSeconds.toFixed(1)} s  rows ${model.actions.keys.length}+${model.labelRows.keys.length}+${model.tagRows.keys.length}`);
  if (process.env.VERBOSE) console.log(formatParseEval(result));
  if (process.env.LABELS) {
    // Relation confusions among correctly attached words: where LAS loses to UAS.
    const wrong = new Map<string, number>();
    for (const { gold, tags } of tagged) {
      const out = parser.parse(gold.words, tags);
      for (let i = 0; i < gold.words.length; i++) {
        if (gold.upos[i] === 'PUNCT' || out.heads[i] !== gold.heads[i] || out.rels[i] === gold.rels[i]) continue;
        const k = `${gold.rels[i]} -> ${out.rels[i]}`;
        wrong.set(k, (wrong.get(k) ?? 0) + 1);
      }
    }
    console.log([...wrong].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k}: ${v}`).join('\n'));
  }
  if (process.env.ATTACH) {
    // Attachment errors by gold relation, and UAS for words whose own refined tag is right or wrong.
    const errs = new Map<string, number>();
    let okTag = 0, okTagHit = 0, badTag = 0, badTagHit = 0, nearBad = 0, nearBadHit = 0;
    for (const { gold, tags } of tagged) {
      const out = parser.parse(gold.words, tags);
      const refined = parser.refinedTags(gold.words, tags);
      for (let i = 0; i < gold.words.length; i++) {
        if (gold.upos[i] === 'PUNCT') continue;
        const hit = out.heads[i] === gold.heads[i];
        const tagRight = refined[i] === gold.upos[i];
        const h = gold.heads[i];
        const headTagRight = h < 0 || refined[h] === gold.upos[h];
        if (!tagRight) {
          badTag++; if (hit) badTagHit++;
          const k = `${gold.upos[i]}->${refined[i]}`;
          const c = confusionCost.get(k) ?? [0, 0];
          c[0]++; if (!hit) c[1]++;
          confusionCost.set(k, c);
        }
        else if (!headTagRight) { nearBad++; if (hit) nearBadHit++; }
        else { okTag++; if (hit) okTagHit++; }
        if (!hit) errs.set(gold.rels[i], (errs.get(gold.rels[i]) ?? 0) + 1);
      }
    }
    console.log(`UAS own tag wrong ${(100 * badTagHit / badTag).toFixed(1)} (${badTag}), head tag wrong ${(100 * nearBadHit / nearBad).toFixed(1)} (${nearBad}), both right ${(100 * okTagHit / okTag).toFixed(1)} (${okTag})`);
    console.log([...errs].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k}: ${v}`).join('  '));
  }
  for (const [rel, r] of Object.entries(result.relations)) {
    const c = pooled.get(rel) ?? { gold: 0, pred: 0, correct: 0 };
    c.gold += r.gold; c.pred += r.pred; c.correct += r.correct;
    pooled.set(rel, c);
  }
  uasHits += result.uas * result.tokens; lasHits += result.las * result.tokens; tokens += result.tokens;
  tagHits += th; tagCount += tc; seconds += trainSeconds; words += w; parseSeconds += ps;
}
console.log(`MEAN folds ${folds.join(',')}: tags ${(100 * tagHits / tagCount).toFixed(2)}  UAS ${(100 * uasHits / tokens).toFixed(2)}  LAS ${(100 * lasHits / tokens).toFixed(2)}  (${tokens} words)  ${Math.round(words / parseSeconds)} words/s  parser training ${(seconds / folds.length).toFixed(1)} s/fold  settings ${JSON.stringify(settings.parser)}`);
// Event-carrying relations pooled over the folds (F1 with gold and predicted counts).
console.log([...pooled].map(([rel, c]) => {
  const p = c.pred > 0 ? c.correct / c.pred : 0;
  const r = c.gold > 0 ? c.correct / c.gold : 0;
  return `${rel} ${(p + r > 0 ? (200 * p * r) / (p + r) : 0).toFixed(1)}`;
}).join('  '));
if (process.env.ATTACH) console.log('tag confusions (count, own attachment errors): ' + [...confusionCost].sort((a, b) => b[1][1] - a[1][1]).slice(0, 20).map(([k, [n, e]]) => `${k} ${n}/${e}`).join('  '));
