import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTable, formatTableLines, truncateCell, writeTable } from '../../src/formats/table.js';
import { EventwireError } from '../../src/model/errors.js';
import type { CodedEvent } from '../../src/model/event.js';
import { sampleEvent } from '../fixtures/sample-event.js';

function makeEvent(over: Partial<CodedEvent> = {}): CodedEvent {
  return sampleEvent({ place: { name: 'Ankara', country: 'TUR', lat: 39.93, lon: 32.86, start: 51, end: 57 }, mentions: [], ...over });
}

const NAMES = new Map([['042', { name: 'Make a visit' }], ['190', { name: 'Use conventional military force, not specified below' }]]);

test('a header, a rule and one aligned line per event', () => {
  const lines = formatTableLines([makeEvent(), makeEvent({ source: null, code: '190', target: { code: 'SYRREB', country: 'SYR', role: 'REB', name: 'rebels', start: 0, end: 6 } })]);
  assert.equal(lines.length, 4);
  assert.match(lines[0], /^date\s+source\s+code\s+target\s+factuality\s+place\s+trigger$/);
  assert.match(lines[1], /^-+( +-+){6}$/);
  assert.match(lines[2], /^2024-03-05\s+SYRGOV\s+042\s+TUR\s+asserted\s+Ankara\s+visited$/);
  // Columns line up: each header title starts where its cells start.
  for (const title of ['source', 'code', 'target', 'factuality', 'place', 'trigger']) {
    const at = lines[0].indexOf(title);
    assert.notEqual(lines[2][at - 1], undefined);
    assert.equal(lines[2][at - 1], ' ', title);
    assert.notEqual(lines[2][at], ' ', title);
  }
  assert.equal(lines[3].indexOf('SYRREB'), lines[0].indexOf('target'));
});

test('a name lookup (map or function) adds the CAMEO name after the code, cut to fit', () => {
  const [, , withMap] = formatTableLines([makeEvent()], { names: NAMES });
  assert.match(withMap, /042 Make a visit/);
  const byFn = formatTable([makeEvent({ code: '190' })], (c) => NAMES.get(c)?.name);
  const row = byFn.split('\n')[2];
  assert.match(row, /190 Use conventional milita… /);
  assert.doesNotMatch(row, /not specified below/);
});

test('long cells end in an ellipsis; line breaks in a cell never break the row', () => {
  const long = 'fired artillery shells at positions held by opposition fighters near the border crossing';
  const lines = formatTableLines([makeEvent({ trigger: { text: `first\nsecond ${long}`, start: 0, end: 5 } })], { maxCell: 10 });
  assert.equal(lines.length, 3);
  assert.match(lines[2], /first second fired …$/);
  assert.equal(truncateCell('abcdef', 4), 'abc…');
  assert.equal(truncateCell('abc', 4), 'abc');
  assert.equal(truncateCell('ab😀cd', 4), 'ab😀…');
});

test('dates show ranges and mark publication-date fallbacks; missing cells stay blank', () => {
  const lines = formatTableLines([
    makeEvent({ date: { value: '2024-03-01', precision: 'range', from: 'text', rangeEnd: '2024-03-05', start: 0, end: 5 } }),
    makeEvent({ date: { value: '2024-03-07', precision: 'day', from: 'published', start: null, end: null }, place: null, target: null }),
    makeEvent({ date: { value: null, precision: 'unknown', from: 'none', start: null, end: null }, source: { code: '', country: null, role: null, name: 'gunmen', start: 0, end: 6 } }),
  ], { noHeader: true });
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^2024-03-01\.\.2024-03-05 /);
  assert.match(lines[1], /^2024-03-07~ /);
  assert.match(lines[2], /^\s+gunmen\s+042/);
});

test('writeTable sends lines to out and counts events; a silly width is misuse', () => {
  const lines: string[] = [];
  assert.equal(writeTable([makeEvent(), makeEvent()], (l) => lines.push(l)), 2);
  assert.equal(lines.length, 4);
  assert.equal(formatTable([]).split('\n').length, 2);
  assert.throws(() => formatTableLines([makeEvent()], { maxCell: 1 }), (e: unknown) => e instanceof EventwireError && e.code === 'EW_ERR_OPTION');
});
