/**
 * Dynamic oracle for arc-eager (Goldberg & Nivre 2012/2013): the cost of an action is the number of
 * gold arcs it makes unreachable from the current state. Training with it lets the parser learn to
 * recover from its own mistakes instead of only ever seeing gold histories. Gold trees must be
 * projective (see projectivize), or no zero-cost action may exist.
 */
import { ParseState, SHIFT, REDUCE, LEFT, RIGHT, N_ACTIONS } from './transition.js';

export interface GoldTree {
  /** Gold head per word with the root as index n (not -1), projective. */
  heads: Int32Array;
  /** Gold dependents of each index 0..n, flattened: children of i are kids[kidStart[i] .. kidStart[i+1]). */
  kids: Int32Array;
  kidStart: Int32Array;
}

export function buildGoldTree(heads: Int32Array): GoldTree {
  const n = heads.length;
  const rooted = new Int32Array(n);
  const counts = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) {
    rooted[i] = heads[i] < 0 ? n : heads[i];
    counts[rooted[i] + 1]++;
  }
  for (let i = 1; i < n + 2; i++) counts[i] += counts[i - 1];
  const kidStart = counts.slice();
  const fill = counts.slice();
  const kids = new Int32Array(n);
  for (let i = 0; i < n; i++) kids[fill[rooted[i]]++] = i;
  return { heads: rooted, kids, kidStart };
}

/** Writes the cost of each action into `costs` (Infinity for invalid ones). */
export function actionCosts(state: ParseState, gold: GoldTree, inStack: Uint8Array, costs: Float64Array): void {
  for (let a = 0; a < N_ACTIONS; a++) costs[a] = state.isValid(a) ? 0 : Infinity;
  const b0 = state.b0;
  const s0 = state.s0();
  const n = state.n;
  // Dependents of s0 still in the buffer are lost once s0 leaves the stack (LEFT, REDUCE).
  let s0KidsInBuffer = 0;
  if (s0 >= 0) {
    for (let k = gold.kidStart[s0]; k < gold.kidStart[s0 + 1]; k++) if (gold.kids[k] >= b0) s0KidsInBuffer++;
  }
  // Headless stack words whose gold head is b0 are lost once b0 is pushed (SHIFT, RIGHT).
  let b0KidsInStack = 0;
  let b0HeadInStack = false;
  if (b0 < n) {
    for (let k = gold.kidStart[b0]; k < gold.kidStart[b0 + 1]; k++) {
      const d = gold.kids[k];
      if (d < b0 && inStack[d] === 1 && state.heads[d] === -1) b0KidsInStack++;
    }
    const g = gold.heads[b0];
    b0HeadInStack = g < b0 && inStack[g] === 1;
  }
  if (costs[LEFT] === 0) {
    const g = gold.heads[s0];
    costs[LEFT] = s0KidsInBuffer + (g !== b0 && g > b0 ? 1 : 0);
  }
  if (costs[REDUCE] === 0) costs[REDUCE] = s0KidsInBuffer;
  if (costs[SHIFT] === 0) costs[SHIFT] = b0KidsInStack + (b0HeadInStack ? 1 : 0);
  if (costs[3] === 0) {
    const g = gold.heads[b0];
    const headLost = g !== s0 && (g > b0 || b0HeadInStack) ? 1 : 0;
    costs[3] = b0KidsInStack + headLost;
  }
}

const GOLD_PREFERENCE = [LEFT, RIGHT, REDUCE, SHIFT];

/**
 * The static oracle's action: the first zero-cost action in the order LEFT, RIGHT, REDUCE, SHIFT
 * (attach as early as possible), which gives one canonical gold sequence for beam training.
 */
export function goldAction(state: ParseState, gold: GoldTree, inStack: Uint8Array, costs: Float64Array): number {
  actionCosts(state, gold, inStack, costs);
  for (const a of GOLD_PREFERENCE) if (costs[a] === 0) return a;
  throw new Error('EW_ERR_PARSER_TRAIN: no zero-cost action (is the gold tree projective?)');
}

/**
 * Makes a gold tree projective by lifting the shortest non-projective arc to the grandparent until
 * none is left (Nivre & Nilsson 2005 without label encoding). English UD has few such arcs, and the
 * parser can only build projective trees anyway.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const h = heads.slice();
  const n = h.length;
  const dominates = (a: number, d: number): boolean => {
    for (let x = d, guard = 0; x >= 0 && guard <= n; x = h[x], guard++) if (x === a) return true;
    return false;
  };
  for (;;) {
    let worst = -1;
    let worstLen = Infinity;
    for (let d = 0; d < n; d++) {
      const head = h[d];
      if (head < 0) continue;
      const lo = Math.min(head, d);
      const hi = Math.max(head, d);
      if (hi - lo >= worstLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(head, k)) {
          worst = d;
          worstLen = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]];
  }
}
