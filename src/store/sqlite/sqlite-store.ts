/**
 * Opening the SQLite event store (better-sqlite3, WAL journal).
 *
 * A file is only ever written when it is missing, empty, or already an eventwire database. Before
 * any write the file is checked without trusting it: the 16-byte SQLite magic is read with plain
 * file I/O, then the database is opened read-only to read its application id, its tables and its
 * schema version. Anything else (a text file, random bytes, another program's database, a damaged
 * header or schema, a schema newer than this code) throws EventwireError('EW_ERR_STORE') naming the
 * file, and the file is left exactly as it was. Damage deeper in the file surfaces on the first
 * query that reads it, also as EW_ERR_STORE (a full integrity check on open would cost a pass over
 * the whole file).
 */
import { closeSync, existsSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import Database from 'better-sqlite3';
import { EventwireError } from '../../model/errors.js';
import type { EventStore } from '../store.js';
import { EVENTWIRE_APPLICATION_ID, SCHEMA_VERSION, currentVersion, migrate } from './schema.js';
import { createSqliteWriter } from './write.js';
import { createSqliteReader } from './read.js';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function storeError(path: string, why: string): EventwireError {
  return new EventwireError('EW_ERR_STORE', `${path}: ${why}`);
}

/** True when the file exists with content (and so must be verified before any write). */
function hasContent(path: string): boolean {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw storeError(path, 'is not a regular file');
    size = st.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    if (err instanceof EventwireError) throw err;
    throw storeError(path, `cannot read the file: ${(err as Error).message}`);
  }
  return size > 0;
}

function readMagic(path: string): string {
  const buf = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Remove the -wal/-shm files a read-only look at a WAL-mode file created, when that look ends in a
 * refusal (a healthy close removes them itself). Files that were there before are not ours to touch,
 * and a -wal with content is never removed.
 */
function removeSideFiles(path: string, existed: { wal: boolean; shm: boolean }): void {
  try {
    if (!existed.wal && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size === 0) unlinkSync(`${path}-wal`);
    if (!existed.shm && existsSync(`${path}-shm`) && !existsSync(`${path}-wal`)) unlinkSync(`${path}-shm`);
  } catch {
    // Leftover side files are untidy but harmless; the refusal is what matters.
  }
}

/** Check, read-only, that an existing file is an eventwire database this code can use. */
function verifyExisting(path: string): void {
  if (readMagic(path) !== SQLITE_MAGIC) throw storeError(path, 'is not an eventwire database (not an SQLite file); refusing to open it');
  const existed = { wal: existsSync(`${path}-wal`), shm: existsSync(`${path}-shm`) };
  let db: Database.Database | undefined;
  let refused = true;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = db.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).pluck().get() as number;
    if (appId !== EVENTWIRE_APPLICATION_ID) {
      if (appId !== 0 || tables > 0) throw storeError(path, 'is an SQLite database but not an eventwire one; refusing to open it');
    } else {
      const version = currentVersion(db);
      if (version > SCHEMA_VERSION) {
        throw storeError(path, `was written by a newer eventwire (schema ${version}; this version reads up to ${SCHEMA_VERSION})`);
      }
    }
    refused = false; // an eventwire database, or an SQLite file with nothing in it: safe to set up
  } catch (err) {
    if (err instanceof EventwireError) throw err;
    throw storeError(path, `is corrupt or not a readable eventwire database (${(err as Error).message}); refusing to open it`);
  } finally {
    db?.close();
    if (refused) removeSideFiles(path, existed);
  }
}

/** Run `fn`, turning SQLite failures (busy, corrupt, closed) into EW_ERR_STORE errors naming the file. */
function guard<A extends unknown[], R>(path: string, db: Database.Database, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    if (!db.open) throw storeError(path, 'the store is closed');
    try {
      return fn(...args);
    } catch (err) {
      if (err instanceof EventwireError) throw err;
      if (err instanceof Database.SqliteError) throw storeError(path, `${err.code}: ${err.message}`);
      throw err;
    }
  };
}

/** Open (creating if missing) the SQLite event store at `path` (':memory:' for a throwaway one); throws EW_ERR_STORE on a foreign or corrupt file. */
export function openSqliteStore(path: string): EventStore {
  if (typeof path !== 'string' || path === '') throw new EventwireError('EW_ERR_STORE', 'openSqliteStore needs a file path (or ":memory:")');
  const memory = path === ':memory:';
  if (!memory && hasContent(path)) verifyExisting(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL'); // with WAL: durable at checkpoints, never corrupt
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (err) {
    db?.close();
    if (err instanceof EventwireError) throw err;
    throw storeError(path, `cannot open the store (${(err as Error).message})`);
  }
  const writer = createSqliteWriter(db, path);
  const reader = createSqliteReader(db);
  const handle = db;
  return {
    addDoc: guard(path, handle, writer.addDoc),
    addEvents: guard(path, handle, writer.addEvents),
    addCodedDoc: guard(path, handle, writer.addCodedDoc),
    query: guard(path, handle, reader.query),
    stats: guard(path, handle, reader.stats),
    close: () => {
      if (handle.open) handle.close();
    },
  };
}
