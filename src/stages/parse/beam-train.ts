/**
 * Global training for the beam parser: a structured perceptron over whole transition sequences with
 * max-violation updates (Huang, Fayong & Guo 2012). The beam runs to the end of the sentence while
 * the gold sequence (the static oracle's, see goldAction) is scored alongside; at the step where the
 * best beam item beats the gold prefix by the most, the gold prefix's features are rewarded and the
 * best item's penalised. Unlike early update this uses every sentence fully, which converges faster.
 * The label classifier is trained locally, on the gold sequence's arcs.
 */
import { ParseState, LEFT, RIGHT, REDUCE, N_ACTIONS } from './transition.js';
import { actionFeatures, MAX_ACTION_FEATURES } from './features.js';
import type { SentenceAtoms } from './atoms.js';
import type { TrainingTable } from './perceptron.js';
import { goldAction, type GoldTree } from './oracle.js';
import { Scratch, predictLabel } from './decode.js';
import { Beam } from './beam.js';

export class BeamTrainer {
  private readonly beam: Beam;
  private readonly gold = new ParseState();
  private goldFeats = new Int32Array(0);
  private goldCount = new Int32Array(0);
  private goldActions = new Int32Array(0);
  private isGold = new Uint8Array(0);
  private nextGold = new Uint8Array(0);
  private inStack = new Uint8Array(0);
  private readonly costs = new Float64Array(N_ACTIONS);
  private readonly scores = new Float32Array(N_ACTIONS);

  constructor(width: number) {
    this.beam = new Beam(width, true);
    this.isGold = new Uint8Array(width);
    this.nextGold = new Uint8Array(width);
  }

  /** One sentence: returns true when the weights were updated. */
  train(
    atoms: SentenceAtoms, tree: GoldTree, goldLabels: Int32Array,
    actions: TrainingTable, labels: TrainingTable, rootLabel: number, scratch: Scratch,
  ): boolean {
    const n = atoms.n;
    const steps = 2 * n;
    this.followGold(atoms, tree, goldLabels, labels, rootLabel, scratch);

    const beam = this.beam;
    const width = beam.width;
    beam.reset(n);
    this.isGold[0] = 1;
    let goldScore = 0;
    let worst = 0;
    let worstStep = -1;
    for (let step = 0; step < steps; step++) {
      beam.advance(atoms, actions, labels, rootLabel, scratch);
      actions.score(this.goldFeats.subarray(step * MAX_ACTION_FEATURES), this.goldCount[step], this.scores);
      goldScore += this.scores[this.goldActions[step]];
      for (let i = 0; i < beam.size; i++) {
        const p = beam.parent[(step + 1) * width + i];
        this.nextGold[i] = this.isGold[p] === 1 && beam.action[(step + 1) * width + i] === this.goldActions[step] ? 1 : 0;
      }
      this.isGold.set(this.nextGold);
      const violation = beam.scores[0] - goldScore;
      if (this.isGold[0] === 0 && violation >= worst) {
        worst = violation;
        worstStep = step + 1;
      }
    }
    if (worstStep < 0) return false;

    for (let s = 0; s < worstStep; s++) actions.add(this.goldFeats, s * MAX_ACTION_FEATURES, this.goldCount[s], this.goldActions[s], 1);
    for (let s = worstStep, i = 0; s > 0; s--) {
      const a = beam.action[s * width + i];
      i = beam.parent[s * width + i];
      const slot = (s - 1) * width + i;
      actions.add(beam.feats, slot * MAX_ACTION_FEATURES, beam.featCount[slot], a, -1);
    }
    return true;
  }

  /**
   * Runs the static oracle from the empty state, keeping each step's features and action, and trains
   * the label classifier on every gold arc along the way.
   */
  private followGold(atoms: SentenceAtoms, tree: GoldTree, goldLabels: Int32Array, labels: TrainingTable, rootLabel: number, scratch: Scratch): void {
    const n = atoms.n;
    const steps = 2 * n;
    if (this.goldCount.length < steps) {
      this.goldFeats = new Int32Array(steps * 2 * MAX_ACTION_FEATURES);
      this.goldCount = new Int32Array(steps * 2);
      this.goldActions = new Int32Array(steps * 2);
      this.inStack = new Uint8Array(steps * 2 + 2);
    }
    const g = this.gold;
    g.reset(n);
    this.inStack.fill(0, 0, n + 1);
    for (let step = 0; step < steps; step++) {
      const count = actionFeatures(g, atoms, scratch.keys);
      this.goldFeats.set(scratch.keys.subarray(0, count), step * MAX_ACTION_FEATURES);
      this.goldCount[step] = count;
      const a = goldAction(g, tree, this.inStack, this.costs);
      this.goldActions[step] = a;
      let label = -1;
      if (a === LEFT || a === RIGHT) {
        const head = g.arcHead(a);
        const dep = g.arcDependent(a);
        if (head === n) {
          label = rootLabel;
        } else {
          label = goldLabels[dep];
          const guess = predictLabel(g, atoms, head, dep, labels, rootLabel, scratch);
          if (label !== rootLabel && guess !== label) labels.update(scratch.labelKeys, scratch.labelKeyCount, label, guess);
          labels.tick();
        }
      }
      if (a === LEFT || a === REDUCE) this.inStack[g.s0()] = 0;
      else this.inStack[g.b0] = 1;
      g.apply(a, label);
    }
  }
}
