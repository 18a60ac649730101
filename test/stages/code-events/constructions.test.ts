import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coderWith, codeText, triples } from '../../helpers.js';

// Hard sentences: who did what to whom must come from the structure, not from word order alone.
// Each sentence is coded twice: from the dependency parse and from word order alone; both must agree.
const dict = readFileSync(new URL('../../fixtures/mini.dict', import.meta.url), 'utf8');
const coders = { parse: coderWith(dict, 'parse'), order: coderWith(dict, 'order') };
const code = (text: string) => {
  const parsed = triples(codeText(coders.parse, text));
  assert.deepEqual(triples(codeText(coders.order, text)), parsed, `word order and parse disagree on: ${text}`);
  return parsed;
};

test('active verb with a prepositional target', () => {
  assert.deepEqual(code('Turkey severed ties with Syria in 2011.'), ['TURGOV 161 SYRGOV']);
});

test('passive voice: the agent is the source', () => {
  assert.deepEqual(code('Syrian rebels were attacked by Russian jets.'), ['RUSMIL 190 SYRREB']);
});

test('passive without an agent has no source', () => {
  assert.deepEqual(code('Syrian rebels were attacked near Idlib.'), ['- 190 SYRREB']);
});

test('relative clause: the antecedent is the subject', () => {
  assert.deepEqual(code('Russia, which attacked Syrian rebels, met Turkey.'), ['RUS 190 SYRREB', 'RUSGOV 040 TURGOV']);
});

test('apposition between subject and verb is skipped', () => {
  assert.deepEqual(code('Russia, a close ally of Assad, attacked Syrian rebels.'), ['RUS 190 SYRREB']);
});

test('coordinated subjects each get their event', () => {
  assert.deepEqual(code('Russia and Turkey attacked Syrian rebels.'), ['RUS 190 SYRREB', 'TUR 190 SYRREB']);
});

test('coordinated objects each get their event', () => {
  assert.deepEqual(code('Russian jets attacked Syrian rebels and Turkish troops.'), ['RUSMIL 190 SYRREB', 'RUSMIL 190 TURMIL']);
});

test('a compound subject meeting with no target meets each other', () => {
  assert.deepEqual(code('Putin and Erdogan met on Monday.'), ['RUSGOV 040 TURGOV', 'TURGOV 040 RUSGOV']);
});

test('a multilateral meeting goes toward the host, not every pair', () => {
  assert.deepEqual(code('Defense ministers from Turkey, Syria, and Russia met in Moscow.'), ['TURGOV 040 RUSGOV', 'SYRGOV 040 RUSGOV']);
});

test('noun event with both sides in one slot', () => {
  assert.deepEqual(code('A meeting between Erdogan and Assad was discussed.'), ['TURGOV 040 SYRGOV']);
});

test('two events in one sentence', () => {
  assert.deepEqual(code('Russia attacked Syrian rebels and severed ties with Turkey.'), ['RUS 190 SYRREB', 'RUSGOV 161 TURGOV']);
});

test('reported speech: the said event keeps its own actors; the plain statement is dropped', () => {
  assert.deepEqual(code('Turkey said Russian jets attacked Syrian rebels.'), ['RUSMIL 190 SYRREB']);
});

test('sports scores are discarded', () => {
  assert.deepEqual(code('Russia beat Syria 2-0 in the qualifier.'), []);
});

test('an object with a determiner is still not the next verb\'s subject', () => {
  assert.deepEqual(code('Russia attacked the Syrian rebels and then severed ties with Turkey.'), ['RUS 190 SYRREB', 'RUSGOV 161 TURGOV']);
});

test('a typed slot picks the sense by the target: supporting rebels is aid, supporting a country endorsement', () => {
  assert.deepEqual(code('Turkey has supported Syrian rebels.'), ['TURGOV 070 SYRREB']);
  assert.deepEqual(code('Turkey has supported Syria.'), ['TURGOV 051 SYRGOV']);
});

test('the act an appeal or threat is about is not an event of its own', () => {
  assert.deepEqual(code('Turkey threatened to attack Syrian rebels.').filter((t) => t.includes('190')), []);
  assert.deepEqual(code('Russia urged Turkey to attack Syrian rebels.').filter((t) => t.includes('190')), []);
});

test('a noun inside a matched verb phrase is not coded again', () => {
  assert.deepEqual(code('Turkey held talks with Russia.'), ['TURGOV 040 RUSGOV']);
});

test('"his Russian counterpart" is the Russian, not a meeting with himself', () => {
  assert.deepEqual(code('Erdogan met his Russian counterpart in Ankara.'), ['TURGOV 040 RUSGOV']);
});

test('a city in the target slot stands for its country and is where it happened', () => {
  const doc = codeText(coders.parse, 'Russian jets attacked Idlib on Monday.');
  assert.deepEqual(triples(doc), ['RUSMIL 190 SYR']);
  assert.equal(doc.events[0].place?.name, 'Idlib');
});

test('three or more parties with no host named make no invented pairs', () => {
  assert.deepEqual(code('Russia, Turkey and Syria met on Monday.'), []);
});

test('a bare country acting diplomatically is its government; in fighting it stays the country', () => {
  assert.deepEqual(code('Turkey severed ties with Syria.'), ['TURGOV 161 SYRGOV']);
  assert.deepEqual(code('Russia attacked Turkey.'), ['RUS 190 TUR']);
});

test('"were supposed to" is not an assertion', () => {
  const doc = codeText(coders.parse, 'Russia and Turkey were supposed to meet in Ankara.');
  assert.ok(doc.events.length > 0 && doc.events.every((e) => e.factuality.value !== 'asserted'));
});
