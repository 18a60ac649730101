import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc } from '../../../src/model/doc.js';
import { segmentText } from '../../../src/stages/segment/segment.js';
import { segmentStage } from '../../../src/stages/segment/segment.js';
import { buildPipeline } from '../../../src/pipeline/pipeline.js';
import { groundDates, groundDatesStage, pickEventDate } from '../../../src/stages/ground-dates/ground-dates.js';

// The founding article, read in place (shared material is not copied into the project).
const SEED = fileURLToPath(new URL('../../../../shared/seeds/000_5f513137f881b6c7.txt', import.meta.url));
const text = readFileSync(SEED, 'utf8');

function seedDoc(published: string | null = '2024-07-25'): Doc {
  return groundDates(segmentText(createDoc({ id: 'seed', raw: text, published })));
}

/** value, precision and rangeEnd of the date span that starts with `expr` inside `context`. */
function dateIn(doc: Doc, context: string, expr: string) {
  const at = doc.text.indexOf(context);
  assert.ok(at >= 0, `context "${context}" not in the seed`);
  const start = doc.text.indexOf(expr, at);
  const span = doc.dates.find((d) => d.start === start && doc.text.slice(d.start, d.end) === expr);
  assert.ok(span, `no date "${expr}" in "${context}"`);
  return { value: span.value, precision: span.precision, rangeEnd: span.rangeEnd, side: span.side };
}

test('seed article: every time expression grounded against 2024-07-25', () => {
  const doc = seedDoc();
  assert.deepEqual(dateIn(doc, 'took place on Wednesday', 'Wednesday'), { value: '2024-07-24', precision: 'day', rangeEnd: undefined, side: 'past' });
  assert.deepEqual(dateIn(doc, 'last encounter in March 2023', 'March 2023'), { value: '2023-03', precision: 'month', rangeEnd: undefined, side: 'past' });
  assert.deepEqual(dateIn(doc, 'Syria in 2011 following', '2011'), { value: '2011', precision: 'year', rangeEnd: undefined, side: 'past' });
  assert.deepEqual(dateIn(doc, 'In December 2022', 'December 2022'), { value: '2022-12', precision: 'month', rangeEnd: undefined, side: 'past' });
  assert.deepEqual(dateIn(doc, 'since September 2015', 'since September 2015'), { value: '2015-09', precision: 'range', rangeEnd: null, side: 'past' });
  assert.deepEqual(dateIn(doc, 'officials last year', 'last year'), { value: '2023', precision: 'year', rangeEnd: undefined, side: 'past' });
  assert.deepEqual(dateIn(doc, 'potential meeting', 'August'), { value: '2024-08', precision: 'month', rangeEnd: undefined, side: 'future' });
  assert.deepEqual(dateIn(doc, 'between Turkey and Syria since 2011', 'since 2011'), { value: '2011', precision: 'range', rangeEnd: null, side: 'past' });
  // "12-year uprising" holds no year; nothing else in the article is a date
  assert.equal(doc.dates.length, 8);
});

test('seed article: each event takes the date of its own clause', () => {
  const doc = seedDoc();
  const event = (trigger: string, context: string) => {
    const at = doc.text.indexOf(trigger, doc.text.indexOf(context));
    const s = doc.sentences.find((x) => x.start <= at && at < x.end)!;
    return pickEventDate(doc, s.index, at, at + trigger.length);
  };
  assert.equal(event('met', 'Russian President Vladimir Putin met').from, 'published');
  assert.equal(event('took place', 'The Kremlin confirmed').value, '2024-07-24');
  assert.equal(event('severed', 'Turkey severed').value, '2011');
  assert.equal(event('met', 'and Russia met').value, '2022-12');
  assert.equal(event('facilitated', 'Russia also facilitated').value, '2023');
  assert.equal(event('meeting', 'potential meeting').value, '2024-08');
  assert.equal(event('denied', 'officials denied').from, 'published');
});

test('seed article without a publication date: relative dates unresolved, absolute ones kept', () => {
  const doc = seedDoc(null);
  assert.equal(dateIn(doc, 'took place on Wednesday', 'Wednesday').value, null);
  assert.equal(dateIn(doc, 'officials last year', 'last year').value, null);
  assert.equal(dateIn(doc, 'potential meeting', 'August').value, null);
  assert.equal(dateIn(doc, 'potential meeting', 'August').precision, 'month');
  assert.equal(dateIn(doc, 'last encounter in March 2023', 'March 2023').value, '2023-03');
  assert.equal(doc.messages.filter((m) => m.code === 'EW_MSG_UNRESOLVED_DATE').length, 3);
});

test('the stage runs in a pipeline after segment; options.reference overrides the publication date', () => {
  const pipeline = buildPipeline([segmentStage, groundDatesStage], {}, { 'ground-dates': { reference: '2024-07-25' } });
  const doc = pipeline.run(createDoc({ id: 'seed', raw: text }));
  assert.equal(dateIn(doc, 'took place on Wednesday', 'Wednesday').value, '2024-07-24');
  assert.deepEqual(doc.runs.map((r) => r.stage), ['segment', 'ground-dates']);
  assert.throws(() => buildPipeline([groundDatesStage], {}), { code: 'EW_ERR_STAGE_ORDER' });
  assert.throws(() => buildPipeline([segmentStage, groundDatesStage], {}, { 'ground-dates': { reference: '25/07/2024' } }), { code: 'EW_ERR_OPTION' });
});
