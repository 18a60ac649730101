import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderWith, codeText, actorsOf, shippedCoder, triples } from '../../helpers.js';

// How role nouns combine with the names around them (PETRARCH's agents carry these constructions).
const coder = coderWith(`
country ARN
  name: Arnor
country GON
  name: Gondor; Minas Tirith
country BRE
  name: Bree
country ROM
  name: Romendacil
agent GOV
  name: prime minister; official; diplomat
agent MIL
  name: soldier
agent LEG
  name: lawmaker
agent NGO
  name: msf
  order: prefix
`, 'order');
const actors = (text: string) => actorsOf(codeText(coder, text));

test('a name right after a title is the title holder: the phrase keeps the title', () => {
  assert.deepEqual(actors('Bree Prime Minister Romendacil arrived.'), ['Bree Prime Minister Romendacil=BREGOV']);
});

test('a prefix agent goes before the country and the role noun after it', () => {
  assert.deepEqual(actors('An MSF Arnor diplomat arrived.'), ['MSF Arnor diplomat=NGOARNGOV']);
});

test('a role noun takes its country from "from" or "in", one country or several', () => {
  assert.deepEqual(actors('Soldiers from Gondor arrived.'), ['Soldiers from Gondor=GONMIL']);
  assert.deepEqual(codeText(coder, 'Lawmakers in Arnor and Gondor met.').actors.filter((a) => a.id.includes('~')).map((a) => a.actor.code), ['ARNLEG', 'GONLEG']);
});

test('"former" makes a role noun an elite (CAMEO ELI)', () => {
  assert.deepEqual(actors('Former Arnor officials arrived.'), ['Arnor officials=ARNELI']);
  assert.deepEqual(actors('Arnor former officials arrived.'), ['Arnor former officials=ARNELI']);
});

test('a role word before a compound noun names an actor when the head is one ("official news agency")', () => {
  assert.deepEqual(actors('The official news agency said so.'), ['official news agency=GOV']);
});

test('a person out of office whom the text calls "former" is the elite of the country (ELI), and "Former" is no name', () => {
  const doc = codeText(shippedCoder(), 'Former Vice President Joe Biden criticized President Donald Trump.', '2019-10-01');
  assert.ok(!doc.actors.some((a) => a.kind === 'unknown'), doc.actors.map((a) => doc.text.slice(a.start, a.end)).join(', '));
  assert.ok(triples(doc).includes('USAELI 111 USAGOV'), triples(doc).join(', '));
  // In office on the event's date, the role holds.
  assert.ok(triples(codeText(shippedCoder(), 'Vice President Joe Biden met President Vladimir Putin.', '2011-03-10')).includes('USAGOV 040 RUSGOV'));
});

test('a role noun before another role noun joins it ("Abu Dhabi TV photojournalist"), and a spokesman speaks for the sector before him', () => {
  const tv = codeText(shippedCoder(), 'An Abu Dhabi TV photojournalist was killed in the attack.', '2019-10-05');
  assert.ok(tv.actors.some((a) => a.actor.code === 'AREMED'), tv.actors.map((a) => a.actor.code).join(', '));
  const army = codeText(shippedCoder(), 'An army spokesman said the rebels retreated.', '2019-10-05');
  assert.ok(army.actors.some((a) => a.actor.code === 'MIL' && army.text.slice(a.start, a.end) === 'army spokesman'));
  // A role word before a plain noun still names no actor ("the military campaign").
  assert.deepEqual(codeText(shippedCoder(), 'The military campaign continued.', '2019-10-05').actors, []);
});

test('a person named before a role noun is its modifier ("Trump aide"); the last name of a phrase is its head ("Trump adviser Steve Bannon")', () => {
  const actors = (text: string, published = '2020-11-02') => actorsOf(codeText(shippedCoder(), text, published));
  assert.ok(actors('Trump aide Jane Doe criticized Biden.').includes('Trump aide Jane Doe=USAGOV'));
  assert.ok(actors('Trump adviser Steve Bannon criticized Biden.').includes('Trump adviser Steve Bannon=USAELI'));
  // Officials of someone out of office are no government.
  assert.ok(actors('Biden campaign officials expressed concern.').some((a) => a.endsWith('=USA')), actors('Biden campaign officials expressed concern.').join(' '));
  const doc = codeText(shippedCoder(), 'Trump aide Jane Doe criticized Biden.', '2020-11-02');
  assert.ok(!doc.actors.some((a) => a.ref === 'person:donald-trump' && doc.text.slice(a.start, a.end).includes('aide')));
});
