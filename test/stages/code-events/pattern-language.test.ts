import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderWith, codeText, triples } from '../../helpers.js';

// The pattern language items added for PETRARCH's patterns (dictionaries/FORMAT.md): words before the
// verb, slots before it, compounds, skipped actors, open gaps, consecutive words, paired and null codes,
// `target: next`, `match: exact`, sentence and story discards, prefix agents.
const DICT = `
country ARN
  name: Arnor
country GON
  name: Gondor
country MOR
  name: Mordor
country OSG
  name: Osgiliath
agent GOV
  name: official
agent NGO
  name: msf
  order: prefix
event 112
  verb: not ... <restore> ... relations with +T
event 161
  verb: <abandon> new_economic_relations with +T
event 081
  verb: <abandon> relations with +T
event 036
  target: next
  verb: <restore> ... ties
event 030
  verb: <restore> ... ties
event 172
  verb: <ask> ... for ... embargo
event 084
  verb: +T ... <free> ... from ... +S
event 191
  verb: +C have <postpone>
event 042:043
  verb: <visit> +T
event 045
  verb: <celebrate> iftar in +X with +T
event ---
  verb: <attack> problem
event 190
  verb: <attack> +T
event 064
  match: exact
  target: next
  verb: <adopt|adopts|adopted> resolution
discard games
  sentence: baseball
  story: typhoon
`;

const coder = coderWith(DICT, 'order', { statesAsGovernments: false }); // PETRARCH's convention
const code = (text: string) => triples(codeText(coder, text));

test('words before the verb, matched leftwards over an open gap', () => {
  assert.deepEqual(code('Arnor did not restore relations with Gondor.'), ['ARN 112 GON']);
});

test('a_b: consecutive words, where a blank would skip modifiers', () => {
  assert.deepEqual(code('Arnor abandoned new economic relations with Gondor.'), ['ARN 161 GON']);
  assert.deepEqual(code('Arnor abandoned new global economic relations with Gondor.'), ['ARN 081 GON'], 'only the looser pattern matches');
});

test('target: next takes the first actor after the verb; the object rule finds none here', () => {
  assert.deepEqual(code('Arnor restored full diplomatic ties with Gondor.'), ['ARN 036 GON']);
  assert.deepEqual(code('Arnor asked Gondor for an embargo.'), ['ARN 172 GON'], 'the object rule still holds without target: next');
});

test('+T before the verb and +S after it', () => {
  assert.deepEqual(code('Arnor was freed from Mordor.'), ['MOR 084 ARN']);
});

test('+C: a compound whose members act on each other', () => {
  assert.deepEqual(code('Gondor and Osgiliath have postponed the meeting.'), ['GON 191 OSG', 'OSG 191 GON']);
});

test('+X: an actor in the pattern that takes no part', () => {
  assert.deepEqual(code('Arnor celebrated Iftar in Osgiliath with Gondor.'), ['ARN 045 GON']);
});

test('a paired code codes both sides', () => {
  assert.deepEqual(code('Arnor visited Gondor.'), ['ARN 042 GON', 'GON 043 ARN']);
});

test('the null code --- beats the shorter pattern and codes nothing', () => {
  assert.deepEqual(code('Arnor attacked the problem.'), []);
  assert.deepEqual(code('Arnor attacked Gondor.'), ['ARN 190 GON']);
});

test('match: exact compares words as written, not by lemma', () => {
  assert.deepEqual(code('Arnor adopted a resolution on Gondor.'), ['ARN 064 GON']);
  assert.deepEqual(code('Arnor adopted resolutions on Gondor.'), []);
});

test('sentence and story discards', () => {
  assert.deepEqual(code('Arnor attacked Gondor in a baseball game. Arnor visited Gondor.'), ['ARN 042 GON', 'GON 043 ARN']);
  assert.deepEqual(code('Arnor attacked Gondor. A typhoon hit the coast.'), []);
});

test('a prefix agent puts its code before the actor and the role noun after it', () => {
  assert.deepEqual(code('An MSF Arnor official attacked Gondor.'), ['NGOARNGOV 190 GON']);
});
