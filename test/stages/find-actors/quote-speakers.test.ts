import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder, triples } from '../../helpers.js';

const actorAt = (doc: ReturnType<typeof codeText>, word: string, from = 0) => {
  const at = doc.text.indexOf(word, from);
  return doc.actors.find((a) => a.start === at)?.actor.code ?? null;
};

test('"I" and "we" inside a quotation are the speaker named after it, even a few words in', () => {
  const doc = codeText(shippedCoder(), '"We will not accept this, and I condemn the attack on Kharkiv," Ukrainian Foreign Minister Andrii Sybiha told reporters.', '2025-03-11');
  assert.equal(actorAt(doc, 'We'), 'UKRGOV');
  assert.equal(actorAt(doc, 'I '), 'UKRGOV');
});

test('the speaker named before a quotation owns it, across a short phrase, and the next quotation goes on in that voice', () => {
  const doc = codeText(shippedCoder(), 'Erdogan wrote on social media: "Our patience has limits." "I condemn Israel," he added later.', '2025-03-11');
  assert.equal(actorAt(doc, 'Our'), 'TURGOV');
  assert.ok(triples(doc).includes('TURGOV 111 ISRGOV'), triples(doc).join(', '));
});

test('first-person words outside quotations, or in a quotation nobody is said to speak, stay unresolved', () => {
  const doc = codeText(shippedCoder(), 'Erdogan met Putin. "We condemn Israel." Our correspondent reports.', '2025-03-11');
  assert.equal(actorAt(doc, 'We'), null);
  assert.equal(actorAt(doc, 'Our'), null);
});

test('"their" after a list of actors in the same sentence refers to the list, not to the last two people named', () => {
  const doc = codeText(shippedCoder(), 'Mitsotakis met President Trump. Later, Cyprus, Greece and Israel met for their summit in Athens.', '2025-03-11');
  const their = doc.actors.filter((a) => doc.text.slice(a.start, a.end) === 'their' && a.kind !== 'compound').map((a) => a.actor.country).sort();
  assert.deepEqual(their, ['CYP', 'GRC', 'ISR']);
});

test('"it" as the subject of its own verb, and "its", refer to the state or body named last; the empty "it" does not', () => {
  const doc = codeText(shippedCoder(), 'Japan said on Monday that it would resume aid to Sri Lanka. It is likely that talks follow. Norway and its allies agreed.', '2025-03-11');
  const codeOf = (word: string, from = 0) => doc.actors.find((a) => a.start === doc.text.indexOf(word, from))?.actor.country ?? null;
  assert.equal(codeOf('it would'), 'JPN');
  assert.equal(codeOf('It is'), null);
  assert.equal(codeOf('its allies'), 'NOR');
});

test('a name used as a modifier is not what "it" stands for, and the word-order subject stops at the pronoun', () => {
  const doc = codeText(shippedCoder(), 'The Iranian vessel was docked when it arrived in China.', '2025-03-11');
  assert.deepEqual(triples(doc), []);
});

test('"it seems" and plural nouns are not what "it" refers to', () => {
  const doc = codeText(shippedCoder(), 'Japan is, it seems, about to act. Crowds near the Chinese embassy said it would close.', '2025-03-11');
  const at = (word: string) => doc.actors.find((a) => a.start === doc.text.indexOf(word))?.actor.country ?? null;
  assert.equal(at('it seems'), null);
});

test('a quotation inside a quotation nests, and no speaker is taken from before an earlier quotation', () => {
  const text = 'Brett McGurk wrote: "The statement shows no grasp of the ground. The "United States" holds no detainees; they were served up to Turkey." McGurk later wrote, "The SDF lost thousands."\n\nThe president defended his decision, "If Turkey does anything that I consider off limits, I will act."';
  const doc = codeText(shippedCoder(), text, '2019-10-08');
  const firstPerson = doc.actors.filter((a) => /^I$/.test(doc.text.slice(a.start, a.end)));
  assert.ok(firstPerson.every((a) => a.actor.code !== 'TUR'), firstPerson.map((a) => a.actor.code).join(', '));
});
