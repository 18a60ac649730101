import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParseState, N_ACTIONS } from '../../../src/stages/parse/transition.js';
import { actionCosts, buildGoldTree, projectivize } from '../../../src/stages/parse/oracle.js';

/** Follows zero-cost actions only; a correct dynamic oracle must then rebuild the gold tree. */
function followOracle(heads: number[]): Int32Array {
  const gold = buildGoldTree(Int32Array.from(heads));
  const state = new ParseState();
  state.reset(heads.length);
  const inStack = new Uint8Array(heads.length + 1);
  const costs = new Float64Array(N_ACTIONS);
  while (!state.isTerminal()) {
    actionCosts(state, gold, inStack, costs);
    const action = [...costs].findIndex((c) => c === 0);
    assert.ok(action >= 0, 'some action must be free on a projective tree');
    if (action === 1 || action === 2) inStack[state.s0()] = 0;
    else inStack[state.b0] = 1;
    state.apply(action, 0);
  }
  return state.heads.slice(0, heads.length).map((h) => (h === heads.length ? -1 : h));
}

test('dynamic oracle rebuilds projective gold trees', () => {
  // "The convoy was attacked by rebels ." and a tree with a right-branching chain.
  for (const heads of [[1, 3, 3, -1, 5, 3, 3], [-1, 0, 1, 2, 3], [3, 3, 3, -1, 3]]) {
    assert.deepEqual([...followOracle(heads)], heads);
  }
});

test('after a mistake the oracle still finds the best reachable tree', () => {
  const heads = [1, -1, 1]; // "Rebels fled ."
  const gold = buildGoldTree(Int32Array.from(heads));
  const state = new ParseState();
  state.reset(3);
  const inStack = new Uint8Array(4);
  const costs = new Float64Array(N_ACTIONS);
  state.apply(0, 0); // SHIFT "Rebels"
  inStack[0] = 1;
  actionCosts(state, gold, inStack, costs);
  assert.equal(costs[2], 0, 'LEFT attaches Rebels to fled');
  assert.equal(costs[0], 1, 'SHIFT loses the arc fled -> Rebels');
  assert.equal(costs[3], 2, 'RIGHT makes fled a dependent of Rebels and loses the root arc');
});

test('projectivize lifts crossing arcs', () => {
  // 0 -> 2 crosses 1 -> 3 (root 1): the shorter crossing arc is lifted.
  const lifted = projectivize(Int32Array.from([2, -1, 1, 0]));
  for (let d = 0; d < lifted.length; d++) {
    const h = lifted[d];
    if (h < 0) continue;
    for (let k = Math.min(h, d) + 1; k < Math.max(h, d); k++) {
      let x = k;
      while (x >= 0 && x !== h) x = lifted[x];
      assert.equal(x, h, `arc ${h}->${d} must dominate ${k}`);
    }
  }
});
