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
