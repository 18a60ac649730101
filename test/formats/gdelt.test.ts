import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GDELT_COLUMNS, gdeltEventId, gdeltRow, writeGdelt, type GdeltContext } from '../../src/formats/gdelt.js';
import { parseCsv } from '../../src/formats/csv.js';
import { EventwireError } from '../../src/model/errors.js';
import type { CodedEvent, EventDate } from '../../src/model/event.js';
import { sampleEvent } from '../fixtures/sample-event.js';

const REF = new URL('../../../shared/reference/gdelt', import.meta.url).pathname;
const schemaNames = parseCsv(readFileSync(`${REF}/gdelt2-events-schema.csv`, 'utf8')).slice(1).map((r) => r[0]);
const sample = parseCsv(readFileSync(`${REF}/gdelt2-events-sample.csv`, 'utf8'));
const CTX: GdeltContext = { url: 'https://example.org/a', published: '2024-03-07', dateAdded: '20240308120000' };

function makeEvent(over: Partial<CodedEvent> = {}): CodedEvent {
  return sampleEvent({ mentions: [{ sentence: 0, start: 16, end: 23 }, { sentence: 3, start: 90, end: 95 }], ...over });
}

/** The row as a column-name -> value record. */
function fields(e: CodedEvent, ctx: GdeltContext = CTX): Record<string, string> {
  const values = gdeltRow(e, ctx).split('\t');
  return Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, values[i]]));
}

function dated(value: string | null, precision: EventDate['precision']): CodedEvent {
  return makeEvent({ date: { value, precision, from: value ? 'text' : 'none', start: null, end: null } });
}

test('our column list is the 61 names of the GDELT 2.0 schema, in order', () => {
  assert.equal(schemaNames.length, 61);
  assert.deepEqual([...GDELT_COLUMNS], schemaNames);
  // The sample export adds CAMEOCodeDescription after EventCode; every other column matches.
  assert.deepEqual(sample[0].filter((c) => c !== 'CAMEOCodeDescription'), schemaNames);
});

test('every row has exactly 61 tab-separated fields, whatever the event holds', () => {
  const events = [
    makeEvent(),
    makeEvent({ source: null, target: null, place: null, mentions: [] }),
    makeEvent({ source: { code: '', country: null, role: null, name: 'a\tgunman\nfrom\r\nnowhere', start: 0, end: 1 } }),
    makeEvent({ place: { name: 'Tab\tCity', country: null, lat: null, lon: null, start: 0, end: 1 } }),
    dated(null, 'unknown'),
  ];
  for (const e of events) {
    for (const ctx of [CTX, { dateAdded: '20240308120000' }, { ...CTX, url: 'https://x.org/a\tb\nc' }]) {
      const row = gdeltRow(e, ctx);
      assert.doesNotMatch(row, /[\r\n]/);
      assert.equal(row.split('\t').length, 61);
    }
  }
});

test('event, actor and count fields follow the GDELT codebook', () => {
  const f = fields(makeEvent());
  assert.equal(f.Actor1Code, 'SYRGOV');
  assert.equal(f.Actor1Name, 'BASHAR AL-ASSAD');
  assert.equal(f.Actor1CountryCode, 'SYR');
  assert.equal(f.Actor1Type1Code, 'GOV');
  assert.equal(f.Actor2Code, 'TUR');
  assert.equal(f.Actor2CountryCode, 'TUR');
  assert.equal(f.Actor2Type1Code, '');
  assert.equal(f.IsRootEvent, '1');
  assert.equal(f.EventCode, '042');
  assert.equal(f.EventBaseCode, '042');
  assert.equal(f.EventRootCode, '04');
  assert.equal(f.QuadClass, '1');
  assert.equal(f.GoldsteinScale, '1.9');
  assert.equal(f.NumMentions, '2');
  assert.equal(f.NumSources, '1');
  assert.equal(f.NumArticles, '1');
  assert.equal(f.AvgTone, '0');
  assert.equal(f.DATEADDED, '20240308120000');
  assert.equal(f.SOURCEURL, 'https://example.org/a');
  assert.equal(fields(makeEvent({ sentence: 2 })).IsRootEvent, '0');
  assert.equal(fields(makeEvent(), { ...CTX, numSources: 3, numArticles: 4 }).NumArticles, '4');
  const four = fields(makeEvent({ code: '0251', root: '02', goldstein: -10 }));
  assert.deepEqual([four.EventCode, four.EventBaseCode, four.EventRootCode, four.GoldsteinScale], ['0251', '025', '02', '-10.0']);
  assert.equal(fields(makeEvent({ code: '04', root: '04' })).EventBaseCode, '04');
});

test('a role the code does not spell out still becomes Type1Code', () => {
  const f = fields(makeEvent({ source: { code: 'SYR', country: 'SYR', role: 'MIL', name: 'Syrian army', start: 0, end: 1 } }));
  assert.equal(f.Actor1Type1Code, 'MIL');
});

test('actor codes split into GDELT fields exactly as in the real GDELT sample', () => {
  const col = (n: string) => sample[0].indexOf(n);
  const parts = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
  const seen = new Set<string>();
  for (const row of sample.slice(1)) {
    for (const actor of ['Actor1', 'Actor2']) {
      const code = row[col(`${actor}Code`)];
      if (!code || seen.has(code)) continue;
      seen.add(code);
      const e = makeEvent({ source: { code, country: row[col(`${actor}CountryCode`)] || null, role: null, name: row[col(`${actor}Name`)], start: 0, end: 1 } });
      const f = fields(e);
      assert.deepEqual(parts.map((p) => f[`Actor1${p}`]), parts.map((p) => row[col(`${actor}${p}`)]), code);
    }
  }
  assert.ok(seen.size > 400);
});

test('dates: day as is, month and year on the first day, no date falls back to publication then coding date', () => {
  const d = (e: CodedEvent, ctx?: GdeltContext) => { const f = fields(e, ctx); return [f.SQLDATE, f.MonthYear, f.Year, f.FractionDate]; };
  assert.deepEqual(d(dated('2024-03-05', 'day')), ['20240305', '202403', '2024', '2024.1781']);
  assert.deepEqual(d(dated('2024-03', 'month')), ['20240301', '202403', '2024', '2024.1671']);
  assert.deepEqual(d(dated('2023', 'year')), ['20230101', '202301', '2023', '2023.0027']);
  assert.deepEqual(d(makeEvent({ date: { value: '2024-02-27', precision: 'range', from: 'text', rangeEnd: '2024-03-02', start: 0, end: 5 } }))[0], '20240227');
  assert.equal(d(dated(null, 'unknown'))[0], '20240307');
  assert.equal(d(dated(null, 'unknown'), { dateAdded: '20240308120000', published: null })[0], '20240308');
});

test('FractionDate matches every row of the real GDELT sample', () => {
  const col = (n: string) => sample[0].indexOf(n);
  for (const row of sample.slice(1)) {
    const s = row[col('SQLDATE')];
    const f = fields(dated(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`, 'day'));
    assert.deepEqual([f.SQLDATE, f.MonthYear, f.Year, f.FractionDate], [s, row[col('MonthYear')], row[col('Year')], row[col('FractionDate')]]);
  }
});

test('ActionGeo comes from the place (ISO3 country code); actor geo is empty', () => {
  const f = fields(makeEvent());
  assert.deepEqual(
    ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => f[`ActionGeo_${c}`]),
    ['4', 'Ankara', 'TUR', '', '', '39.93', '32.86', 'place:ankara'],
  );
  assert.equal(f.Actor1Geo_Type, '0');
  assert.equal(f.Actor1Geo_FullName, '');
  assert.equal(f.Actor2Geo_Type, '0');
  const us = fields(makeEvent({ place: { name: 'Austin', country: 'USA', lat: 30.27, lon: -97.74, start: 0, end: 6 } }));
  assert.equal(us.ActionGeo_Type, '3');
  const country = fields(makeEvent({ place: { name: 'Syria', country: 'SYR', lat: 35, lon: 38, start: 0, end: 5, ref: 'SYR' } }));
  assert.deepEqual([country.ActionGeo_Type, country.ActionGeo_ADM1Code, country.ActionGeo_FeatureID], ['1', 'SYR', 'SYR']);
  const none = fields(makeEvent({ place: null }));
  assert.deepEqual([none.ActionGeo_Type, none.ActionGeo_FullName, none.ActionGeo_Lat], ['0', '', '']);
});

test('GLOBALEVENTID is a stable positive 53-bit-safe integer, different per event', () => {
  const a = gdeltEventId(makeEvent());
  assert.equal(a, gdeltEventId(makeEvent()));
  assert.ok(Number.isSafeInteger(a) && a > 0);
  assert.notEqual(a, gdeltEventId(makeEvent({ id: 'ev2' })));
  assert.notEqual(a, gdeltEventId(makeEvent({ doc: 'doc2' })));
  assert.equal(fields(makeEvent()).GLOBALEVENTID, String(a));
});

test('a malformed dateAdded is misuse: EW_ERR_OPTION', () => {
  assert.throws(() => gdeltRow(makeEvent(), { dateAdded: '2024-03-08' }), (e: unknown) => e instanceof EventwireError && e.code === 'EW_ERR_OPTION');
});

test('writeGdelt writes a row per event, with a per-event context and an optional header', () => {
  const rows: string[] = [];
  const n = writeGdelt([makeEvent(), makeEvent({ id: 'ev2', doc: 'doc2' })], (e) => ({ ...CTX, url: `https://example.org/${e.doc}` }), (r) => rows.push(r), { header: true });
  assert.equal(n, 2);
  assert.equal(rows[0], schemaNames.join('\t'));
  assert.equal(rows[2].split('\t')[60], 'https://example.org/doc2');
  const plain: string[] = [];
  writeGdelt([makeEvent()], CTX, (r) => plain.push(r));
  assert.deepEqual(plain, [gdeltRow(makeEvent(), CTX)]);
});
