/**
 * The whole training recipe in one place, shared by scripts/train-parser.ts (which trains on all of
 * EWT dev + PUD) and bench/parse-tune.ts (which holds part of EWT dev out to choose settings):
 * wink tags, the jackknifed tagger, then the parser on the tagger's noisy output.
 */
import type { ConlluSentence } from './conllu.js';
import { tagWords } from './wink-tags.js';
import { trainParser, type TrainSentence } from './train.js';
import { jackknifeTags, trainTagger } from './tagger.js';
import { LabelTable } from './tables.js';
import { UPOS } from './atoms.js';
import { quantizeRows, type ModelData } from './model-io.js';
import { ClusterTable, learnClusters, type ClusterOptions } from './word-clusters.js';

export interface BuildSettings {
  parser: { epochs: number; seed: number; exploreFrom: number; exploreProb: number; pruneBelow: number };
  tagger: { epochs: number; folds: number; seed: number };
  clusters: ClusterOptions;
}

/** Settings chosen on a held-out fifth of EWT dev (bench/parse-tune.ts). */
export const DEFAULT_SETTINGS: BuildSettings = {
  parser: { epochs: 15, seed: 20240501, exploreFrom: 1, exploreProb: 0.9, pruneBelow: 0 },
  tagger: { epochs: 10, folds: 10, seed: 7 },
  clusters: { minCount: 3, contexts: 400, iterations: 12 },
};

/**
 * `unlabeled` is extra running text (token lists) for the word classes; the training treebanks'
 * own sentences are always added to it.
 */
export function buildModel(gold: ConlluSentence[], unlabeled: string[][], settings: BuildSettings, log?: (m: string) => void): ModelData {
  const wordClusters = learnClusters([...unlabeled, ...gold.map((s) => s.words)], settings.clusters);
  const clusters = new ClusterTable(wordClusters);
  log?.(`${wordClusters.keys.length} words clustered`);
  const tagged = gold.map((s) => ({ words: s.words, winkTags: tagWords(s.words).tags, goldTags: s.upos }));
  const toScorer = (t: ReturnType<typeof trainTagger>) => new LabelTable(UPOS.length, quantizeRows(t.averaged(0)));
  const { epochs, folds, seed } = settings.tagger;
  const refined = jackknifeTags(tagged, folds, epochs, seed, toScorer, clusters);
  const tagRows = quantizeRows(trainTagger(tagged, epochs, seed, clusters).averaged(0));
  const sentences: TrainSentence[] = gold.map((s, i) => ({
    words: s.words, winkTags: tagged[i].winkTags, tags: refined[i], heads: s.heads, rels: s.rels,
  }));
  log?.(`tagger trained; parser training on ${sentences.length} sentences`);
  const trained = trainParser(sentences, { ...settings.parser, clusters, log });
  return { ...trained, tagRows, clusters: wordClusters, info: { ...trained.info, tagger: settings.tagger, clusters: settings.clusters } };
}
