import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coderWith, codeText, shippedCoder, triples } from '../../helpers.js';

// Sentences where word order alone goes wrong and the dependency parse must decide.
const coder = coderWith(readFileSync(new URL('../../fixtures/mini.dict', import.meta.url), 'utf8'), 'parse');
const code = (text: string) => triples(codeText(coder, text));

test('a participle phrase between subject and verb: "X, backed by Y, attacked Z"', () => {
  assert.deepEqual(code('Syrian forces, backed by Russian jets, attacked rebels who had seized the town.'), ['SYRMIL 190 REB']);
});

test('a clause after ", and" is not part of the object list', () => {
  assert.deepEqual(code('Erdogan met Putin, and Turkish jets attacked Syrian rebels.'), ['TURGOV 040 RUSGOV', 'TURMIL 190 SYRREB']);
});

test('a relative clause inside the subject and a passive main clause', () => {
  assert.deepEqual(code('The rebels who attacked Turkish troops were arrested by Syrian police.'), ['REB 190 TURMIL', 'SYRCOP 173 REB']);
});

test('negation inside a clause under a report', () => {
  const doc = codeText(coder, 'Turkey did not attack Syrian rebels, officials said.');
  assert.deepEqual(triples(doc), ['TUR 190 SYRREB']);
  assert.equal(doc.events[0].factuality.value, 'negated');
  assert.equal(doc.events[0].factuality.cue, 'not');
});

// More hard sentences: each names the construction it tests and the events an analyst expects.
const cases: Array<[string, string, string[], string?]> = [
  ['reported speech: the report\'s subject is not the attacker', 'Turkey said Russia had struck Syrian rebels near Idlib.', ['RUS 190 SYRREB'], 'reported'],
  ['a passive with coordinated agents gives each agent its event', 'Syrian rebels were attacked by Turkish jets and Russian troops.', ['TURMIL 190 SYRREB', 'RUSMIL 190 SYRREB']],
  ['coordinated modifiers of one subject noun give two subjects', 'Russian and Turkish troops attacked Syrian rebels.', ['RUSMIL 190 SYRREB', 'TURMIL 190 SYRREB']],
  ['a denial of what a clause says', 'Syrian officials denied that Turkish troops had attacked the rebels.', ['TURMIL 190 REB'], 'denied'],
  ['a non-restrictive relative clause and its main clause share the subject', 'Turkish jets, which had attacked Syrian rebels, struck Idlib again.', ['TURMIL 190 SYRREB', 'TURMIL 190 SYR']],
  ['an adverbial clause keeps its own subject', 'After Syrian troops attacked the rebels, Turkish jets bombed Idlib.', ['SYRMIL 190 REB', 'TURMIL 190 SYR']],
  ['two clauses joined by "and": the second subject is not a second object', 'Syrian police arrested rebels and Turkish troops attacked insurgents.', ['SYRCOP 173 REB', 'TURMIL 190 REB']],
  ['a relative clause on the subject and the main verb each get an event', 'Erdogan, who met Putin on Monday, accused Assad of lying.', ['TURGOV 040 RUSGOV', 'TURGOV 112 SYRGOV']],
  ['a modal under a report is hypothetical', 'Officials said Turkish troops may attack Syrian rebels next week.', ['TURMIL 190 SYRREB'], 'hypothetical'],
  ['negation inside reported speech after a participle aside', 'Putin, speaking in Moscow, said Russia would not attack Turkey.', ['RUS 190 TUR'], 'negated'],
];
/** One test per case: the events expected, and their factuality when given. */
function testCases(list: Array<[string, string, string[], string?]>): void {
  for (const [name, text, expected, factuality] of list) {
    test(name, () => {
      const doc = codeText(coder, text);
      assert.deepEqual(triples(doc), expected, text);
      if (factuality) for (const e of doc.events) assert.equal(e.factuality.value, factuality, text);
    });
  }
}
testCases(cases);

// Constructions where the verb's own parse lacks an argument that the sentence still gives it.
const moreCases: Array<[string, string, string[], string?]> = [
  ['an object relative clause: the noun it modifies is what was done to', 'The rebels that Syrian troops attacked fled to Idlib.', ['SYRMIL 190 SYRREB']],
  ['two verbs side by side share the object after the second', 'Syrian troops attacked and arrested rebels near Idlib.', ['SYRMIL 190 SYRREB', 'SYRMIL 173 SYRREB']],
  ['a reduced relative with a by-agent is passive without an auxiliary', 'Rebels attacked by Syrian troops fled to Idlib.', ['SYRMIL 190 SYRREB']],
  ['an aside between subject and auxiliary is stepped over', 'Officials said that Syrian troops, backed by Russian jets, had attacked rebels in Idlib.', ['SYRMIL 190 SYRREB'], 'reported'],
  ['an accusation makes the accused the doer of an alleged act', 'Turkey accused Syria of attacking Turkish troops.', ['TURGOV 112 SYRGOV', 'SYR 190 TURMIL']],
  ['a clause after "a day after" keeps its own subject', 'Syrian rebels attacked Turkish troops on Monday, a day after Turkish jets struck Idlib.', ['SYRREB 190 TURMIL', 'TURMIL 190 SYR']],
  ['a relative clause the parser missed ("Russia, which it accused"): the noun before the pronoun is the object', 'NATO criticised Russia, which it accused of threatening Turkey.', ['IGONAT 112 RUSGOV']],
  ['an act someone was prevented from doing did not happen', 'Turkish police prevented Syrian rebels from attacking Turkish troops.', ['SYRREB 190 TURMIL'], 'negated'],
];
testCases(moreCases);

test('an open complement takes its governor\'s modal; its object is its doer', () => {
  const doc = codeText(coder, 'The bill would have allowed Turkish troops to attack Syrian rebels.');
  assert.deepEqual(triples(doc), ['TURMIL 190 SYRREB']);
  assert.equal(doc.events[0].factuality.value, 'hypothetical');
});

test('an accused act is reported, not asserted', () => {
  const doc = codeText(coder, 'Turkey accused Syria of attacking Turkish troops.');
  assert.equal(doc.events.find((e) => e.code === '190')?.factuality.value, 'reported');
});

test('"collaborating with X to VERB": the one who works with the partner does the act, even when the parse makes the partner its subject', () => {
  const doc = codeText(shippedCoder(), "Russia has been involved in a military campaign in Syria since September 2015, collaborating with Iran to support Assad's government.", '2024-07-25');
  assert.deepEqual(triples(doc).filter((t) => t.includes(' 051 ')), ['RUSGOV 051 SYRGOV']);
});

test('"neither X nor Y" gives each its negated event; a pardon with words between is still a pardon', () => {
  const doc = codeText(coder, 'Neither Turkey nor Russia attacked Syrian rebels.');
  assert.deepEqual(triples(doc), ['TUR 190 SYRREB', 'RUS 190 SYRREB']);
  assert.ok(doc.events.every((e) => e.factuality.value === 'negated'));
  const pardon = codeText(shippedCoder(), 'Putin granted Navalny a full and unconditional pardon.', '2020-11-26');
  assert.ok(triples(pardon).some((t) => / 0841 RUSOPP$/.test(t)), triples(pardon).join(', '));
});
