import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, isInputProblem, type InputDoc, type InputProblem } from '../../src/input/read-inputs.js';

function writeTemp(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'eventwire-jsonl-')), name);
  writeFileSync(file, content);
  return file;
}

function read(path: string) {
  const items = [...readInputs([path])];
  return { docs: items.filter((i): i is InputDoc => !isInputProblem(i)), problems: items.filter(isInputProblem) as InputProblem[] };
}

test('a broken JSONL line is reported with its line number and the other lines are still read', () => {
  const file = writeTemp('feed.jsonl', [
    '{"id": "a", "text": "Russia and Syria signed a trade deal on Monday."}',
    '{"id": "b", "text": "Turkey recalled its ambassador."}',
    '{"id": "c", "text": "Protesters marched in Tbilisi.",',
    '',
    '{"id": "d", "text": "Iran denied the report."}',
  ].join('\n'));
  const { docs, problems } = read(file);
  assert.deepEqual(docs.map((d) => [d.id, d.origin.line]), [['a', 1], ['b', 2], ['d', 5]]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'EW_INPUT_BAD_JSON');
  assert.equal(problems[0].input, file);
  assert.equal(problems[0].line, 3);
  assert.match(problems[0].message, /feed\.jsonl line 3: bad JSON: /);
});

test('JSONL fields: id (or FILE:LINE), text or html, url, source, title, and published under its aliases', () => {
  const file = writeTemp('mixed.jsonl', [
    JSON.stringify({ id: 7, text: 'one', url: 'https://x.example/1', source: 'Wire', title: 'One', published: '2024-07-25T10:00:00Z' }),
    JSON.stringify({ text: 'two', date: 'July 25, 2024' }),
    JSON.stringify({ html: '<p>three</p>', publish_date: '2024-07-25' }),
    JSON.stringify({ text: 'four', published_at: 'sometime last week' }),
  ].join('\r\n'));
  const { docs, problems } = read(file);
  assert.deepEqual(problems, []);
  assert.deepEqual(docs[0], {
    id: '7', raw: 'one', format: 'jsonl', published: '2024-07-25', url: 'https://x.example/1', source: 'Wire', title: 'One', origin: { input: file, line: 1 },
  });
  assert.deepEqual(docs.slice(1).map((d) => [d.id, d.format, d.published]), [
    ['mixed:2', 'jsonl', '2024-07-25'],
    ['mixed:3', 'html', '2024-07-25'],
    ['mixed:4', 'jsonl', null],
  ]);
});

test('a JSONL line with neither text nor html, or that is not an object, is reported', () => {
  const file = writeTemp('odd.jsonl', ['{"id": "a", "title": "no body"}', '{"id": "b", "text": "   "}', '[1, 2]', '{"id": "c", "text": "ok"}'].join('\n'));
  const { docs, problems } = read(file);
  assert.deepEqual(docs.map((d) => d.id), ['c']);
  assert.deepEqual(problems.map((p) => [p.code, p.line]), [['EW_INPUT_NO_TEXT', 1], ['EW_INPUT_NO_TEXT', 2], ['EW_INPUT_BAD_JSON', 3]]);
  assert.match(problems[0].message, /odd\.jsonl line 1: has neither a "text" nor an "html" field/);
  assert.match(problems[2].message, /expected a JSON object, got an array/);
});

test('a .json file holds an array of records, one record, or JSON Lines', () => {
  const array = read(writeTemp('batch.json', JSON.stringify([{ text: 'one' }, { id: 'x', text: 'two' }, { title: 'none' }], null, 2)));
  assert.deepEqual(array.docs.map((d) => d.id), ['batch:1', 'x']);
  assert.equal(array.problems[0].code, 'EW_INPUT_NO_TEXT');
  assert.match(array.problems[0].message, /batch\.json item 3: has neither/);
  const single = read(writeTemp('one.json', JSON.stringify({ text: 'only', date: '2020-01-02' }, null, 2)));
  assert.deepEqual(single.docs.map((d) => [d.id, d.published]), [['one', '2020-01-02']]);
  const lines = read(writeTemp('lines.json', '{"text": "a"}\n{"text": "b"}\n'));
  assert.deepEqual(lines.docs.map((d) => d.id), ['lines:1', 'lines:2']);
});

test('the Wikinews and VOA corpora are read in place, with ids, urls and dates', () => {
  const { docs, problems } = read('../shared/corpus');
  assert.deepEqual(problems, []);
  assert.ok(docs.length >= 290, `read ${docs.length} docs`);
  const magnitogorsk = docs.find((d) => d.id === 'wikinews-2019-1')!;
  assert.equal(magnitogorsk.published, '2019-01-04');
  assert.equal(magnitogorsk.source, 'Wikinews');
  assert.match(magnitogorsk.url!, /^https:\/\/en\.wikinews\.org\/wiki\/Magnitogorsk/);
  const voa = docs.find((d) => d.id === '8011117')!;
  assert.equal(voa.published, '2025-03-14'); // "2025-03-14 20:28:39Z"
  assert.ok(docs.every((d) => d.published !== null && d.raw.length > 0));
});
