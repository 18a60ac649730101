import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coderWith, codeText, triples } from '../../helpers.js';

// Sentences where word order alone goes wrong and the dependency parse must decide.
const coder = coderWith(readFileSync(new URL('../../fixtures/mini.dict', import.meta.url), 'utf8'), 'parse');
const code = (text: string) => triples(codeText(coder, text));

test('a participle phrase between subject and verb: "X, backed by Y, attacked Z"', () => {
  assert.deepEqual(code('Syrian forces, backed by Russian jets, attacked rebels who had seized the town.'), ['SYRMIL 190 REB']);
});

test('a clause after ", and" is not part of the object list', () => {
  assert.deepEqual(code('Erdogan met Putin, and Turkish jets attacked Syrian rebels.'), ['TURGOV 040 RUSGOV', 'TURMIL 190 SYRREB']);
});

test('a relative clause inside the subject and a passive main clause', () => {
  assert.deepEqual(code('The rebels who attacked Turkish troops were arrested by Syrian police.'), ['REB 190 TURMIL', 'SYRCOP 173 REB']);
});

test('negation inside a clause under a report', () => {
  const doc = codeText(coder, 'Turkey did not attack Syrian rebels, officials said.');
  assert.deepEqual(triples(doc), ['TUR 190 SYRREB']);
  assert.equal(doc.events[0].factuality.value, 'negated');
  assert.equal(doc.events[0].factuality.cue, 'not');
});
