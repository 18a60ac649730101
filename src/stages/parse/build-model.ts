/**
 * The whole training recipe in one place, shared by scripts/train-parser.ts (which trains on all of
 * EWT dev + PUD) and bench/parse-tune.ts (which holds part of EWT dev out to choose settings):
 * wink tags, the jackknifed tagger, then the parser on the tagger's noisy output.
 */
import type { ConlluSentence } from './conllu.js';
import { harmoniseAgents } from './harmonise.js';
import { tagWords } from './wink-tags.js';
import { trainParser, type TrainSentence, type ParserSettings, type TrainOptions } from './train.js';
import { jackknifeTags, trainTagger } from './tagger.js';
import { LabelTable, type SparseRows } from './tables.js';
import { UPOS } from './atoms.js';
import { quantizeRows, type ModelData } from './model-io.js';
import { ClusterTable, learnClusters, type ClusterOptions, type WordClusters } from './word-clusters.js';

export interface BuildSettings {
  parser: ParserSettings;
  tagger: { epochs: number; folds: number; seed: number };
  clusters: ClusterOptions;
}

/** Settings chosen on held-out fifths of EWT dev (bench/parse-tune.ts). */
export const DEFAULT_SETTINGS: BuildSettings = {
  parser: { epochs: 15, seed: 20240501, exploreFrom: 1, exploreProb: 0.9, pruneBelow: 1, labelPruneBelow: 1, beamWidth: 1, ensemble: 2 },
  tagger: { epochs: 10, folds: 10, seed: 7 },
  clusters: { minCount: 3, contexts: 400, iterations: 12 },
};

/** Everything the parser's training needs besides its own settings: classes, tagger, noisy tags. */
export interface PreparedTraining {
  wordClusters: WordClusters;
  tagRows: SparseRows;
  sentences: TrainSentence[];
}

/**
 * `unlabeled` is extra running text (token lists) for the word classes; the training treebanks'
 * own sentences are always added to it.
 */
export function prepareTraining(treebank: ConlluSentence[], unlabeled: string[][], settings: BuildSettings, log?: (m: string) => void): PreparedTraining {
  const gold = treebank.map(harmoniseAgents);
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
  return { wordClusters, tagRows, sentences };
}

/** Trains the parser on prepared data and assembles the model. */
export function finishModel(prepared: PreparedTraining, settings: BuildSettings, log?: (m: string) => void, afterEpoch?: TrainOptions['afterEpoch']): ModelData {
  const { wordClusters, tagRows, sentences } = prepared;
  log?.(`tagger trained; parser training on ${sentences.length} sentences`);
  const trained = trainParser(sentences, { ...settings.parser, clusters: new ClusterTable(wordClusters), log, afterEpoch });
  return { ...trained, tagRows, clusters: wordClusters, info: { ...trained.info, tagger: settings.tagger, clusters: settings.clusters } };
}

export function buildModel(gold: ConlluSentence[], unlabeled: string[][], settings: BuildSettings, log?: (m: string) => void): ModelData {
  return finishModel(prepareTraining(gold, unlabeled, settings, log), settings, log);
}
