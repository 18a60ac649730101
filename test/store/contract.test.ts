// The contract every EventStore adapter must meet: add an adapter to ADAPTERS to run it.
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { EventwireError } from '../../src/model/errors.js';
import type { CodedEvent, EventActor, FactualityValue } from '../../src/model/event.js';
import { sampleEvent } from '../fixtures/sample-event.js';
import type { EventQuery, EventStore, StoredDocInput } from '../../src/store/store.js';

const ADAPTERS: Array<{ name: string; open: (dir: string) => EventStore }> = [
  { name: 'sqlite', open: (dir) => openSqliteStore(join(dir, 'events.db')) },
];

function actor(code: string, name = code): EventActor {
  return { code, country: code.slice(0, 3), role: code.slice(3, 6) || null, name, start: 0, end: name.length };
}

function makeEvent(id: string, over: Partial<CodedEvent> = {}): CodedEvent {
  return sampleEvent({
    id, doc: 'doc-a', source: actor('SYRGOV', 'Bashar al-Assad'), target: actor('TURGOV', 'Turkish government'),
    date: { value: '2024-03-05', precision: 'day', from: 'text', start: 40, end: 50 },
    place: { name: 'Ankara', country: 'TUR', lat: 39.93, lon: 32.86, start: 55, end: 61, ref: 'place:ankara' },
    ...over,
  });
}

const day = (value: string | null): CodedEvent['date'] => ({ value, precision: value === null ? 'unknown' : value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', from: value ? 'text' : 'none', start: null, end: null });
const fact = (value: FactualityValue, cue: string | null = null) => ({ value, cue });

const DOC_A: StoredDocInput & { events: CodedEvent[] } = {
  id: 'doc-a', text: 'Assad visited Ankara. Turkish troops shelled rebels. Russian troops did not appeal.', url: 'https://example.org/a', title: 'A', source: 'wire', published: '2024-03-21',
  events: [
    makeEvent('e1'),
    makeEvent('e2', { source: actor('TUR', 'Turkey'), target: actor('SYRREB', 'rebels'), code: '190', root: '19', quad: 4, goldstein: -10, date: day('2024-03-20'), factuality: fact('reported', 'said'), mentions: [{ sentence: 1, start: 22, end: 29 }, { sentence: 2, start: 5, end: 9 }] }),
    makeEvent('e3', { source: actor('RUSMIL', 'Russian troops'), target: actor('SYR', 'Syria'), code: '0251', root: '02', quad: 1, goldstein: 3, date: day('2024-04'), factuality: fact('denied', 'denied') }),
  ],
};
const DOC_B: StoredDocInput & { events: CodedEvent[] } = {
  id: 'doc-b', text: 'The US and Russia may negotiate. The UN made a statement. Damascus will accuse Washington.', url: null, published: '2024-03-02',
  events: [
    makeEvent('e4', { doc: 'doc-b', source: actor('USAGOV'), target: actor('RUSGOV'), code: '046', root: '04', quad: 1, goldstein: 7, date: day('2023'), factuality: fact('hypothetical', 'may') }),
    makeEvent('e5', { doc: 'doc-b', source: { code: 'IGOUNO', country: null, role: 'IGO', name: 'United Nations', start: 0, end: 6 }, target: null, place: null, code: '010', root: '01', quad: 1, goldstein: 0, date: day(null), mentions: [] }),
    makeEvent('e6', { doc: 'doc-b', source: actor('SYRGOV', 'Damascus'), target: actor('USA', 'Washington'), code: '111', root: '11', quad: 3, goldstein: -2, date: day('2024-02-28'), factuality: fact('future', 'will') }),
  ],
};

for (const adapter of ADAPTERS) {
  describe(`EventStore contract: ${adapter.name}`, () => {
    let dir: string;
    let store: EventStore;
    const keys = (q: EventQuery = {}) => store.query(q).map((s) => s.event.id);
    const expectOptionError = (q: EventQuery) => assert.throws(() => store.query(q), (e: unknown) => e instanceof EventwireError && e.code === 'EW_ERR_OPTION');

    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'eventwire-store-'));
      store = adapter.open(dir);
    });
    afterEach(() => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('round trip: documents and events come back as they went in', () => {
      const { docId, inserted } = store.addDoc(DOC_A);
      assert.equal(inserted, true);
      assert.ok(Number.isInteger(docId) && docId > 0);
      assert.equal(store.addEvents(docId, DOC_A.events), 3);
      const got = store.query({ doc: 'doc-a' });
      assert.deepEqual(got.map((s) => s.event).sort((a, b) => a.id.localeCompare(b.id)), DOC_A.events);
      for (const s of got) {
        assert.equal(s.documentId, docId);
        assert.equal(s.docKey, 'doc-a');
        assert.equal(s.url, 'https://example.org/a');
        assert.equal(s.published, '2024-03-21');
        assert.ok(Number.isInteger(s.id));
      }
    });

    test('re-adding the same text stores nothing again', () => {
      const first = store.addCodedDoc(DOC_A);
      assert.deepEqual(first, { docId: first.docId, inserted: true, events: 3 });
      const before = store.stats();
      assert.deepEqual(store.addCodedDoc(DOC_A), { docId: first.docId, inserted: false, events: 0 });
      assert.deepEqual(store.addDoc({ ...DOC_A, id: 'another-key', url: 'https://mirror.example/a' }), { docId: first.docId, inserted: false });
      assert.equal(store.addEvents(first.docId, DOC_A.events), 0);
      assert.deepEqual(store.stats(), before);
      assert.equal(store.addDoc({ ...DOC_A, text: DOC_A.text + ' Updated.' }).inserted, true);
    });

    test('a document and its events are stored in one transaction', () => {
      const bad = { ...DOC_B, events: [DOC_B.events[0], { ...DOC_B.events[1], code: null as unknown as string }] };
      assert.throws(() => store.addCodedDoc(bad), (e: unknown) => e instanceof EventwireError && e.code === 'EW_ERR_STORE');
      assert.equal(store.stats().documents, 0);
      assert.equal(store.stats().events, 0);
      assert.equal(store.addCodedDoc(DOC_B).inserted, true);
    });

    test('adding events to a document that does not exist is refused', () => {
      assert.throws(() => store.addEvents(999, DOC_A.events), (e: unknown) => e instanceof EventwireError && e.code === 'EW_ERR_STORE');
    });

    describe('query filters', () => {
      beforeEach(() => {
        store.addCodedDoc(DOC_A);
        store.addCodedDoc(DOC_B);
      });

      test('no filter: everything, by date with undated last', () => {
        assert.deepEqual(keys(), ['e4', 'e6', 'e1', 'e2', 'e3', 'e5']);
        assert.deepEqual(keys({ limit: 2 }), ['e4', 'e6']);
      });
      test('actor matches a source or target code prefix', () => {
        assert.deepEqual(keys({ actor: 'SYR' }), ['e6', 'e1', 'e2', 'e3']);
        assert.deepEqual(keys({ actor: 'SYRGOV' }), ['e6', 'e1']);
        assert.deepEqual(keys({ actor: 'SYRG' }), ['e6', 'e1']);
        assert.deepEqual(keys({ actor: 'IGO' }), ['e5']);
        assert.deepEqual(keys({ actor: 'XYZ' }), []);
      });
      test('source and target match their own side only', () => {
        assert.deepEqual(keys({ source: 'SYR' }), ['e6', 'e1']);
        assert.deepEqual(keys({ target: 'SYR' }), ['e2', 'e3']);
        assert.deepEqual(keys({ source: 'USA', target: 'RUS' }), ['e4']);
      });
      test('dyad matches both directions unless directed', () => {
        assert.deepEqual(keys({ dyad: ['SYR', 'TUR'] }), ['e1', 'e2']);
        assert.deepEqual(keys({ dyad: ['TUR', 'SYR'] }), ['e1', 'e2']);
        assert.deepEqual(keys({ dyad: ['SYR', 'TUR'], directed: true }), ['e1']);
        assert.deepEqual(keys({ dyad: ['TUR', 'SYR'], directed: true }), ['e2']);
        assert.deepEqual(keys({ dyad: ['SYRGOV', 'USA'] }), ['e6']);
      });
      test('code matches a prefix, root matches exactly', () => {
        assert.deepEqual(keys({ code: '04' }), ['e4', 'e1']);
        assert.deepEqual(keys({ code: '042' }), ['e1']);
        assert.deepEqual(keys({ code: '02' }), ['e3']);
        assert.deepEqual(keys({ code: '025' }), ['e3']);
        assert.deepEqual(keys({ root: '04' }), ['e4', 'e1']);
        assert.deepEqual(keys({ root: '0' }), []);
        assert.deepEqual(keys({ root: '19' }), ['e2']);
      });
      test('from and to bound the event date by ISO prefixes, inclusive', () => {
        assert.deepEqual(keys({ from: '2024-03' }), ['e1', 'e2', 'e3']);
        assert.deepEqual(keys({ to: '2024-03' }), ['e4', 'e6', 'e1', 'e2']);
        assert.deepEqual(keys({ from: '2024-03', to: '2024-03' }), ['e1', 'e2']);
        assert.deepEqual(keys({ from: '2024-03-05', to: '2024-03-05' }), ['e1']);
        assert.deepEqual(keys({ from: '2024' }), ['e6', 'e1', 'e2', 'e3']);
        assert.deepEqual(keys({ to: '2023' }), ['e4']);
      });
      test('factuality matches any listed value; an empty list filters nothing', () => {
        assert.deepEqual(keys({ factuality: ['reported', 'denied'] }), ['e2', 'e3']);
        assert.deepEqual(keys({ factuality: ['asserted'] }), ['e1', 'e5']);
        assert.deepEqual(keys({ factuality: [] }).length, 6);
      });
      test('doc matches our doc id; filters combine', () => {
        assert.deepEqual(keys({ doc: 'doc-b' }), ['e4', 'e6', 'e5']);
        assert.deepEqual(keys({ doc: 'nope' }), []);
        assert.deepEqual(keys({ actor: 'SYR', root: '19' }), ['e2']);
        assert.deepEqual(keys({ actor: 'SYR', from: '2024-03', factuality: ['asserted', 'denied'], limit: 1 }), ['e1']);
      });
      test('bad filters are misuse: EW_ERR_OPTION', () => {
        expectOptionError({ from: '2024/03' });
        expectOptionError({ to: 'March' });
        expectOptionError({ limit: 0 });
        expectOptionError({ limit: 1.5 });
        expectOptionError({ dyad: ['SYR'] as unknown as [string, string] });
      });
      test('stats count documents, events, mentions, actors and date coverage', () => {
        assert.deepEqual(store.stats(), {
          documents: 2, events: 6, mentions: 6, actors: 10,
          firstDate: '2023', lastDate: '2024-04',
          byRoot: { '01': 1, '02': 1, '04': 2, '11': 1, '19': 1 },
          byFactuality: { asserted: 2, denied: 1, future: 1, hypothetical: 1, reported: 1 },
        });
      });
    });

    test('close is safe twice, and a closed store refuses work', () => {
      store.close();
      store.close();
      assert.throws(() => store.query({}), (e: unknown) => e instanceof EventwireError && e.code === 'EW_ERR_STORE');
    });
  });
}
