import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, coderWith, actorsOf, shippedCoder, triples } from '../../helpers.js';

const DICT = `
country RUS
  name: Russia
  adj: Russian
country GBR
  name: United Kingdom; Britain
  adj: British
agent GOV
  name: government; official
  head: Ministry; Council; Directorate
agent LEG
  name: parliament
  head: Parliament; House; Senate
agent JUD
  name: court
  head: Court
event 111
  verb: criticize +T
`;

test('a capitalised name headed by an institution word is an actor of that sector', () => {
  const doc = codeText(coderWith(DICT), 'The Superior Tribunal Court of Appeal criticized the Bradford Council.');
  assert.deepEqual(actorsOf(doc), ['Superior Tribunal Court of Appeal=JUD', 'Bradford Council=GOV']);
  assert.deepEqual(triples(doc), ['JUD 111 GOV']);
});

test('the rightmost head word before "of" decides, and a country word inside gives the country', () => {
  const doc = codeText(coderWith(DICT), 'The House Foreign Affairs Committee criticized the Russian Investigative Directorate.');
  assert.deepEqual(actorsOf(doc), ['House Foreign Affairs Committee=LEG', 'Russian Investigative Directorate=RUSGOV']);
});

test('buildings, single words and names without a head word are not institutions', () => {
  const doc = codeText(coderWith(DICT), 'Protesters gathered outside the Legislative Council Complex. Council members met. Acme Widgets Limited criticized Britain.');
  assert.deepEqual(actorsOf(doc), ['Britain=GBR']);
});

test('an institution without a country takes one from the same sector named just before', () => {
  const doc = codeText(coderWith(DICT), 'A Russian official spoke on Monday. Later the Interior Directorate criticized Britain.');
  assert.deepEqual(actorsOf(doc), ['Russian official=RUSGOV', 'Interior Directorate=RUSGOV', 'Britain=GBR']);
});

test('shipped dictionaries: courts, councils and committees of legislatures', () => {
  const doc = codeText(shippedCoder(), 'The Senate Armed Services Committee criticized the Pentagon.', '2025-03-12');
  assert.deepEqual(triples(doc), ['LEG 111 USAMIL']);
});

test('a capitalised name ending in a noun of another kind (a publication, a law, a fund) is no institution, whatever sector word stands inside', () => {
  const doc = codeText(shippedCoder(), 'The World Population Review estimated the population. The Police Reform Act passed.', '2025-03-11');
  assert.ok(!doc.actors.some((a) => a.ref?.startsWith('institution:')), doc.actors.map((a) => `${doc.text.slice(a.start, a.end)}=${a.ref}`).join(', '));
  assert.ok(!doc.actors.some((a) => doc.text.slice(a.start, a.end) === 'Population Review'));
});
