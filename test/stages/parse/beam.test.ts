import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParseState, N_ACTIONS } from '../../../src/stages/parse/transition.js';
import { buildGoldTree, goldAction } from '../../../src/stages/parse/oracle.js';
import { sumRows, TrainingTable } from '../../../src/stages/parse/perceptron.js';
import { loadParser } from '../../../src/stages/parse/parser.js';
import { tagWords } from '../../../src/stages/parse/wink-tags.js';

test('the static oracle sequence rebuilds the gold tree in exactly 2n steps', () => {
  for (const heads of [[1, 3, 3, -1, 5, 3, 3], [-1, 0, 1, 2, 3], [3, 3, 3, -1, 3]]) {
    const gold = buildGoldTree(Int32Array.from(heads));
    const state = new ParseState();
    state.reset(heads.length);
    const inStack = new Uint8Array(heads.length + 1);
    const costs = new Float64Array(N_ACTIONS);
    let steps = 0;
    while (!state.isTerminal()) {
      const a = goldAction(state, gold, inStack, costs);
      if (a === 1 || a === 2) inStack[state.s0()] = 0;
      else inStack[state.b0] = 1;
      state.apply(a, 0);
      steps++;
    }
    assert.equal(steps, 2 * heads.length);
    assert.deepEqual([...state.heads.slice(0, heads.length)].map((h) => (h === heads.length ? -1 : h)), heads);
  }
});

test('a copied state is independent of its source', () => {
  const a = new ParseState();
  a.reset(3);
  a.apply(0, 0); // SHIFT
  const b = new ParseState();
  b.copyFrom(a);
  b.apply(2, 5); // LEFT: word 0 <- word 1
  assert.equal(a.heads[0], -1);
  assert.equal(b.heads[0], 1);
  assert.equal(a.sp, 1);
  assert.equal(b.sp, 0);
});

test('ensemble rows are the sum of their members', () => {
  const keys = Int32Array.from([7, 9]);
  const one = new TrainingTable(4);
  one.update(keys, 2, 1, 0);
  one.tick(); // averaged over two ticks, an update made in the first counts half
  const two = new TrainingTable(4);
  two.update(keys.subarray(1), 1, 2, 0);
  two.tick();
  const sum = sumRows([one.averaged(0), two.averaged(0)]);
  const at = (key: number): Record<number, number> => {
    const out: Record<number, number> = {};
    for (let r = 0, e = 0; r < sum.keys.length; r++) {
      for (let j = 0; j < sum.rowLen[r]; j++, e++) if (sum.keys[r] === key) out[sum.cls[e]] = sum.val[e];
    }
    return out;
  };
  assert.deepEqual(at(7), { 0: -0.5, 1: 0.5 });
  assert.deepEqual(at(9), { 0: -1, 1: 0.5, 2: 0.5 });
});

test('beam decoding gives single-rooted trees at any width', () => {
  for (const beamWidth of [1, 2, 4]) {
    const parser = loadParser(undefined, { beamWidth });
    for (const s of ['The army shelled rebels who had seized the town .', 'Yes .', 'He left . She stayed .']) {
      const words = s.split(' ');
      const { heads } = parser.parse(words, tagWords(words).tags);
      assert.equal([...heads].filter((h) => h === -1).length, 1, `${s} (width ${beamWidth})`);
      heads.forEach((_, i) => {
        const seen = new Set<number>();
        for (let x = i; x !== -1; x = heads[x]) {
          assert.ok(!seen.has(x), `cycle in ${s} (width ${beamWidth})`);
          seen.add(x);
        }
      });
    }
  }
  assert.throws(() => loadParser(undefined, { beamWidth: 0 }), /EW_ERR_PARSER_OPTIONS/);
});
