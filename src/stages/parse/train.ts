/**
 * Training loop: greedy arc-eager parsing with a dynamic oracle and error exploration (Goldberg &
 * Nivre 2013). The first epochs follow the oracle's zero-cost actions; later ones follow the
 * model's own prediction most of the time, so it learns what to do after its own mistakes.
 * Everything random comes from one seeded generator, so the same data gives the same model.
 */
import { ParseState, LEFT, RIGHT, REDUCE, N_ACTIONS } from './transition.js';
import { actionFeatures } from './features.js';
import { SentenceAtoms, tagId } from './atoms.js';
import { TrainingTable, sumRows, type AveragedRows } from './perceptron.js';
import { actionCosts, buildGoldTree, projectivize, type GoldTree } from './oracle.js';
import { Scratch, bestValidAction, predictLabel } from './decode.js';
import { seededRandom, shuffle } from './random.js';
import { BeamTrainer } from './beam-train.js';
import { quantizeRows, type ModelData } from './model-io.js';
import type { ClusterTable } from './word-clusters.js';

export interface TrainSentence {
  words: string[];
  /** wink-nlp tags, as the parser receives them at run time. */
  winkTags: string[];
  /** Refined tags as the tag refiner would produce them (jackknifed, see tagger.ts). */
  tags: string[];
  /** Gold heads, 0-based, -1 for the root. */
  heads: Int32Array;
  rels: string[];
}

/** The parser's own training settings (build-model.ts holds the chosen values). */
export interface ParserSettings {
  epochs: number;
  seed: number;
  /** First epoch (0-based) in which the parser follows its own predictions. */
  exploreFrom: number;
  /** Probability of following the prediction rather than the oracle once exploring. */
  exploreProb: number;
  /**
   * Transition weights whose averaged magnitude is below this are dropped from the saved model. The
   * transition table is read ~160 times per word, so its size, not arithmetic, sets parsing speed:
   * halving it to fit the cache is worth more than the rare features it drops.
   */
  pruneBelow: number;
  /** The same for the relation classifier, which is read once per word (so pruning gains little there). */
  labelPruneBelow: number;
  /**
   * 1: greedy training with the dynamic oracle (exploreFrom / exploreProb apply). Above 1: beam search
   * of this width with global max-violation updates (beam-train.ts); the model then parses best with
   * the same width, which is stored in the model's info as its default.
   */
  beamWidth: number;
  /**
   * Number of parsers trained with different shuffles (seeds seed, seed + 1, ...) whose averaged
   * weights are summed into one table: a cheap ensemble that costs training time but no parse time
   * beyond the slightly larger table.
   */
  ensemble: number;
}

export interface TrainOptions extends ParserSettings {
  /** Word classes for the word atoms (word-clusters.ts). */
  clusters?: ClusterTable | null;
  log?: (message: string) => void;
  /** Called after each epoch with the averaged model so far (for tuning curves). */
  afterEpoch?: (epoch: number, model: Omit<ModelData, 'tagRows' | 'clusters'>) => void;
}

interface Prepared {
  sentence: TrainSentence;
  gold: GoldTree;
  goldLabels: Int32Array;
}

/** Trains the transition and label classifiers; the caller adds the tag refiner's rows. */
export function trainParser(sentences: TrainSentence[], options: TrainOptions): Omit<ModelData, 'tagRows' | 'clusters'> {
  if (options.epochs < 1 || options.ensemble < 1) throw new Error('EW_ERR_PARSER_TRAIN: epochs and ensemble must be at least 1');
  const labels = [...new Set(sentences.flatMap((s) => s.rels))].sort();
  if (labels.length > 64) throw new Error('EW_ERR_PARSER_TRAIN: label sets hold at most 64 labels');
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelId.get('root');
  if (rootLabel === undefined) throw new Error('EW_ERR_PARSER_TRAIN: training data has no root relation');
  const prepared: Prepared[] = sentences.map((s) => ({
    sentence: s,
    gold: buildGoldTree(projectivize(s.heads)),
    goldLabels: Int32Array.from(s.rels, (r) => labelId.get(r)!),
  }));

  const context: MemberContext = { prepared, labels, rootLabel, options };
  const members = Array.from({ length: options.ensemble }, (_, m) => trainMember(context, options.seed + m, m === 0 ? options.afterEpoch : undefined));
  const info = {
    epochs: options.epochs, beamWidth: options.beamWidth, ensemble: options.ensemble, seed: options.seed,
    exploreFrom: options.exploreFrom, exploreProb: options.exploreProb, pruneBelow: options.pruneBelow,
    labelPruneBelow: options.labelPruneBelow,
  };
  return {
    labels,
    actions: quantizeRows(sumRows(members.map((m) => m.actions))),
    labelRows: quantizeRows(sumRows(members.map((m) => m.labels))),
    info,
  };
}

interface MemberContext {
  prepared: Prepared[];
  labels: string[];
  rootLabel: number;
  options: TrainOptions;
}

/** One member of the ensemble: a full training run with its own shuffles; returns averaged rows. */
function trainMember({ prepared, labels, rootLabel, options }: MemberContext, seed: number, afterEpoch: TrainOptions['afterEpoch']): { actions: AveragedRows; labels: AveragedRows } {
  const actions = new TrainingTable(N_ACTIONS, 1 << 20);
  const labelTable = new TrainingTable(labels.length, 1 << 18);
  const random = seededRandom(seed);
  const state = new ParseState();
  const atoms = new SentenceAtoms(options.clusters ?? null);
  const scratch = new Scratch(labels.length);
  const costs = new Float64Array(N_ACTIONS);
  let inStack = new Uint8Array(256);
  const order = prepared.map((_, i) => i);

  const beam = options.beamWidth > 1 ? new BeamTrainer(options.beamWidth) : null;

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const explore = epoch >= options.exploreFrom;
    let steps = 0;
    let errors = 0;
    for (const index of order) {
      const { sentence, gold, goldLabels } = prepared[index];
      const n = sentence.words.length;
      atoms.load(sentence.words, sentence.winkTags);
      for (let i = 0; i < n; i++) atoms.tag[i] = tagId(sentence.tags[i]);
      if (beam !== null) {
        steps++;
        if (beam.train(atoms, gold, goldLabels, actions, labelTable, rootLabel, scratch)) errors++;
        actions.tick();
        continue;
      }
      state.reset(n);
      if (inStack.length < n + 1) inStack = new Uint8Array(n * 2);
      inStack.fill(0, 0, n + 1);
      while (!state.isTerminal()) {
        const count = actionFeatures(state, atoms, scratch.keys);
        actions.score(scratch.keys, count, scratch.actionScores);
        const predicted = bestValidAction(state, scratch.actionScores);
        actionCosts(state, gold, inStack, costs);
        let minCost = Infinity;
        for (let a = 0; a < N_ACTIONS; a++) minCost = Math.min(minCost, costs[a]);
        let best = -1;
        for (let a = 0; a < N_ACTIONS; a++) {
          if (costs[a] === minCost && (best < 0 || scratch.actionScores[a] > scratch.actionScores[best])) best = a;
        }
        steps++;
        if (costs[predicted] > minCost) {
          errors++;
          actions.update(scratch.keys, count, best, predicted);
        }
        actions.tick();
        const next = costs[predicted] === minCost || (explore && random() < options.exploreProb) ? predicted : best;

        let label = -1;
        if (next === LEFT || next === RIGHT) {
          const head = state.arcHead(next);
          const dep = state.arcDependent(next);
          label = predictLabel(state, atoms, head, dep, labelTable, rootLabel, scratch);
          if (head !== n && gold.heads[dep] === head) {
            const want = goldLabels[dep];
            // The root label is never predicted for a non-root arc, so there is nothing to learn here.
            if (want !== rootLabel && label !== want) labelTable.update(scratch.labelKeys, scratch.labelKeyCount, want, label);
            labelTable.tick();
          }
        }
        if (next === LEFT || next === REDUCE) inStack[state.s0()] = 0;
        else inStack[state.b0] = 1;
        state.apply(next, label);
      }
    }
    options.log?.(`epoch ${epoch + 1}: ${steps} ${beam === null ? 'steps' : 'sentences'}, ${((100 * errors) / steps).toFixed(2)}% wrong, ${actions.size} + ${labelTable.size} feature rows`);
    if (afterEpoch !== undefined) {
      afterEpoch(epoch, {
        labels,
        actions: quantizeRows(actions.averaged(options.pruneBelow)),
        labelRows: quantizeRows(labelTable.averaged(options.labelPruneBelow)),
        info: { epochs: epoch + 1 },
      });
    }
  }
  return { actions: actions.averaged(options.pruneBelow), labels: labelTable.averaged(options.labelPruneBelow) };
}
