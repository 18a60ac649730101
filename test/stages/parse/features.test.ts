import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionFeatures, labelFeatures, MAX_ACTION_FEATURES, MAX_LABEL_FEATURES } from '../../../src/stages/parse/features.js';
import { tagFeatures, refineTags, MAX_TAG_FEATURES } from '../../../src/stages/parse/tagger.js';
import { featureKey, templateRows, hashTemplates } from '../../../src/stages/parse/hash.js';
import { SentenceAtoms, UPOS, TAG_NONE } from '../../../src/stages/parse/atoms.js';
import { ParseState, LEFT, RIGHT } from '../../../src/stages/parse/transition.js';
import { Scratch, bestValidAction, predictLabel } from '../../../src/stages/parse/decode.js';
import { loadModel } from '../../../src/stages/parse/model-io.js';
import { DEFAULT_MODEL_PATH } from '../../../src/stages/parse/parser.js';

// The shipped model's weights are keyed by these feature hashes, so any change to a template id, an
// atom or the order of arguments silently breaks the model. The fingerprints below were taken from
// the original one-featureKey-call-per-feature code; the table-driven code must reproduce them.
// The action and label keys follow the parse the shipped model chooses, so retraining the model
// changes those two (and only those two) fingerprints.
const SENTENCES: Array<[string, string]> = [
  ['Turkey severed ties with Syria on Monday , officials said .', 'PROPN VERB NOUN ADP PROPN ADP PROPN PUNCT NOUN VERB PUNCT'],
  ['The convoy was attacked by rebels near the border in 2019 .', 'DET NOUN AUX VERB ADP NOUN ADP DET NOUN ADP NUM PUNCT'],
  ['Ministers who had met in Brussels agreed to impose sanctions and cut aid to the regime .', 'NOUN PRON AUX VERB ADP PROPN VERB PART VERB NOUN CCONJ VERB NOUN ADP DET NOUN PUNCT'],
  ['"We will not negotiate," the U.N. envoy told reporters in Geneva.', 'PUNCT PRON AUX PART VERB PUNCT PUNCT DET PROPN NOUN VERB NOUN ADP PROPN'],
];

function fingerprints(): { action: string; label: string; tag: string } {
  const model = loadModel(DEFAULT_MODEL_PATH);
  const atoms = new SentenceAtoms(model.clusters);
  const state = new ParseState();
  const scratch = new Scratch(model.labels.length);
  const rootLabel = model.labels.indexOf('root');
  const keys = new Int32Array(Math.max(MAX_ACTION_FEATURES, MAX_LABEL_FEATURES, MAX_TAG_FEATURES));
  const h = { action: 0x811c9dc5, label: 0x811c9dc5, tag: 0x811c9dc5 };
  const add = (which: keyof typeof h, count: number): void => {
    for (let i = 0; i < count; i++) h[which] = Math.imul(h[which] ^ keys[i], 0x01000193);
    h[which] = Math.imul(h[which] ^ count, 0x01000193);
  };
  for (const [text, tags] of SENTENCES) {
    const words = text.split(' ');
    atoms.load(words, tags.split(' '));
    for (let i = 0; i < atoms.n; i++) {
      add('tag', tagFeatures(atoms, i, TAG_NONE, TAG_NONE, keys));
      add('tag', tagFeatures(atoms, i, atoms.wink[i], (i * 5) % UPOS.length, keys));
    }
    refineTags(atoms, model.tagTable, new Int32Array(MAX_TAG_FEATURES), new Float32Array(UPOS.length));
    state.reset(atoms.n);
    while (!state.isTerminal()) {
      const count = actionFeatures(state, atoms, scratch.keys);
      keys.set(scratch.keys.subarray(0, count));
      add('action', count);
      model.actions.score(scratch.keys, count, scratch.actionScores);
      const action = bestValidAction(state, scratch.actionScores);
      let label = -1;
      if (action === LEFT || action === RIGHT) {
        const head = state.arcHead(action);
        const dep = state.arcDependent(action);
        add('label', labelFeatures(state, atoms, head, dep, keys));
        label = predictLabel(state, atoms, head, dep, model.labelTable, rootLabel, scratch);
      }
      state.apply(action, label);
    }
  }
  const hex = (v: number): string => (v >>> 0).toString(16).padStart(8, '0');
  return { action: hex(h.action), label: hex(h.label), tag: hex(h.tag) };
}

test('feature keys are those the shipped model was trained with', () => {
  assert.deepEqual(fingerprints(), { action: 'a828d150', label: 'af6f9d31', tag: 'cdc80e06' });
});

test('hashTemplates hashes each row as featureKey would, unused slots reading 0', () => {
  const rows = templateRows([[7], [8, 1], [9, 2, 1], [10, 3, 2, 1, 3]]);
  const v = new Int32Array([123, -5, 99999, 0x7fffffff]); // slot 0 is overwritten with 0
  const out = new Int32Array(4);
  assert.equal(hashTemplates(rows, 4, v, out), 4);
  assert.deepEqual([...out], [
    featureKey(7, 0, 0, 0, 0), featureKey(8, -5, 0, 0, 0), featureKey(9, 99999, -5, 0, 0), featureKey(10, 0x7fffffff, 99999, -5, 0x7fffffff),
  ]);
  assert.throws(() => templateRows([[1, 1, 1, 1, 1, 1]]));
});
