import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder, triples, actorsOf, unknownNamesOf } from '../../helpers.js';

test('a name the dictionaries lack takes the code of the role set beside it by commas, in either order', () => {
  const after = codeText(shippedCoder(), 'Tomasz Wielgosz, the Polish interior minister, criticized Belarusian border guards.', '2025-03-11');
  assert.deepEqual(triples(after), ['POLGOV 111 BLRCOP']);
  assert.deepEqual(unknownNamesOf(after), []);
  const before = codeText(shippedCoder(), "Kenya's foreign minister, Odhiambo Waweru, met Somali officials in Nairobi.", '2025-03-11');
  assert.deepEqual(triples(before), ['KENGOV 040 SOMGOV']);
});

test('the name and its role are one person: no event between them, and a later surname keeps the code', () => {
  const doc = codeText(shippedCoder(), '"We will not give up," said Marta Kowalczyk, the Polish defence minister. Kowalczyk later met NATO officials.', '2025-03-11');
  assert.deepEqual(triples(doc), ['POLGOV 040 IGONAT']);
});

test('a name in a list is no apposition of the role before it', () => {
  const doc = codeText(shippedCoder(), 'The Polish defence minister, Jan Nowak and Tadeusz Zielinski met in Warsaw.', '2025-03-11');
  assert.ok(!actorsOf(doc).some((a) => a.startsWith('Tadeusz Zielinski=')), actorsOf(doc).join(', '));
});

test('an unknown name with a particle joined by a hyphen is one name ("Ahmed al-Rawi")', () => {
  const doc = codeText(shippedCoder(), 'Ahmed al-Rawi spoke to reporters in Baghdad.', '2025-03-11');
  assert.deepEqual(unknownNamesOf(doc), ['Ahmed al-Rawi']);
});

test('a bare role noun takes the country of the last mention with the same noun, before a nearer one of the same sector', () => {
  const doc = codeText(shippedCoder(), 'Protesters gathered outside the French Embassy in Rome. Italian Foreign Minister Antonio Tajani spoke on Sunday. Tajani later urged the embassy to reconsider.', '2025-03-11');
  assert.ok(triples(doc).some((t) => /^ITAGOV 02\d+ FRAGOV$/.test(t)), triples(doc).join(', '));
});
