/**
 * Reading from the SQLite store: `EventQuery` filters become one parameterised WHERE clause, and
 * `stats` counts what is stored.
 *
 * Code prefixes are matched as half-open ranges (`code >= 'SYR' AND code < 'SYS'`) rather than LIKE,
 * so that they use the indexes (LIKE is case-insensitive and would not) and need no escaping.
 */
import type Database from 'better-sqlite3';
import type { CodedEvent } from '../../model/event.js';
import { EventwireError } from '../../model/errors.js';
import type { EventQuery, StoredEvent, StoreStats } from '../store.js';

/** The query half of the SQLite store. */
export interface SqliteReader {
  query(filter?: EventQuery): StoredEvent[];
  stats(): StoreStats;
}

/** A WHERE clause and its parameters. */
export interface WhereClause {
  sql: string;
  params: unknown[];
}

const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The smallest string greater than every string that starts with `prefix`'s stem. */
function prefixEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

function prefixMatch(column: string, prefix: string, params: unknown[]): string {
  if (typeof prefix !== 'string') throw new EventwireError('EW_ERR_OPTION', `query: ${column} prefix must be a string`);
  if (prefix === '') return `${column} IS NOT NULL`;
  params.push(prefix, prefixEnd(prefix));
  return `(${column} >= ? AND ${column} < ?)`;
}

function isoPrefix(name: string, value: string): string {
  if (typeof value !== 'string' || !ISO_PREFIX.test(value)) {
    throw new EventwireError('EW_ERR_OPTION', `query: ${name} must be an ISO date prefix (yyyy, yyyy-mm or yyyy-mm-dd), got "${value}"`);
  }
  return value;
}

/** Translate an `EventQuery` into SQL over `events e JOIN documents d`; throws EW_ERR_OPTION on bad filters. */
export function buildWhere(filter: EventQuery): WhereClause {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.actor !== undefined) {
    where.push(`(${prefixMatch('e.source_code', filter.actor, params)} OR ${prefixMatch('e.target_code', filter.actor, params)})`);
  }
  if (filter.source !== undefined) where.push(prefixMatch('e.source_code', filter.source, params));
  if (filter.target !== undefined) where.push(prefixMatch('e.target_code', filter.target, params));
  if (filter.dyad !== undefined) {
    if (!Array.isArray(filter.dyad) || filter.dyad.length !== 2) throw new EventwireError('EW_ERR_OPTION', 'query: dyad must be a pair of actor codes');
    const [a, b] = filter.dyad;
    const forward = `(${prefixMatch('e.source_code', a, params)} AND ${prefixMatch('e.target_code', b, params)})`;
    if (filter.directed) where.push(forward);
    else where.push(`(${forward} OR (${prefixMatch('e.source_code', b, params)} AND ${prefixMatch('e.target_code', a, params)}))`);
  }
  if (filter.code !== undefined) where.push(prefixMatch('e.code', filter.code, params));
  if (filter.root !== undefined) {
    where.push('e.root = ?');
    params.push(filter.root);
  }
  if (filter.from !== undefined) {
    where.push('e.date_value >= ?');
    params.push(isoPrefix('from', filter.from));
  }
  if (filter.to !== undefined) {
    // '~' sorts after digits and '-', so every value starting with the prefix is below it.
    where.push('e.date_value < ?');
    params.push(isoPrefix('to', filter.to) + '~');
  }
  if (filter.factuality !== undefined && filter.factuality.length > 0) {
    where.push(`e.factuality IN (${filter.factuality.map(() => '?').join(', ')})`);
    params.push(...filter.factuality);
  }
  if (filter.doc !== undefined) {
    where.push('d.doc_key = ?');
    params.push(filter.doc);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

interface EventRow {
  id: number;
  document_id: number;
  doc_key: string;
  url: string | null;
  published: string | null;
  coded_at: string;
  json: string;
}

/** Build the query operations over `db`. */
export function createSqliteReader(db: Database.Database): SqliteReader {
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
  const tally = (column: string) => {
    const out: Record<string, number> = {};
    const rows = db.prepare(`SELECT ${column} AS k, COUNT(*) AS n FROM events GROUP BY ${column} ORDER BY ${column}`).all() as Array<{ k: string; n: number }>;
    for (const r of rows) out[r.k] = r.n;
    return out;
  };

  return {
    query(filter: EventQuery = {}): StoredEvent[] {
      const { sql, params } = buildWhere(filter);
      let limit = '';
      if (filter.limit !== undefined) {
        if (!Number.isInteger(filter.limit) || filter.limit < 1) throw new EventwireError('EW_ERR_OPTION', `query: limit must be a positive integer, got ${filter.limit}`);
        limit = `LIMIT ${filter.limit}`;
      }
      const rows = db.prepare(`
        SELECT e.id, e.document_id, d.doc_key, d.url, d.published, d.coded_at, e.json
        FROM events e JOIN documents d ON d.id = e.document_id
        ${sql}
        ORDER BY e.date_value IS NULL, e.date_value, e.id
        ${limit}`).all(...params) as EventRow[];
      return rows.map((r) => ({
        id: r.id,
        documentId: r.document_id,
        docKey: r.doc_key,
        url: r.url,
        published: r.published,
        codedAt: r.coded_at,
        event: JSON.parse(r.json) as CodedEvent,
      }));
    },
    stats(): StoreStats {
      const range = db.prepare('SELECT MIN(date_value) AS first, MAX(date_value) AS last FROM events').get() as { first: string | null; last: string | null };
      return {
        documents: count('SELECT COUNT(*) FROM documents'),
        events: count('SELECT COUNT(*) FROM events'),
        mentions: count('SELECT COUNT(*) FROM mentions'),
        actors: count('SELECT COUNT(*) FROM actors'),
        firstDate: range.first,
        lastDate: range.last,
        byRoot: tally('root'),
        byFactuality: tally('factuality'),
      };
    },
  };
}
