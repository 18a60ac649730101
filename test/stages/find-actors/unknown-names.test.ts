import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, coderWith, actorsOf, unknownNamesOf, triples } from '../../helpers.js';

const DICT = `
country RUS
  name: Russia
  adj: Russian
country IRQ
  name: Iraq
  adj: Iraqi
agent GOV
  name: foreign minister; minister
event 040
  verb: meet +T; meet with +T
event 163
  verb: sanction +T
event 111
  verb: criticize +T
`;

test('proper names no entry covers are kept as uncoded mentions with their text', () => {
  const doc = codeText(coderWith(DICT), 'Russia sanctioned Hydro-Quebec and Acme Widgets on Monday.');
  assert.deepEqual(unknownNamesOf(doc), ['Hydro-Quebec', 'Acme Widgets']);
  for (const a of doc.actors.filter((x) => x.kind === 'unknown')) {
    assert.equal(a.actor.code, '');
    assert.equal(doc.text.slice(a.start, a.end), a.actor.name);
  }
});

test("an uncoded name that reads as a person's fills its slot with no code; other uncoded names fill none", () => {
  const doc = codeText(coderWith(DICT), 'Russia sanctioned Hydro-Quebec. Ahmed Mansour, an adviser, criticized Russia.');
  assert.deepEqual(triples(doc), [' 111 RUSGOV']);
  assert.equal(doc.events[0].source?.code, '');
  assert.equal(doc.events[0].source?.name, 'Ahmed Mansour');
  assert.equal(doc.text.slice(doc.events[0].source!.start, doc.events[0].source!.end), 'Ahmed Mansour');
});

test('two uncoded people make no event: one side must be coded', () => {
  assert.deepEqual(triples(codeText(coderWith(DICT), 'Ahmed Mansour criticized Leila Haddad.')), []);
});

test('a name right after a title takes the title’s code', () => {
  const doc = codeText(coderWith(DICT), 'Iraqi Foreign Minister Fuad Hussein met Russia on Monday.');
  assert.deepEqual(actorsOf(doc), ['Iraqi Foreign Minister Fuad Hussein=IRQGOV', 'Russia=RUS']);
  assert.deepEqual(triples(doc), ['IRQGOV 040 RUSGOV']);
  assert.deepEqual(unknownNamesOf(doc), []);
});

test('places after a preposition, calendar words and title-case headlines are not names', () => {
  const doc = codeText(coderWith(DICT), 'Russia met Iraq in Kharkiv on Monday in December. Russia Meets Iraq In Big Moscow Summit');
  assert.deepEqual(unknownNamesOf(doc), []);
});
