/**
 * Feature extraction: Zhang & Nivre (2011) templates for the transition classifier and a
 * head/dependent set for the label classifier, written as integer hashes (see hash.ts).
 */
import type { ParseState } from './transition.js';
import type { SentenceAtoms } from './atoms.js';
import { combine as mix, templateRows, hashTemplates } from './hash.js';

/** Label atom for "no word here" / "no label yet". */
const LABEL_NONE = 99;

/** Word index, or the "no word" index when absent (-1). */
function or(none: number, i: number): number {
  return i < 0 ? none : i;
}

function labelOf(labels: Int32Array, n: number, i: number): number {
  return i < 0 || i >= n || labels[i] < 0 ? LABEL_NONE : labels[i];
}

function bucket(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

function cap(v: number): number {
  return v < 4 ? v : 4;
}

/** Upper bounds on the features one call writes, for sizing the key buffers. */
export const MAX_ACTION_FEATURES = 96;
export const MAX_LABEL_FEATURES = 48;

// Templates are (id, atom slots) rows over a per-call vector of atoms, hashed in one loop
// (hash.ts hashTemplates). Slot 0 (TEMPLATE_ZERO) always holds 0, the unused-argument value.
const S0W = 1, S0P = 2, B0W = 3, B0P = 4, B1W = 5, B1P = 6, B2W = 7, B2P = 8, DIST = 9;
const S0VR = 10, S0VL = 11, B0VL = 12, S0H_W = 13, S0H_P = 14, S0_LAB = 15, S0L_W = 16, S0L_P = 17;
const S0L_LAB = 18, S0R1_W = 19, S0R1_P = 20, S0R1_LAB = 21, B0L_W = 22, B0L_P = 23, B0L_LAB = 24;
const S0H2_P = 25, S0H_LAB = 26, S0L2_P = 27, S0L2_LAB = 28, S0R2_P = 29, S0R2_LAB = 30, B0L2_P = 31;
const B0L2_LAB = 32, S0SR = 33, S0SL = 34, B0SL = 35, S0_SUF = 36, B0_SUF = 37, B1_SUF = 38;
const S0_SHAPE = 39, B0_SHAPE = 40, S1_P = 41, S1_W = 42, S0_HAS_HEAD = 43, B0M1_P = 44, S0P1_P = 45;
const ACTION_ATOMS = 46;

/** Template id, then up to four atom slots. */
const ACTION_TEMPLATES: ReadonlyArray<readonly number[]> = [
  // Single words.
  [0, S0W, S0P], [1, S0W], [2, S0P], [3, B0W, B0P], [4, B0W], [5, B0P],
  [6, B1W, B1P], [7, B1W], [8, B1P], [9, B2W, B2P], [10, B2W], [11, B2P],
  // Word pairs.
  [12, S0W, S0P, B0W, B0P], [13, S0W, S0P, B0W], [14, S0W, B0W, B0P], [15, S0W, S0P, B0P],
  [16, S0P, B0W, B0P], [17, S0W, B0W], [18, S0P, B0P], [19, B0P, B1P],
  // Tag triples.
  [20, B0P, B1P, B2P], [21, S0P, B0P, B1P], [22, S0H_P, S0P, B0P], [23, S0P, S0L_P, B0P],
  [24, S0P, S0R1_P, B0P], [25, S0P, B0P, B0L_P],
  // Distance.
  [26, S0W, DIST], [27, S0P, DIST], [28, B0W, DIST], [29, B0P, DIST], [30, S0W, B0W, DIST], [31, S0P, B0P, DIST],
  // Valency.
  [32, S0W, S0VR], [33, S0P, S0VR], [34, S0W, S0VL], [35, S0P, S0VL], [36, B0W, B0VL], [37, B0P, B0VL],
  // Second-order: head of s0, outermost children.
  [38, S0H_W], [39, S0H_P], [40, S0_LAB], [41, S0L_W], [42, S0L_P], [43, S0L_LAB],
  [44, S0R1_W], [45, S0R1_P], [46, S0R1_LAB], [47, B0L_W], [48, B0L_P], [49, B0L_LAB],
  // Third-order.
  [51, S0H2_P], [52, S0H_LAB], [54, S0L2_P], [55, S0L2_LAB], [57, S0R2_P], [58, S0R2_LAB],
  [60, B0L2_P], [61, B0L2_LAB], [62, S0P, S0L_P, S0L2_P], [63, S0P, S0R1_P, S0R2_P],
  [64, S0P, S0H_P, S0H2_P], [65, B0P, B0L_P, B0L2_P],
  // Label sets.
  [66, S0W, S0SR], [67, S0P, S0SR], [68, S0W, S0SL], [69, S0P, S0SL], [70, B0W, B0SL], [71, B0P, B0SL],
  // Beyond Zhang & Nivre: suffixes and shapes stand in for the words a small treebank never saw,
  // and the second stack word and s0's attachment status help the LEFT/REDUCE versus SHIFT choice.
  [72, S0_SUF, S0P], [73, B0_SUF, B0P], [74, B1_SUF, B1P], [75, S0_SHAPE, S0P], [76, B0_SHAPE, B0P],
  [77, S1_P, S0P, B0P], [78, S1_W, S1_P], [79, S0_HAS_HEAD, S0P, B0P], [80, S0_HAS_HEAD, S0P, B0P, DIST],
  [81, B0M1_P, B0P, S0P], [82, S0P, S0P1_P, B0P],
  [83], // bias
];

const ACTION_ROWS = templateRows(ACTION_TEMPLATES);
const ACTION_COUNT = ACTION_TEMPLATES.length;
const actionAtoms = new Int32Array(ACTION_ATOMS);

/** Fills `out` with the transition-classifier features of the state; returns how many. */
export function actionFeatures(st: ParseState, at: SentenceAtoms, out: Int32Array): number {
  const n = at.n;
  const none = n + 1;
  const W = at.word;
  const P = at.tag;
  const L = st.labels;
  const s0r = st.s0();
  const s0 = or(none, s0r);
  const s1 = or(none, st.s1());
  const b0 = st.b0;
  const b1 = b0 + 1 <= at.n ? b0 + 1 : none;
  const b2 = b0 + 2 <= at.n ? b0 + 2 : none;
  const hasS0 = s0r >= 0;
  const s0h = or(none, hasS0 ? st.heads[s0r] : -1);
  const s0h2 = or(none, hasS0 && s0h < at.n ? st.heads[s0h] : -1);
  const s0l = or(none, hasS0 ? st.lc1[s0r] : -1);
  const s0l2 = or(none, hasS0 ? st.lc2[s0r] : -1);
  const s0r1 = or(none, hasS0 ? st.rc1[s0r] : -1);
  const s0r2 = or(none, hasS0 ? st.rc2[s0r] : -1);
  const b0l = or(none, st.lc1[b0]);
  const b0l2 = or(none, st.lc2[b0]);

  const v = actionAtoms;
  v[S0W] = W[s0];
  v[S0P] = P[s0];
  v[B0W] = W[b0];
  v[B0P] = P[b0];
  v[B1W] = W[b1];
  v[B1P] = P[b1];
  v[B2W] = W[b2];
  v[B2P] = P[b2];
  v[DIST] = hasS0 ? bucket(b0 - s0r) : 0;
  v[S0VR] = hasS0 ? cap(st.nRight[s0r]) : 9;
  v[S0VL] = hasS0 ? cap(st.nLeft[s0r]) : 9;
  v[B0VL] = cap(st.nLeft[b0]);
  v[S0H_W] = W[s0h];
  v[S0H_P] = P[s0h];
  v[S0_LAB] = labelOf(L, n, s0r);
  v[S0L_W] = W[s0l];
  v[S0L_P] = P[s0l];
  v[S0L_LAB] = labelOf(L, n, s0l);
  v[S0R1_W] = W[s0r1];
  v[S0R1_P] = P[s0r1];
  v[S0R1_LAB] = labelOf(L, n, s0r1);
  v[B0L_W] = W[b0l];
  v[B0L_P] = P[b0l];
  v[B0L_LAB] = labelOf(L, n, b0l);
  v[S0H2_P] = P[s0h2];
  v[S0H_LAB] = labelOf(L, n, s0h);
  v[S0L2_P] = P[s0l2];
  v[S0L2_LAB] = labelOf(L, n, s0l2);
  v[S0R2_P] = P[s0r2];
  v[S0R2_LAB] = labelOf(L, n, s0r2);
  v[B0L2_P] = P[b0l2];
  v[B0L2_LAB] = labelOf(L, n, b0l2);
  v[S0SR] = hasS0 ? mix(st.rightSetLo[s0r], st.rightSetHi[s0r]) : 9;
  v[S0SL] = hasS0 ? mix(st.leftSetLo[s0r], st.leftSetHi[s0r]) : 9;
  v[B0SL] = mix(st.leftSetLo[b0], st.leftSetHi[b0]);
  v[S0_SUF] = at.suffix[s0];
  v[B0_SUF] = at.suffix[b0];
  v[B1_SUF] = at.suffix[b1];
  v[S0_SHAPE] = at.shape[s0];
  v[B0_SHAPE] = at.shape[b0];
  v[S1_P] = P[s1];
  v[S1_W] = W[s1];
  v[S0_HAS_HEAD] = hasS0 && st.heads[s0r] >= 0 ? 1 : 0;
  v[B0M1_P] = P[or(none, b0 - 1)];
  v[S0P1_P] = P[s0r < at.n - 1 && hasS0 ? s0r + 1 : none];
  return hashTemplates(ACTION_ROWS, ACTION_COUNT, v, out);
}

// Label-classifier atom slots.
const L_DIR = 1, L_HW = 2, L_HP = 3, L_DW = 4, L_DP = 5, L_DIST = 6, L_DEP_SUF = 7, L_HEAD_SUF = 8;
const L_DEP_SHAPE = 9, L_DL1_W = 10, L_DL1_LAB = 11, L_DSL = 12, L_DSR = 13, L_HEAD_LAB = 14, L_HH_P = 15;
const L_HSL = 16, L_HSR = 17, L_PREV_W = 18, L_PREV_P = 19;
const LABEL_ATOMS = 20;

const LABEL_TEMPLATES: ReadonlyArray<readonly number[]> = [
  [100, L_DIR], [101, L_HP, L_DIR], [102, L_DP, L_DIR], [103, L_HW, L_DIR], [104, L_DW, L_DIR],
  [105, L_HW, L_HP, L_DIR], [106, L_DW, L_DP, L_DIR], [107, L_HP, L_DP, L_DIR], [108, L_HW, L_DP, L_DIR],
  [109, L_HP, L_DW, L_DIR], [110, L_HW, L_DW, L_DIR], [111, L_HP, L_DP, L_DIR, L_DIST],
  [112, L_DEP_SUF, L_DP, L_DIR], [113, L_HEAD_SUF, L_HP, L_DIR], [114, L_DEP_SHAPE, L_DP, L_DIR],
  // The dependent's own left children carry its function: "by" (case) -> obl:agent,
  // "who"/"that" -> acl:relcl, "to" (mark) -> xcomp, aux:pass -> nsubj:pass on the head's side.
  [115, L_DL1_W, L_DIR], [116, L_DL1_W, L_HP, L_DP], [117, L_DL1_LAB, L_DP, L_DIR],
  [119, L_DSL, L_DP, L_DIR], [120, L_DSL, L_HP, L_DP, L_DIR], [121, L_DSR, L_DP, L_DIR],
  // The head's context: its own relation and what it already governs (a second nominal after an
  // nsubj tends to be obj; a clause under a noun is acl).
  [123, L_HEAD_LAB, L_HP, L_DP], [124, L_HH_P, L_HP, L_DP], [125, L_HSL, L_DP, L_DIR],
  [126, L_HSR, L_DP, L_DIR], [127, L_HSL, L_HP, L_DP, L_DIR], [128, L_PREV_W, L_DP, L_DIR],
  [129, L_PREV_P, L_DP, L_HP],
];

const LABEL_ROWS = templateRows(LABEL_TEMPLATES);
const LABEL_COUNT = LABEL_TEMPLATES.length;
const labelAtoms = new Int32Array(LABEL_ATOMS);

/** Fills `out` with the label-classifier features for a new arc head -> dep; returns how many. */
export function labelFeatures(st: ParseState, at: SentenceAtoms, head: number, dep: number, out: Int32Array): number {
  const n = at.n;
  const none = n + 1;
  const W = at.word;
  const P = at.tag;
  const dl1 = or(none, st.lc1[dep]);
  const hh = or(none, head < at.n ? st.heads[head] : -1);
  const prev = or(none, dep - 1);
  const v = labelAtoms;
  v[L_DIR] = dep < head ? 1 : 2;
  v[L_HW] = W[head];
  v[L_HP] = P[head];
  v[L_DW] = W[dep];
  v[L_DP] = P[dep];
  v[L_DIST] = bucket(dep < head ? head - dep : dep - head);
  v[L_DEP_SUF] = at.suffix[dep];
  v[L_HEAD_SUF] = at.suffix[head];
  v[L_DEP_SHAPE] = at.shape[dep];
  v[L_DL1_W] = W[dl1];
  v[L_DL1_LAB] = labelOf(st.labels, n, dl1);
  v[L_DSL] = mix(st.leftSetLo[dep], st.leftSetHi[dep]);
  v[L_DSR] = mix(st.rightSetLo[dep], st.rightSetHi[dep]);
  v[L_HEAD_LAB] = labelOf(st.labels, n, head);
  v[L_HH_P] = P[hh];
  v[L_HSL] = mix(st.leftSetLo[head], st.leftSetHi[head]);
  v[L_HSR] = mix(st.rightSetLo[head], st.rightSetHi[head]);
  v[L_PREV_W] = W[prev];
  v[L_PREV_P] = P[prev];
  return hashTemplates(LABEL_ROWS, LABEL_COUNT, v, out);
}
