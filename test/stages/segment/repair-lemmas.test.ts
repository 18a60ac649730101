import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseForms, repairLemmas } from '../../../src/stages/segment/repair-lemmas.js';
import type { Token } from '../../../src/model/span.js';

const tok = (text: string, lemma: string, pos = 'VERB'): Token => ({ start: 0, end: text.length, text, lower: text.toLowerCase(), lemma, pos, sentence: 0 });

test('base forms undo regular inflections', () => {
  assert.ok(baseForms('fined').includes('fine'));
  assert.ok(baseForms('expelled').includes('expel'));
  assert.ok(baseForms('shelling').includes('shell'));
  assert.ok(baseForms('raiding').includes('raide') && baseForms('raiding').includes('raid'));
  assert.ok(baseForms('allied').includes('ally'));
  assert.ok(baseForms('sanctions').includes('sanction'));
});

test('a wrong lemma is replaced only by a base form the dictionaries know', () => {
  const known = new Set(['fine', 'expel', 'sanction']);
  const tokens = [tok('fined', 'fin'), tok('expelled', 'expell'), tok('Fined', 'fined', 'PROPN'), tok('walked', 'walk'), tok('sanctions', 'sanction', 'NOUN')];
  repairLemmas(tokens, (w) => known.has(w));
  assert.deepEqual(tokens.map((t) => t.lemma), ['fine', 'expel', 'fined', 'walk', 'sanction']);
});
