import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../../src/model/doc.js';
import type { EventDate } from '../../../src/model/event.js';
import { segmentText } from '../../../src/stages/segment/segment.js';
import { groundDates, pickEventDate } from '../../../src/stages/ground-dates/ground-dates.js';
import { codeText, shippedCoder } from '../../helpers.js';

function ground(text: string, published: string | null = '2024-07-25'): Doc {
  return groundDates(segmentText(createDoc({ id: 't', raw: text, published })));
}

/** The event date for the trigger word `trigger` (its `nth` occurrence) in a one-doc text. */
function pick(doc: Doc, trigger: string, nth = 0): EventDate {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.text.indexOf(trigger, at + 1);
  assert.ok(at >= 0, `trigger "${trigger}" not found`);
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
  return pickEventDate(doc, sentence.index, at, at + trigger.length);
}

const textOf = (doc: Doc, d: EventDate) => (d.start === null ? null : doc.text.slice(d.start, d.end!));

test('the date after the trigger in its own clause wins over one in an "after"/"following" clause', () => {
  const doc = ground('Putin met Assad on Wednesday after talks last year.');
  const met = pick(doc, 'met');
  assert.equal(met.value, '2024-07-24');
  assert.equal(met.precision, 'day');
  assert.equal(met.from, 'text');
  assert.equal(textOf(doc, met), 'Wednesday');
  assert.equal(pick(doc, 'talks').value, '2023');

  const cut = ground('Turkey severed ties with Syria in 2011 following mass anti-government protests in March 2011.');
  assert.equal(pick(cut, 'severed').value, '2011');
  assert.equal(pick(cut, 'protests').value, '2011-03');
});

test('a sentence-initial date scopes the whole sentence', () => {
  const doc = ground('In December 2022, defense ministers from Turkey, Syria, and Russia met in Moscow, marking the first ministerial-level talks between Turkey and Syria since 2011.');
  assert.equal(pick(doc, 'met').value, '2022-12');
  // "the first talks since 2011" is a baseline, not when the talks happened
  assert.equal(pick(doc, 'talks').value, '2022-12');
});

test('a date before the trigger in the same clause counts; a date in a relative clause does not', () => {
  const doc = ground('Putin on Wednesday met Assad, who visited Moscow in March 2023.');
  assert.equal(pick(doc, 'met').value, '2024-07-24');
  assert.equal(pick(doc, 'visited').value, '2023-03');
  const rel = ground('Turkey cut ties, which it restored in 2011.');
  assert.equal(pick(rel, 'cut').from, 'published');
});

test('ranges keep their precision and end', () => {
  const doc = ground('Russia has been involved in a military campaign in Syria since September 2015.');
  const d = pick(doc, 'involved');
  assert.deepEqual({ value: d.value, precision: d.precision, rangeEnd: d.rangeEnd }, { value: '2015-09', precision: 'range', rangeEnd: null });
  assert.equal(textOf(doc, d), 'since September 2015');
  const closed = pick(ground('Assad ruled between 2012 and 2015.'), 'ruled');
  assert.deepEqual({ value: closed.value, precision: closed.precision, rangeEnd: closed.rangeEnd }, { value: '2012', precision: 'range', rangeEnd: '2015' });
});

test('no date in the sentence: the publication date, or nothing without one', () => {
  const d = pick(ground('Putin met Assad at the Kremlin.'), 'met');
  assert.deepEqual(d, { value: '2024-07-25', precision: 'day', from: 'published', start: null, end: null });
  const none = pick(ground('Putin met Assad at the Kremlin.', null), 'met');
  assert.deepEqual(none, { value: null, precision: 'unknown', from: 'none', start: null, end: null });
});

test('dates in other sentences are never taken', () => {
  const doc = ground('Putin met Assad in March 2023. They talked at length.');
  assert.equal(pick(doc, 'talked').from, 'published');
});

test('a participle clause after a comma takes the date of the clause it hangs from', () => {
  const doc = ground('Thousands of farmers marched in Paris on Tuesday, protesting the new fuel tax.');
  assert.equal(pick(doc, 'protesting').value, '2024-07-23');
  assert.equal(textOf(doc, pick(doc, 'protesting')), 'Tuesday');
  // Its own date still comes first, and a date inside it does not date the main clause.
  const own = ground('Ministers met in Moscow on Tuesday, marking the first talks since 2011.');
  assert.equal(pick(own, 'met').value, '2024-07-23');
});

test('a parenthesis does not cut a clause: the date after it is still the act\'s', () => {
  const doc = ground('A man was arrested in Norfolk at 2am local time (0100 UTC) on Sunday.', '2020-09-28');
  assert.equal(pick(doc, 'arrested').value, '2020-09-27');
});

test('with a parse, a date inside an infinitive under the act is the plan\'s, not the act\'s', () => {
  const text = 'On last Thursday, the delegations of Cyprus, Greece and Israel had met for their summit in Athens, to sign an agreement to construct the pipeline by 2025.';
  const doc = codeText(shippedCoder(), text, '2020-01-06');
  const met = doc.events.filter((e) => doc.text.slice(e.trigger.start, e.trigger.end) === 'met');
  assert.ok(met.length > 0 && met.every((e) => e.date.value === '2020-01-02'), met.map((e) => e.date.value).join(', '));
});
