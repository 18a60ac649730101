import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder, triples, actorsOf } from '../../helpers.js';

test('a surname the dictionaries lack refers to the person named in full earlier in the article', () => {
  const doc = codeText(shippedCoder(), 'Saudi journalist Jamal Khashoggi criticized Riyadh. Later Khashoggi met Turkish officials.', '2018-09-13');
  assert.deepEqual(triples(doc), ['SAUMED 111 SAUGOV', 'SAUMED 040 TURGOV']);
});

test('a demonym takes only a noun for people into the actor, so event nouns stay readable', () => {
  const doc = codeText(shippedCoder(), 'Iranian militia fighters attacked the base. The EU condemned Russian aggression.', '2025-03-13');
  assert.deepEqual(actorsOf(doc), ['Iranian militia fighters=IRNREB', 'EU=IGOEEC', 'Russian=RUS']);
});

test('an institution named in full is named by its head word alone later ("the House")', () => {
  const doc = codeText(shippedCoder(), 'The US House of Representatives criticized Iran on Monday. On Tuesday, the House condemned China.', '2020-01-10');
  assert.deepEqual(triples(doc), ['USALEG 111 IRNGOV', 'USALEG 111 CHNGOV']);
});
