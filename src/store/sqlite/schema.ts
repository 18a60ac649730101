/**
 * The SQLite schema as an ordered list of migrations, and the code that brings a database up to date.
 *
 * An eventwire database is marked twice: `PRAGMA application_id` (in the file header, readable
 * without trusting any table) and the `schema_version` table (one row per applied migration). A
 * file with tables but without the mark is someone else's database and is never touched.
 * Migrations only ever append: to change the schema, add a new entry; never edit a shipped one.
 */
import type Database from 'better-sqlite3';

/** 'EWIR' as a 32-bit integer: the SQLite header field that marks an eventwire database. */
export const EVENTWIRE_APPLICATION_ID = 0x45574952;

/** One schema step: its version number and the SQL that gets there from the previous one. */
export interface Migration {
  version: number;
  sql: string;
}

/** Every schema step, in order; the last version is the one this code writes. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE schema_version (
        version    INTEGER PRIMARY KEY,
        applied_at TEXT NOT NULL
      );
      CREATE TABLE documents (
        id           INTEGER PRIMARY KEY,
        doc_key      TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        url          TEXT,
        title        TEXT,
        source       TEXT,
        published    TEXT,
        coded_at     TEXT NOT NULL
      );
      CREATE INDEX documents_doc_key ON documents (doc_key);
      CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        event_key      TEXT NOT NULL,
        code           TEXT NOT NULL,
        root           TEXT NOT NULL,
        quad           INTEGER NOT NULL,
        goldstein      REAL NOT NULL,
        plover_type    TEXT,
        plover_mode    TEXT,
        source_code    TEXT,
        source_country TEXT,
        source_role    TEXT,
        source_name    TEXT,
        target_code    TEXT,
        target_country TEXT,
        target_role    TEXT,
        target_name    TEXT,
        date_value     TEXT,
        date_precision TEXT NOT NULL,
        date_from      TEXT NOT NULL,
        range_end      TEXT,
        place_name     TEXT,
        place_country  TEXT,
        lat            REAL,
        lon            REAL,
        factuality     TEXT NOT NULL,
        factuality_cue TEXT,
        trigger_text   TEXT NOT NULL,
        trigger_start  INTEGER NOT NULL,
        trigger_end    INTEGER NOT NULL,
        rule           TEXT NOT NULL,
        json           TEXT NOT NULL,
        UNIQUE (document_id, event_key)
      );
      -- (source_code, target_code) serves source prefixes and directed dyads; target_code the other side.
      CREATE INDEX events_dyad ON events (source_code, target_code);
      CREATE INDEX events_target ON events (target_code);
      CREATE INDEX events_code ON events (code);
      CREATE INDEX events_root ON events (root);
      CREATE INDEX events_date ON events (date_value);
      CREATE INDEX events_factuality ON events (factuality);
      CREATE TABLE mentions (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        "start"  INTEGER NOT NULL,
        "end"    INTEGER NOT NULL
      );
      CREATE INDEX mentions_event ON mentions (event_id);
      CREATE TABLE actors (
        code       TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        first_seen TEXT,
        mentions   INTEGER NOT NULL DEFAULT 0
      );
    `,
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** The highest applied migration, or 0 for a database without the schema_version table. */
export function currentVersion(db: Database.Database): number {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).get();
  if (!table) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Apply the missing migrations, each in its own write transaction (safe against a concurrent opener). */
export function migrate(db: Database.Database): number {
  for (const m of MIGRATIONS) {
    const step = db.transaction(() => {
      // Re-read inside the write lock: another process may have applied this step meanwhile.
      if (currentVersion(db) >= m.version) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      db.pragma(`application_id = ${EVENTWIRE_APPLICATION_ID}`);
    });
    step.immediate();
  }
  return currentVersion(db);
}
