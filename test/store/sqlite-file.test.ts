// SQLite-specific behaviour: the file on disk, its marks, persistence, and refusing files that are not ours.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { EVENTWIRE_APPLICATION_ID, SCHEMA_VERSION } from '../../src/store/sqlite/schema.js';
import { contentHash } from '../../src/store/sqlite/write.js';
import { EventwireError } from '../../src/model/errors.js';
import type { CodedEvent } from '../../src/model/event.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'eventwire-sqlite-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function makeEvent(id: string, sourceCode: string, date: string | null): CodedEvent {
  return {
    id, doc: 'd1', sentence: 0,
    source: { code: sourceCode, country: sourceCode.slice(0, 3), role: null, name: `name of ${sourceCode}`, start: 0, end: 3 },
    target: null, code: '010', root: '01', quad: 1, goldstein: 0, plover: { type: null, mode: null },
    date: { value: date, precision: date ? 'day' : 'unknown', from: date ? 'text' : 'none', start: null, end: null },
    place: null, factuality: { value: 'asserted', cue: null }, trigger: { text: 'said', start: 4, end: 8 },
    rule: 'verb:say', by: 'pattern', mentions: [{ sentence: 0, start: 4, end: 8 }],
  };
}

/** Opening `path` must throw EW_ERR_STORE naming it, and leave the file (and its folder) as they were. */
function assertRefused(path: string, reason: RegExp): void {
  const before = readFileSync(path);
  assert.throws(() => openSqliteStore(path), (e: unknown) => {
    assert.ok(e instanceof EventwireError);
    assert.equal(e.code, 'EW_ERR_STORE');
    assert.ok(e.message.includes(path), e.message);
    assert.match(e.message, reason);
    return true;
  });
  assert.deepEqual(readFileSync(path), before);
  assert.equal(existsSync(`${path}-wal`), false);
  assert.equal(existsSync(`${path}-shm`), false);
  assert.equal(existsSync(`${path}-journal`), false);
}

test('a new file becomes a WAL-mode database marked as eventwire, with the schema version recorded', () => {
  const path = join(dir, 'new.db');
  openSqliteStore(path).close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('application_id', { simple: true }), EVENTWIRE_APPLICATION_ID);
  assert.deepEqual(db.prepare('SELECT version FROM schema_version').pluck().all(), [SCHEMA_VERSION]);
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
  assert.deepEqual(tables, ['actors', 'documents', 'events', 'mentions', 'schema_version']);
  const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'`).pluck().all();
  for (const i of ['events_dyad', 'events_target', 'events_code', 'events_root', 'events_date', 'events_factuality']) assert.ok(indexes.includes(i), i);
  db.close();
});

test('data persists across reopen, and reopening does not migrate twice', () => {
  const path = join(dir, 'persist.db');
  const s1 = openSqliteStore(path);
  const r = s1.addCodedDoc({ id: 'd1', text: 'Syria said.', events: [makeEvent('e1', 'SYRGOV', '2024-03-05')] });
  s1.close();
  const s2 = openSqliteStore(path);
  assert.equal(s2.addCodedDoc({ id: 'd1', text: 'Syria said.', events: [] }).docId, r.docId);
  assert.deepEqual(s2.query().map((s) => s.event.id), ['e1']);
  s2.close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.prepare('SELECT COUNT(*) FROM schema_version').pluck().get(), 1);
  db.close();
});

test('documents keep their content hash and metadata; actors count mentions and keep the first date', () => {
  const path = join(dir, 'rows.db');
  const store = openSqliteStore(path);
  store.addCodedDoc({ id: 'd1', text: 'one', url: 'u1', title: 't1', source: 's1', published: '2024-03-10', codedAt: '2024-03-11T00:00:00Z', events: [makeEvent('e1', 'SYRGOV', '2024-03-05'), makeEvent('e2', 'SYRGOV', null)] });
  store.addCodedDoc({ id: 'd2', text: 'two', published: '2024-01-02', events: [makeEvent('e1', 'SYRGOV', '2024-02-01'), makeEvent('e3', '', '2024-02-01')] });
  store.close();
  const db = new Database(path, { readonly: true });
  assert.deepEqual(db.prepare('SELECT doc_key, content_hash, url, title, source, published, coded_at FROM documents ORDER BY id').get(),
    { doc_key: 'd1', content_hash: contentHash('one'), url: 'u1', title: 't1', source: 's1', published: '2024-03-10', coded_at: '2024-03-11T00:00:00Z' });
  // An uncoded actor (code '') gets no row; the undated event counts but does not move first_seen.
  assert.deepEqual(db.prepare('SELECT code, name, first_seen, mentions FROM actors').all(), [{ code: 'SYRGOV', name: 'name of SYRGOV', first_seen: '2024-02-01', mentions: 3 }]);
  assert.deepEqual(db.prepare('SELECT sentence, "start", "end" FROM mentions ORDER BY event_id').all().length, 4);
  const row = db.prepare(`SELECT * FROM events WHERE event_key = 'e1' ORDER BY id LIMIT 1`).get() as Record<string, unknown>;
  assert.equal(row.source_code, 'SYRGOV');
  assert.equal(row.date_value, '2024-03-05');
  assert.deepEqual(JSON.parse(row.json as string), makeEvent('e1', 'SYRGOV', '2024-03-05'));
  db.close();
});

test('an empty file is set up as a new store', () => {
  const path = join(dir, 'empty.db');
  writeFileSync(path, '');
  const store = openSqliteStore(path);
  assert.equal(store.stats().documents, 0);
  store.close();
});

test('a text file is refused and left unchanged', () => {
  const path = join(dir, 'notes.db');
  writeFileSync(path, 'These are my notes, not a database.\nLine two.\n');
  assertRefused(path, /not an eventwire database/);
});

test('a file of random bytes is refused and left unchanged', () => {
  const path = join(dir, 'random.db');
  writeFileSync(path, randomBytes(8192));
  assertRefused(path, /not an eventwire database/);
});

test('a corrupt SQLite file (right magic, garbage after) is refused and left unchanged', () => {
  const path = join(dir, 'corrupt.db');
  // Fixed garbage, not random, so the outcome never depends on luck: page size 0x5a5a is invalid.
  writeFileSync(path, Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(4096 - 16, 0x5a)]));
  assertRefused(path, /corrupt|not an eventwire/);
});

test('an eventwire database with a damaged schema page is refused and left unchanged', () => {
  const path = join(dir, 'damaged.db');
  openSqliteStore(path).close();
  const bytes = readFileSync(path);
  bytes.fill(0xa5, 100, 3100); // the rest of page 1, the schema table (0xa5 is no valid b-tree page type)
  writeFileSync(path, bytes);
  assertRefused(path, /corrupt|not an eventwire/);
});

test("another program's SQLite database is refused and left unchanged", () => {
  const path = join(dir, 'other.db');
  const db = new Database(path);
  db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (9.5)');
  db.close();
  assertRefused(path, /not an eventwire one/);
});

test('a database from a newer eventwire is refused and left unchanged', () => {
  const path = join(dir, 'newer.db');
  openSqliteStore(path).close();
  const db = new Database(path);
  db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(SCHEMA_VERSION + 1, '2030-01-01');
  db.pragma('journal_mode = DELETE'); // fold the WAL back so the file alone holds the state
  db.close();
  assertRefused(path, /newer eventwire/);
});

test('a folder is not a store', () => {
  const path = join(dir, 'folder.db');
  mkdirSync(path);
  assert.throws(() => openSqliteStore(path), (e: unknown) => e instanceof EventwireError && e.code === 'EW_ERR_STORE' && e.message.includes(path));
});

test(':memory: gives a throwaway store', () => {
  const store = openSqliteStore(':memory:');
  assert.equal(store.addCodedDoc({ id: 'm', text: 'x', events: [makeEvent('e1', 'USA', null)] }).events, 1);
  assert.equal(store.stats().events, 1);
  store.close();
});
