// Mechanisms found in the fifth and sixth reviews of the coder's output on corpus articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder, triples } from '../../helpers.js';

const coded = (text: string) => codeText(shippedCoder(), text, '2025-03-14');

test('an actor hyphened to a participle is its doer, even when the parse gives the clause another subject', () => {
  const t = triples(coded('The Autonomous Administration, a de facto civilian authority affiliated with the U.S.-backed Syrian Democratic Forces (SDF), was the first to reject the constitution.'));
  assert.ok(t.some((x) => /^USA\w* 070 SYRREB$/.test(x)), t.join(', '));
  assert.ok(!t.some((x) => /^CVL 070/.test(x)), t.join(', '));
});

test('an -ing participle straight after a coded noun is done by that noun, even when the parse hangs it on the main verb', () => {
  const t = triples(coded('Turkey has supported Syrian insurgent groups aiming to overthrow Assad.'));
  assert.ok(t.some((x) => /^SYRREB \d+ SYR\w*$/.test(x)), t.join(', '));
  assert.ok(!t.some((x) => /^TUR\w* 19\d* SYR/.test(x)), t.join(', '));
  const calls = triples(coded('On Monday, Prime Minister Boris Johnson joined the calls by United Kingdom officials asking the United States to waive immunity.'));
  assert.ok(calls.some((x) => /^GBRGOV 02\d* USA/.test(x)), calls.join(', '));
});
