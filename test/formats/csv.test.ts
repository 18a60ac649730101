import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, CSV_EOL, csvField, csvRecord, eventToCsvValues, parseCsv, writeCsv } from '../../src/formats/csv.js';
import { EventwireError } from '../../src/model/errors.js';
import type { CodedEvent } from '../../src/model/event.js';
import { sampleEvent } from '../fixtures/sample-event.js';

function makeEvent(over: Partial<CodedEvent> = {}): CodedEvent {
  return sampleEvent({ sentence: 2, place: { name: 'Ankara', country: 'TUR', lat: 39.93, lon: 32.86, start: 51, end: 57 }, factuality: { value: 'reported', cue: 'said' }, mentions: [{ sentence: 2, start: 16, end: 23 }], ...over });
}

function writeAll(events: CodedEvent[]): string[] {
  const records: string[] = [];
  writeCsv(events, (r) => records.push(r));
  return records;
}

test('the header row lists the flat columns in order', () => {
  assert.deepEqual([...CSV_COLUMNS], [
    'doc', 'sentence', 'source_code', 'source_name', 'source_start', 'source_end',
    'target_code', 'target_name', 'target_start', 'target_end',
    'code', 'root', 'quad', 'goldstein', 'plover_type', 'plover_mode',
    'date', 'date_precision', 'date_from', 'place_name', 'place_country', 'lat', 'lon',
    'factuality', 'factuality_cue', 'trigger', 'trigger_start', 'trigger_end', 'rule',
  ]);
  assert.equal(writeAll([])[0], CSV_COLUMNS.join(','));
});

test('one record per event with every column filled from the event', () => {
  const records = writeAll([makeEvent()]);
  assert.equal(records.length, 2);
  assert.equal(records[1], 'doc1,2,SYRGOV,Bashar al-Assad,0,15,TUR,Turkey,24,30,042,04,1,1.9,CONSULT,visit,2024-03-05,day,text,Ankara,TUR,39.93,32.86,reported,said,visited,16,23,verb:visit');
  assert.equal(eventToCsvValues(makeEvent()).length, CSV_COLUMNS.length);
});

test('missing target, place, date and PLOVER become empty fields', () => {
  const e = makeEvent({ target: null, place: null, plover: { type: null, mode: null }, date: { value: null, precision: 'unknown', from: 'none', start: null, end: null } });
  const [, row] = parseCsv(writeAll([e]).join(CSV_EOL));
  const get = (c: string) => row[CSV_COLUMNS.indexOf(c as (typeof CSV_COLUMNS)[number])];
  for (const c of ['target_code', 'target_name', 'target_start', 'target_end', 'place_name', 'place_country', 'lat', 'lon', 'plover_type', 'date']) assert.equal(get(c), '', c);
  assert.equal(get('date_precision'), 'unknown');
  assert.equal(row.length, CSV_COLUMNS.length);
});

test('fields with commas, double quotes and line breaks are quoted as RFC 4180 says', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\rhere'), '"cr\rhere"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(-2.5), '-2.5');
  assert.equal(csvRecord(['x', 'y,z', null, 3]), 'x,"y,z",,3');
});

test('tricky trigger text survives a write and read round trip', () => {
  const trigger = 'said "we will, if needed,\nstrike"\r\nagain';
  const e = makeEvent({ trigger: { text: trigger, start: 3, end: 40 }, source: { code: 'SYRGOV', country: 'SYR', role: 'GOV', name: 'Assad, Bashar "the president"', start: 0, end: 2 } });
  const records = writeAll([e, makeEvent({ id: 'ev2' })]);
  assert.match(records[1], /,"said ""we will, if needed,\nstrike""\r\nagain",/);
  const rows = parseCsv(records.join(CSV_EOL) + CSV_EOL);
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows[1][CSV_COLUMNS.indexOf('trigger')], trigger);
  assert.equal(rows[1][CSV_COLUMNS.indexOf('source_name')], 'Assad, Bashar "the president"');
  assert.equal(rows[2][CSV_COLUMNS.indexOf('trigger')], 'visited');
  for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
});

test('parseCsv reads LF and CRLF records, empty fields and a byte order mark', () => {
  assert.deepEqual(parseCsv('\ufeffa,b\r\n1,\n,"x"'), [['a', 'b'], ['1', ''], ['', 'x']]);
  assert.deepEqual(parseCsv('"a""b",c\n'), [['a"b', 'c']]);
});

test('parseCsv refuses an unclosed quote and a stray quote with EW_ERR_INPUT', () => {
  assert.throws(() => parseCsv('a,"b\n'), (e: unknown) => e instanceof EventwireError && e.code === 'EW_ERR_INPUT');
  assert.throws(() => parseCsv('a,b"c"\n'), (e: unknown) => e instanceof EventwireError && e.code === 'EW_ERR_INPUT');
});
