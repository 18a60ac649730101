import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventToJson, writeJsonl } from '../../src/formats/jsonl.js';
import type { CodedEvent } from '../../src/model/event.js';
import { sampleEvent } from '../fixtures/sample-event.js';

function makeEvent(over: Partial<CodedEvent> = {}): CodedEvent {
  const base = sampleEvent();
  return sampleEvent({ source: { ...base.source!, ref: 'person:assad' }, factuality: { value: 'asserted', cue: null, start: 3, end: 5 }, ...over });
}

test('eventToJson gives the public shape with keys in the documented order', () => {
  const j = eventToJson(makeEvent()) as unknown as Record<string, any>;
  assert.deepEqual(Object.keys(j), ['id', 'doc', 'sentence', 'source', 'target', 'code', 'root', 'quad', 'goldstein', 'plover', 'date', 'place', 'factuality', 'trigger', 'rule', 'mentions']);
  assert.deepEqual(Object.keys(j.source), ['code', 'country', 'role', 'name', 'start', 'end']);
  assert.deepEqual(Object.keys(j.target), ['code', 'country', 'role', 'name', 'start', 'end']);
  assert.deepEqual(Object.keys(j.plover), ['type', 'mode']);
  assert.deepEqual(Object.keys(j.date), ['value', 'precision', 'from', 'start', 'end']);
  assert.deepEqual(Object.keys(j.place), ['name', 'country', 'lat', 'lon', 'start', 'end']);
  assert.deepEqual(Object.keys(j.factuality), ['value', 'cue']);
  assert.deepEqual(Object.keys(j.trigger), ['text', 'start', 'end']);
  assert.deepEqual(Object.keys(j.mentions[0]), ['sentence', 'start', 'end']);
});

test('eventToJson copies the values and leaves internal fields out', () => {
  const j = eventToJson(makeEvent());
  assert.deepEqual(j, {
    id: 'ev1', doc: 'doc1', sentence: 0,
    source: { code: 'SYRGOV', country: 'SYR', role: 'GOV', name: 'Bashar al-Assad', start: 0, end: 15 },
    target: { code: 'TUR', country: 'TUR', role: null, name: 'Turkey', start: 24, end: 30 },
    code: '042', root: '04', quad: 1, goldstein: 1.9,
    plover: { type: 'CONSULT', mode: 'visit' },
    date: { value: '2024-03-05', precision: 'day', from: 'text', start: 34, end: 47 },
    place: { name: 'Ankara', country: 'TUR', lat: 39.93, lon: 32.86, start: 51, end: 57 },
    factuality: { value: 'asserted', cue: null },
    trigger: { text: 'visited', start: 16, end: 23 },
    rule: 'verb:visit',
    mentions: [{ sentence: 0, start: 16, end: 23 }],
  });
  assert.equal('by' in j, false);
});

test('missing actors and place are null', () => {
  const j = eventToJson(makeEvent({ source: null, target: null, place: null }));
  assert.equal(j.source, null);
  assert.equal(j.target, null);
  assert.equal(j.place, null);
});

test('rangeEnd appears after the date fields only when the date has one (an open range keeps null)', () => {
  const closed = eventToJson(makeEvent({ date: { value: '2024-03-01', precision: 'range', from: 'text', rangeEnd: '2024-03-05', start: 1, end: 9 } }));
  assert.deepEqual(Object.keys(closed.date), ['value', 'precision', 'from', 'start', 'end', 'rangeEnd']);
  assert.equal(closed.date.rangeEnd, '2024-03-05');
  const open = eventToJson(makeEvent({ date: { value: '2024-03-01', precision: 'range', from: 'text', rangeEnd: null, start: 1, end: 9 } }));
  assert.equal(open.date.rangeEnd, null);
  assert.equal('rangeEnd' in eventToJson(makeEvent()).date, false);
});

test('writeJsonl writes one parseable line per event, even with line breaks in the text', () => {
  const lines: string[] = [];
  const events = [makeEvent(), makeEvent({ id: 'ev2', trigger: { text: 'met\nwith\u2028them\r', start: 1, end: 5 } })];
  const n = writeJsonl(events, (l) => lines.push(l));
  assert.equal(n, 2);
  assert.equal(lines.length, 2);
  for (const l of lines) assert.doesNotMatch(l, /[\n\r\u2028\u2029]/);
  assert.deepEqual(lines.map((l) => JSON.parse(l)), events.map(eventToJson));
  assert.equal(JSON.parse(lines[1]).trigger.text, 'met\nwith\u2028them\r');
});

test('writeJsonl accepts any iterable and writes nothing for no events', () => {
  const lines: string[] = [];
  assert.equal(writeJsonl(new Set<CodedEvent>(), (l) => lines.push(l)), 0);
  assert.deepEqual(lines, []);
});
