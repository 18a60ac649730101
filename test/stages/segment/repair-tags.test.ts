import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder, triples } from '../../helpers.js';

const posOf = (doc: ReturnType<typeof codeText>, word: string) => doc.tokens.find((t) => t.text === word)?.pos;

test('"X plans to VERB": a plural-looking verb of intent after a name is a verb, and the act is the intent', () => {
  const doc = codeText(shippedCoder(), 'Qatar plans to host Sudanese and Chadian negotiators.', '2025-03-11');
  assert.equal(posOf(doc, 'plans'), 'VERB');
  assert.ok(triples(doc).some((t) => /^QATGOV 036 (SDN|TCD)GOV$/.test(t)), triples(doc).join(', '));
});

test('after a determiner or a possessive it stays a noun', () => {
  for (const text of ['The plans to host the summit were dropped.', "Qatar's plans to host the summit were dropped."]) {
    assert.equal(posOf(codeText(shippedCoder(), text, '2025-03-11'), 'plans'), 'NOUN', text);
  }
});
