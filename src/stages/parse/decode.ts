/**
 * Decisions shared by the trained parser and the training loop: pick the best valid transition,
 * label a new arc, and turn the final state into a single-rooted tree.
 */
import { ParseState, N_ACTIONS } from './transition.js';
import { labelFeatures, MAX_ACTION_FEATURES, MAX_LABEL_FEATURES } from './features.js';
import type { SentenceAtoms } from './atoms.js';
import type { Scorer } from './perceptron.js';

/** Scratch buffers, reused across steps so the hot loop allocates nothing. */
export class Scratch {
  keys = new Int32Array(MAX_ACTION_FEATURES);
  labelKeys = new Int32Array(MAX_LABEL_FEATURES);
  actionScores = new Float32Array(N_ACTIONS);
  labelScores: Float32Array;
  /** How many label features the last scored predictLabel call left in labelKeys. */
  labelKeyCount = 0;
  constructor(labelCount: number) {
    this.labelScores = new Float32Array(labelCount);
  }
}

export function bestValidAction(state: ParseState, scores: Float32Array): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let a = 0; a < N_ACTIONS; a++) {
    if (scores[a] > bestScore && state.isValid(a)) {
      best = a;
      bestScore = scores[a];
    }
  }
  return best;
}

/**
 * Label for the arc head -> dep. Arcs from the artificial root always get `root`; no other arc may.
 * Leaves the feature keys in scratch.labelKeys for training updates.
 */
export function predictLabel(
  state: ParseState, atoms: SentenceAtoms, head: number, dep: number,
  labels: Scorer, rootLabel: number, scratch: Scratch,
): number {
  if (head === state.n) return rootLabel;
  const count = labelFeatures(state, atoms, head, dep, scratch.labelKeys);
  scratch.labelKeyCount = count;
  labels.score(scratch.labelKeys, count, scratch.labelScores);
  let best = rootLabel === 0 ? 1 : 0;
  for (let l = 0; l < labels.classes; l++) {
    if (l !== rootLabel && scratch.labelScores[l] > scratch.labelScores[best]) best = l;
  }
  return best;
}

/**
 * Arc-eager with the root at the end can attach several words to the root. UD wants one: keep the
 * leftmost (the main clause comes first in the vast majority of English sentences) and hang the
 * others from it with whatever label the classifier prefers.
 */
export function singleRoot(state: ParseState, atoms: SentenceAtoms, labels: Scorer, rootLabel: number, scratch: Scratch): void {
  const n = state.n;
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (state.heads[i] !== n) continue;
    if (first < 0) {
      first = i;
      continue;
    }
    state.heads[i] = first;
    state.labels[i] = predictLabel(state, atoms, first, i, labels, rootLabel, scratch);
  }
}
