import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../../../src/model/doc.js';
import { buildPipeline } from '../../../src/pipeline/pipeline.js';
import { extractText, extractTextStage } from '../../../src/stages/extract-text/extract-text.js';

const SEED = readFileSync(new URL('../../../../shared/seeds/000_5f513137f881b6c7.txt', import.meta.url), 'utf8');

/** doc.raw[doc.offsetMap[i]] is doc.text[i], for every char (no-break spaces read as spaces, CR as LF). */
function assertOffsetsExact(doc: Doc) {
  assert.ok(doc.offsetMap, 'an offset map');
  assert.equal(doc.offsetMap.length, doc.text.length);
  for (let i = 0; i < doc.text.length; i++) {
    const fromRaw: string = doc.raw[doc.offsetMap[i]].replace('\u00a0', ' ').replace('\r', '\n');
    assert.equal(fromRaw, doc.text[i], `text[${i}]`);
  }
}

test('the seed article loses "Did you read this?" and keeps every other sentence, with exact offsets', () => {
  const doc = extractText(createDoc({ id: 'seed', raw: SEED, published: '2024-07-25' }));
  assert.ok(!doc.text.includes('Did you read this?'));
  const lines = SEED.split('\n').filter((line) => line.trim() && line.trim() !== 'Did you read this?');
  assert.equal(lines.length, 8);
  for (const line of lines) assert.ok(doc.text.includes(line.trimEnd()), line.slice(0, 40));
  assert.equal(doc.text, lines.map((line) => line.trimEnd()).join('\n'));
  assertOffsetsExact(doc);
  for (let i = 0; i < doc.text.length; i++) assert.equal(doc.raw[doc.offsetMap![i]], doc.text[i]);
  assert.equal(doc.published, '2024-07-25');
  assert.deepEqual(doc.messages.map((m) => m.code), ['EW_MSG_FURNITURE_REMOVED']);
});

test('the seed without a publication date is still coded, with a warning', () => {
  const doc = extractText(createDoc({ id: 'seed', raw: SEED }));
  assert.equal(doc.published, null);
  const warning = doc.messages.find((m) => m.code === 'EW_MSG_NO_PUBLISHED');
  assert.equal(warning?.severity, 'warning');
  assert.equal(warning?.text, 'no publication date: events without a date in the text will have none');
  assert.equal(warning?.stage, 'extract-text');
  assert.ok(doc.text.length > 2000);
});

test('clean text needs no map: text stays raw', () => {
  const raw = 'Turkey recalled its ambassador from Damascus on Monday.\n\nIran denied the report.';
  const doc = extractText(createDoc({ id: 'x', raw, published: '2024-01-02' }));
  assert.equal(doc.text, raw);
  assert.equal(doc.offsetMap, undefined);
  assert.deepEqual(doc.messages, []);
});

test('Wikinews-style text: the date line gives the publication day, no-break spaces and CRLF are normalised', () => {
  const raw = 'Friday, January 4, 2019\u00a0\r\n\r\n\r\nAn apartment building collapsed on Monday in Magnitogorsk.\u00a0Officials said 39 died.\r\n';
  const doc = extractText(createDoc({ id: 'w', raw }));
  assert.equal(doc.text, 'Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk. Officials said 39 died.');
  assert.equal(doc.published, '2019-01-04');
  assert.deepEqual(doc.messages.map((m) => [m.code, m.severity]), [['EW_MSG_PUBLISHED_FROM_TEXT', 'info']]);
  assertOffsetsExact(doc);
});

test('a wire dateline without a year leaves the date unknown, with an info message and the warning', () => {
  const doc = extractText(createDoc({ id: 'r', raw: 'MOSCOW, July 25 (Reuters) — Russian President Vladimir Putin met Syrian President Bashar Assad.' }));
  assert.equal(doc.published, null);
  assert.deepEqual(doc.messages.map((m) => [m.code, m.severity]), [['EW_MSG_DATELINE_NO_YEAR', 'info'], ['EW_MSG_NO_PUBLISHED', 'warning']]);
  assert.match(doc.messages[0].text, /"MOSCOW, July 25 \(Reuters\)" gives no year/);
});

test('a publication value the input gave in another format is normalised', () => {
  const doc = extractText(createDoc({ id: 'n', raw: 'Talks ended.', published: '2024-07-25T23:30:00-05:00' }));
  assert.equal(doc.published, '2024-07-25');
});

test('text that is all furniture is reported as no article', () => {
  const doc = extractText(createDoc({ id: 'f', raw: 'Share on Facebook\nAdvertisement\n', published: '2024-01-01' }));
  assert.equal(doc.text, '');
  assert.ok(doc.messages.some((m) => m.code === 'EW_MSG_NO_ARTICLE' && m.severity === 'error'));
});

test('the stage is first in a pipeline: it requires nothing and assigns text', () => {
  assert.equal(extractTextStage.name, 'extract-text');
  assert.deepEqual(extractTextStage.requires, []);
  assert.deepEqual(extractTextStage.assigns, ['text']);
  const pipeline = buildPipeline([extractTextStage], {});
  const doc = pipeline.run(createDoc({ id: 'seed', raw: SEED, published: '2024-07-25' }));
  assert.ok(!doc.text.includes('Did you read this?'));
  assert.deepEqual(doc.runs, [{ stage: 'extract-text', version: '1' }]);
});
