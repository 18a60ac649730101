import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabelTable } from '../../../src/stages/parse/tables.js';
import { ClusterTable, learnClusters, tokenize, NO_CLUSTER, wordKey } from '../../../src/stages/parse/word-clusters.js';

test('label table sums rows of every length, inline and spilled entries alike', () => {
  // Rows of 1..5 entries: the first two sit in the slot, the rest in the shared entry array.
  const keys = Int32Array.from([11, 22, 33, 44, 55]);
  const rowLen = Uint8Array.from([1, 2, 3, 4, 5]);
  const cls: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < 5; r++) for (let j = 0; j <= r; j++) { cls.push(j); val.push((r + 1) * (j % 2 === 0 ? 10 : -3)); }
  const table = new LabelTable(6, { keys, rowLen, cls: Uint8Array.from(cls), val: Int16Array.from(val) });
  const out = new Float32Array(6);
  table.score(Int32Array.from([33, 55, 999]), 3, out);
  assert.deepEqual([...out], [30 + 50, -9 - 15, 30 + 50, -15, 50, 0]);
});

test('word clusters: treebank-like tokens, deterministic classes, unknown words get none', () => {
  assert.deepEqual(tokenize("Syria's army didn't leave Aleppo."), ['Syria', "'s", 'army', 'did', "n't", 'leave', 'Aleppo', '.']);
  const text = Array.from({ length: 60 }, (_, i) => ['the', ['cat', 'dog', 'army'][i % 3], ['ran', 'sat', 'left'][i % 3], 'away', '.']);
  const a = learnClusters(text, { minCount: 3, contexts: 10, iterations: 5 });
  const b = learnClusters(text, { minCount: 3, contexts: 10, iterations: 5 });
  assert.deepEqual(a, b);
  const table = new ClusterTable(a);
  assert.notEqual(table.get(wordKey('dog')), NO_CLUSTER);
  assert.equal(table.get(wordKey('zebra')), NO_CLUSTER);
});
