import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coderWith, codeText } from '../../helpers.js';

const coder = coderWith(readFileSync(new URL('../../fixtures/mini.dict', import.meta.url), 'utf8'));
const facts = (text: string) => codeText(coder, text).events.map((e) => `${e.factuality.value}:${e.factuality.cue ?? ''}`);

test('negation, modality, plans and reports before the trigger', () => {
  assert.deepEqual(facts('Russia did not attack Syrian rebels.'), ['negated:not']);
  assert.deepEqual(facts('Russia could attack Syrian rebels.'), ['hypothetical:could']);
  assert.deepEqual(facts('Russia will attack Syrian rebels.'), ['future:will']);
  assert.deepEqual(facts('Russia reportedly attacked Syrian rebels.'), ['reported:reportedly']);
});

test('an event noun takes the mood of the verb after it', () => {
  assert.deepEqual(facts("Russia's talks with Turkey will take place in Moscow.").map((f) => f.split(':')[0]), ['future']);
  assert.deepEqual(facts("Russia's talks with Turkey were not held.").map((f) => f.split(':')[0]), ['negated']);
});

test('a report later denied is denied, never asserted', () => {
  const doc = codeText(coder, 'A newspaper reported a meeting between Erdogan and Assad, but officials denied this.');
  assert.ok(doc.events.length > 0);
  for (const e of doc.events) assert.equal(e.factuality.value, 'denied');
});
