import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../src/model/doc.js';
import { segmentText } from '../../../src/stages/segment/segment.js';
import { clauseTense } from '../../../src/stages/ground-dates/tense.js';
import { groundDates } from '../../../src/stages/ground-dates/ground-dates.js';
import { clauseBounds, tokenAt } from '../../../src/stages/ground-dates/clause.js';

/** The tense clauseTense gives the clause around the first occurrence of `word` in `text`. */
function tenseAt(text: string, word: string): string {
  const doc = segmentText(createDoc({ id: 't', raw: text }));
  const at = doc.text.indexOf(word);
  assert.ok(at >= 0, `"${word}" not in "${text}"`);
  return clauseTense(doc, tokenAt(doc, at), tokenAt(doc, at + word.length));
}

test('past: simple past (regular and irregular), did, was, perfect, modal perfect', () => {
  assert.equal(tenseAt('The Kremlin confirmed that the meeting took place on Wednesday.', 'Wednesday'), 'past');
  assert.equal(tenseAt('Turkey severed ties with Syria in 2011.', '2011'), 'past');
  assert.equal(tenseAt('The talks did not resume in August.', 'August'), 'past');
  assert.equal(tenseAt('The meeting was held in August.', 'August'), 'past');
  assert.equal(tenseAt('Russia has been involved in Syria since 2015.', '2015'), 'past');
  assert.equal(tenseAt('Trump might have called him in July.', 'July'), 'past');
});

test('a plan reported in the past may lie either side of publication: the nearer date wins', () => {
  assert.equal(tenseAt('The storm was expected to reach the coast on Wednesday.', 'Wednesday'), 'modal');
  assert.equal(tenseAt('The debate, which was slated for October 15, has been cancelled.', 'October'), 'modal');
  // A plan verb in the simple past is itself a past act.
  assert.equal(tenseAt('Turkey pledged on Wednesday to cut tariffs.', 'Wednesday'), 'past');
});

test('future: will, shall, going to, is to', () => {
  assert.equal(tenseAt('The two leaders will meet on Wednesday.', 'Wednesday'), 'future');
  assert.equal(tenseAt('Parliament shall convene in August.', 'August'), 'future');
  assert.equal(tenseAt('They are going to vote in August.', 'August'), 'future');
  assert.equal(tenseAt('The president is to visit Ankara in August.', 'August'), 'future');
});

test('modal: would/could/may, plans, expectations and prospect words', () => {
  assert.equal(tenseAt('The minister plans to visit Ankara in August.', 'August'), 'modal');
  assert.equal(tenseAt('A Turkish newspaper reported a potential meeting between Erdogan and Assad in Moscow in August.', 'August'), 'modal');
  assert.equal(tenseAt('The talks could resume in August.', 'August'), 'modal');
  assert.equal(tenseAt('Officials said the vote would take place in August.', 'August'), 'modal');
  assert.equal(tenseAt('The summit is expected to open in August.', 'August'), 'modal');
  assert.equal(tenseAt('The upcoming summit in August worries them.', 'August'), 'modal');
});

test('present, and a fronted date takes the tense of what follows it', () => {
  assert.equal(tenseAt('Russia maintains a presence in Syria this year.', 'this year'), 'present');
  assert.equal(tenseAt('In December 2022, defense ministers met in Moscow.', 'December'), 'past');
  assert.equal(tenseAt('On Wednesday, the two leaders will meet in Moscow.', 'Wednesday'), 'future');
});

test('a date in another clause does not borrow that clause\'s verb', () => {
  // the "which" clause is past, the main clause future
  assert.equal(tenseAt('The leaders, who met in July, will meet again in August.', 'August'), 'future');
  assert.equal(tenseAt('The leaders, who met in July, will meet again in August.', 'July'), 'past');
});

test('clauses split at subordinators, relative pronouns and participial commas, not at "since 2011"', () => {
  const doc = segmentText(createDoc({ id: 't', raw: 'Turkey severed ties with Syria in 2011 following mass protests, which escalated into war since 2011.' }));
  const words = (i: number) => { const c = clauseBounds(doc, i); return doc.text.slice(doc.tokens[c.start].start, doc.tokens[c.end - 1].end); };
  assert.equal(words(tokenAt(doc, doc.text.indexOf('2011'))), 'Turkey severed ties with Syria in 2011');
  assert.equal(words(tokenAt(doc, doc.text.indexOf('mass'))), 'following mass protests,');
  assert.equal(words(tokenAt(doc, doc.text.lastIndexOf('2011'))), 'which escalated into war since 2011.');
});

test('a plan verb in the simple past is a past act: "On Wednesday, X pledged to ..."', () => {
  const doc = groundDates(segmentText(createDoc({ id: 't', raw: 'On Wednesday, the Turkish President pledged converting the museum to a mosque.', published: '2019-03-31' })));
  assert.equal(doc.dates[0].value, '2019-03-27');
});
