/**
 * Beam search over arc-eager transitions (Zhang & Clark 2008; Zhang & Nivre 2011). Every item is a
 * full parse state; each step expands every item by its valid actions, scores them by the sum of the
 * transition scores so far and keeps the best `width`. Arc-eager pushes and pops each word exactly
 * once, so every item finishes after 2n steps and the beam stays in step. Relation labels are chosen
 * greedily per arc by the label classifier (they feed later features but not the beam score).
 * With `record`, the beam keeps every item's features and back-pointers, which is what the
 * max-violation training in beam-train.ts needs.
 */
import { ParseState, LEFT, RIGHT, N_ACTIONS } from './transition.js';
import { actionFeatures, MAX_ACTION_FEATURES } from './features.js';
import type { SentenceAtoms } from './atoms.js';
import type { Scorer } from './perceptron.js';
import { Scratch, predictLabel } from './decode.js';

export class Beam {
  readonly width: number;
  /** Items of the current step, best first, and their total scores. */
  items: ParseState[];
  scores: Float64Array;
  size = 0;
  /** Steps taken in the current sentence. */
  step = 0;
  private spare: ParseState[];
  private spareScores: Float64Array;
  private readonly candItem: Int32Array;
  private readonly candAction: Int32Array;
  private readonly candScore: Float64Array;
  private readonly order: Int32Array;
  private readonly actionScores = new Float32Array(N_ACTIONS);

  /** With recording on: features of item j at step s start at ((s * width) + j) * MAX_ACTION_FEATURES. */
  readonly record: boolean;
  feats = new Int32Array(0);
  featCount = new Int32Array(0);
  /** For item i at step s >= 1: the index of its parent at step s - 1 and the action that made it. */
  parent = new Int32Array(0);
  action = new Int32Array(0);

  constructor(width: number, record = false) {
    this.width = width;
    this.record = record;
    this.items = Array.from({ length: width }, () => new ParseState());
    this.spare = Array.from({ length: width }, () => new ParseState());
    this.scores = new Float64Array(width);
    this.spareScores = new Float64Array(width);
    this.candItem = new Int32Array(width * N_ACTIONS);
    this.candAction = new Int32Array(width * N_ACTIONS);
    this.candScore = new Float64Array(width * N_ACTIONS);
    this.order = new Int32Array(width * N_ACTIONS);
  }

  reset(n: number): void {
    this.items[0].reset(n);
    this.scores[0] = 0;
    this.size = 1;
    this.step = 0;
    if (this.record) {
      const slots = (2 * n + 1) * this.width;
      if (this.featCount.length < slots) {
        this.feats = new Int32Array(slots * 2 * MAX_ACTION_FEATURES);
        this.featCount = new Int32Array(slots * 2);
        this.parent = new Int32Array(slots * 2);
        this.action = new Int32Array(slots * 2);
      }
    }
  }

  isTerminal(): boolean {
    return this.items[0].isTerminal();
  }

  /** Expands every item by its valid actions and keeps the best `width` successors. */
  advance(atoms: SentenceAtoms, actions: Scorer, labels: Scorer, rootLabel: number, scratch: Scratch): void {
    const { width, record, actionScores } = this;
    let cands = 0;
    for (let j = 0; j < this.size; j++) {
      const state = this.items[j];
      const count = actionFeatures(state, atoms, scratch.keys);
      if (record) {
        const slot = this.step * width + j;
        this.feats.set(scratch.keys.subarray(0, count), slot * MAX_ACTION_FEATURES);
        this.featCount[slot] = count;
      }
      actions.score(scratch.keys, count, actionScores);
      for (let a = 0; a < N_ACTIONS; a++) {
        if (!state.isValid(a)) continue;
        this.candItem[cands] = j;
        this.candAction[cands] = a;
        this.candScore[cands] = this.scores[j] + actionScores[a];
        cands++;
      }
    }
    // Insertion sort of at most 4 * width candidates, best first; ties keep expansion order.
    const order = this.order;
    for (let c = 0; c < cands; c++) {
      let p = c;
      while (p > 0 && this.candScore[order[p - 1]] < this.candScore[c]) {
        order[p] = order[p - 1];
        p--;
      }
      order[p] = c;
    }
    const kept = Math.min(width, cands);
    const next = this.spare;
    for (let i = 0; i < kept; i++) {
      const c = order[i];
      const from = this.items[this.candItem[c]];
      const a = this.candAction[c];
      let label = -1;
      if (a === LEFT || a === RIGHT) label = predictLabel(from, atoms, from.arcHead(a), from.arcDependent(a), labels, rootLabel, scratch);
      next[i].copyFrom(from);
      next[i].apply(a, label);
      this.spareScores[i] = this.candScore[c];
      if (record) {
        this.parent[(this.step + 1) * width + i] = this.candItem[c];
        this.action[(this.step + 1) * width + i] = a;
      }
    }
    this.spare = this.items;
    this.items = next;
    const s = this.scores;
    this.scores = this.spareScores;
    this.spareScores = s;
    this.size = kept;
    this.step++;
  }
}
