/**
 * Feature extraction: Zhang & Nivre (2011) templates for the transition classifier and a
 * head/dependent set for the label classifier, written as integer hashes (see hash.ts).
 */
import type { ParseState } from './transition.js';
import type { SentenceAtoms } from './atoms.js';
import { featureKey as key, combine as mix } from './hash.js';

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
  const dist = hasS0 ? bucket(b0 - s0r) : 0;
  const s0vl = hasS0 ? cap(st.nLeft[s0r]) : 9;
  const s0vr = hasS0 ? cap(st.nRight[s0r]) : 9;
  const b0vl = cap(st.nLeft[b0]);
  const s0sl = hasS0 ? mix(st.leftSetLo[s0r], st.leftSetHi[s0r]) : 9;
  const s0sr = hasS0 ? mix(st.rightSetLo[s0r], st.rightSetHi[s0r]) : 9;
  const b0sl = mix(st.leftSetLo[b0], st.leftSetHi[b0]);
  const s0w = W[s0], s0p = P[s0], b0w = W[b0], b0p = P[b0];
  const b1w = W[b1], b1p = P[b1], b2w = W[b2], b2p = P[b2];
  const s0hasHead = hasS0 && st.heads[s0r] >= 0 ? 1 : 0;

  let k = 0;
  // Single words.
  out[k++] = key(0, s0w, s0p, 0, 0);
  out[k++] = key(1, s0w, 0, 0, 0);
  out[k++] = key(2, s0p, 0, 0, 0);
  out[k++] = key(3, b0w, b0p, 0, 0);
  out[k++] = key(4, b0w, 0, 0, 0);
  out[k++] = key(5, b0p, 0, 0, 0);
  out[k++] = key(6, b1w, b1p, 0, 0);
  out[k++] = key(7, b1w, 0, 0, 0);
  out[k++] = key(8, b1p, 0, 0, 0);
  out[k++] = key(9, b2w, b2p, 0, 0);
  out[k++] = key(10, b2w, 0, 0, 0);
  out[k++] = key(11, b2p, 0, 0, 0);
  // Word pairs.
  out[k++] = key(12, s0w, s0p, b0w, b0p);
  out[k++] = key(13, s0w, s0p, b0w, 0);
  out[k++] = key(14, s0w, b0w, b0p, 0);
  out[k++] = key(15, s0w, s0p, b0p, 0);
  out[k++] = key(16, s0p, b0w, b0p, 0);
  out[k++] = key(17, s0w, b0w, 0, 0);
  out[k++] = key(18, s0p, b0p, 0, 0);
  out[k++] = key(19, b0p, b1p, 0, 0);
  // Tag triples.
  out[k++] = key(20, b0p, b1p, b2p, 0);
  out[k++] = key(21, s0p, b0p, b1p, 0);
  out[k++] = key(22, P[s0h], s0p, b0p, 0);
  out[k++] = key(23, s0p, P[s0l], b0p, 0);
  out[k++] = key(24, s0p, P[s0r1], b0p, 0);
  out[k++] = key(25, s0p, b0p, P[b0l], 0);
  // Distance.
  out[k++] = key(26, s0w, dist, 0, 0);
  out[k++] = key(27, s0p, dist, 0, 0);
  out[k++] = key(28, b0w, dist, 0, 0);
  out[k++] = key(29, b0p, dist, 0, 0);
  out[k++] = key(30, s0w, b0w, dist, 0);
  out[k++] = key(31, s0p, b0p, dist, 0);
  // Valency.
  out[k++] = key(32, s0w, s0vr, 0, 0);
  out[k++] = key(33, s0p, s0vr, 0, 0);
  out[k++] = key(34, s0w, s0vl, 0, 0);
  out[k++] = key(35, s0p, s0vl, 0, 0);
  out[k++] = key(36, b0w, b0vl, 0, 0);
  out[k++] = key(37, b0p, b0vl, 0, 0);
  // Second-order: head of s0, outermost children.
  out[k++] = key(38, W[s0h], 0, 0, 0);
  out[k++] = key(39, P[s0h], 0, 0, 0);
  out[k++] = key(40, labelOf(L, n, s0r), 0, 0, 0);
  out[k++] = key(41, W[s0l], 0, 0, 0);
  out[k++] = key(42, P[s0l], 0, 0, 0);
  out[k++] = key(43, labelOf(L, n, s0l), 0, 0, 0);
  out[k++] = key(44, W[s0r1], 0, 0, 0);
  out[k++] = key(45, P[s0r1], 0, 0, 0);
  out[k++] = key(46, labelOf(L, n, s0r1), 0, 0, 0);
  out[k++] = key(47, W[b0l], 0, 0, 0);
  out[k++] = key(48, P[b0l], 0, 0, 0);
  out[k++] = key(49, labelOf(L, n, b0l), 0, 0, 0);
  // Third-order.
  out[k++] = key(51, P[s0h2], 0, 0, 0);
  out[k++] = key(52, labelOf(L, n, s0h), 0, 0, 0);
  out[k++] = key(54, P[s0l2], 0, 0, 0);
  out[k++] = key(55, labelOf(L, n, s0l2), 0, 0, 0);
  out[k++] = key(57, P[s0r2], 0, 0, 0);
  out[k++] = key(58, labelOf(L, n, s0r2), 0, 0, 0);
  out[k++] = key(60, P[b0l2], 0, 0, 0);
  out[k++] = key(61, labelOf(L, n, b0l2), 0, 0, 0);
  out[k++] = key(62, s0p, P[s0l], P[s0l2], 0);
  out[k++] = key(63, s0p, P[s0r1], P[s0r2], 0);
  out[k++] = key(64, s0p, P[s0h], P[s0h2], 0);
  out[k++] = key(65, b0p, P[b0l], P[b0l2], 0);
  // Label sets.
  out[k++] = key(66, s0w, s0sr, 0, 0);
  out[k++] = key(67, s0p, s0sr, 0, 0);
  out[k++] = key(68, s0w, s0sl, 0, 0);
  out[k++] = key(69, s0p, s0sl, 0, 0);
  out[k++] = key(70, b0w, b0sl, 0, 0);
  out[k++] = key(71, b0p, b0sl, 0, 0);
  // Beyond Zhang & Nivre: suffixes and shapes stand in for the words a small treebank never saw,
  // and the second stack word and s0's attachment status help the LEFT/REDUCE versus SHIFT choice.
  out[k++] = key(72, at.suffix[s0], s0p, 0, 0);
  out[k++] = key(73, at.suffix[b0], b0p, 0, 0);
  out[k++] = key(74, at.suffix[b1], b1p, 0, 0);
  out[k++] = key(75, at.shape[s0], s0p, 0, 0);
  out[k++] = key(76, at.shape[b0], b0p, 0, 0);
  out[k++] = key(77, P[s1], s0p, b0p, 0);
  out[k++] = key(78, W[s1], P[s1], 0, 0);
  out[k++] = key(79, s0hasHead, s0p, b0p, 0);
  out[k++] = key(80, s0hasHead, s0p, b0p, dist);
  out[k++] = key(81, P[or(none, b0 - 1)], b0p, s0p, 0);
  out[k++] = key(82, s0p, P[s0r < at.n - 1 && hasS0 ? s0r + 1 : none], b0p, 0);
  out[k++] = key(83, 0, 0, 0, 0); // bias
  return k;
}

/** Fills `out` with the label-classifier features for a new arc head -> dep; returns how many. */
export function labelFeatures(st: ParseState, at: SentenceAtoms, head: number, dep: number, out: Int32Array): number {
  const n = at.n;
  const none = n + 1;
  const W = at.word;
  const P = at.tag;
  const L = st.labels;
  const dir = dep < head ? 1 : 2;
  const hw = W[head], hp = P[head], dw = W[dep], dp = P[dep];
  const dist = bucket(dep < head ? head - dep : dep - head);
  const dl1 = or(none, st.lc1[dep]);
  const hh = or(none, head < at.n ? st.heads[head] : -1);
  const dsl = mix(st.leftSetLo[dep], st.leftSetHi[dep]);
  const dsr = mix(st.rightSetLo[dep], st.rightSetHi[dep]);
  const hsl = mix(st.leftSetLo[head], st.leftSetHi[head]);
  const hsr = mix(st.rightSetLo[head], st.rightSetHi[head]);
  const prev = or(none, dep - 1);

  let k = 0;
  out[k++] = key(100, dir, 0, 0, 0);
  out[k++] = key(101, hp, dir, 0, 0);
  out[k++] = key(102, dp, dir, 0, 0);
  out[k++] = key(103, hw, dir, 0, 0);
  out[k++] = key(104, dw, dir, 0, 0);
  out[k++] = key(105, hw, hp, dir, 0);
  out[k++] = key(106, dw, dp, dir, 0);
  out[k++] = key(107, hp, dp, dir, 0);
  out[k++] = key(108, hw, dp, dir, 0);
  out[k++] = key(109, hp, dw, dir, 0);
  out[k++] = key(110, hw, dw, dir, 0);
  out[k++] = key(111, hp, dp, dir, dist);
  out[k++] = key(112, at.suffix[dep], dp, dir, 0);
  out[k++] = key(113, at.suffix[head], hp, dir, 0);
  out[k++] = key(114, at.shape[dep], dp, dir, 0);
  // The dependent's own left children carry its function: "by" (case) -> obl:agent,
  // "who"/"that" -> acl:relcl, "to" (mark) -> xcomp, aux:pass -> nsubj:pass on the head's side.
  out[k++] = key(115, W[dl1], dir, 0, 0);
  out[k++] = key(116, W[dl1], hp, dp, 0);
  out[k++] = key(117, labelOf(L, n, dl1), dp, dir, 0);
  out[k++] = key(119, dsl, dp, dir, 0);
  out[k++] = key(120, dsl, hp, dp, dir);
  out[k++] = key(121, dsr, dp, dir, 0);
  // The head's context: its own relation and what it already governs (a second nominal after an
  // nsubj tends to be obj; a clause under a noun is acl).
  out[k++] = key(123, labelOf(L, n, head), hp, dp, 0);
  out[k++] = key(124, P[hh], hp, dp, 0);
  out[k++] = key(125, hsl, dp, dir, 0);
  out[k++] = key(126, hsr, dp, dir, 0);
  out[k++] = key(127, hsl, hp, dp, dir);
  out[k++] = key(128, W[prev], dp, dir, 0);
  out[k++] = key(129, P[prev], dp, hp, 0);
  return k;
}
