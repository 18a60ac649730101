/**
 * Inserting documents and events into the SQLite store. Statements are prepared once per store.
 * Every call runs in one transaction: a document's events, their mentions and the actor counts
 * land together or not at all.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CodedEvent, EventActor } from '../../model/event.js';
import { EventwireError } from '../../model/errors.js';
import type { AddDocResult, StoredDocInput } from '../store.js';

/** The insert half of the SQLite store. */
export interface SqliteWriter {
  addDoc(doc: StoredDocInput): AddDocResult;
  addEvents(docId: number, events: CodedEvent[]): number;
  addCodedDoc(doc: StoredDocInput & { events: CodedEvent[] }): AddDocResult & { events: number };
}

/** SHA-256 (hex) of a document's text: the identity that makes re-adding a no-op. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function actorColumns(a: EventActor | null): [string | null, string | null, string | null, string | null] {
  return a ? [a.code, a.country, a.role, a.name] : [null, null, null, null];
}

/** The flat column values of one event, in the order of the INSERT below. */
function eventValues(documentId: number, e: CodedEvent): unknown[] {
  return [
    documentId, e.id, e.code, e.root, e.quad, e.goldstein, e.plover.type, e.plover.mode,
    ...actorColumns(e.source), ...actorColumns(e.target),
    e.date.value, e.date.precision, e.date.from, e.date.rangeEnd ?? null,
    e.place?.name ?? null, e.place?.country ?? null, e.place?.lat ?? null, e.place?.lon ?? null,
    e.factuality.value, e.factuality.cue, e.trigger.text, e.trigger.start, e.trigger.end, e.rule,
    JSON.stringify(e),
  ];
}

/** Prepare the insert statements for `db` and return the insert operations. */
export function createSqliteWriter(db: Database.Database, path: string): SqliteWriter {
  const findDoc = db.prepare('SELECT id FROM documents WHERE content_hash = ?').pluck();
  const docExists = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
  const insertDoc = db.prepare(
    'INSERT INTO documents (doc_key, content_hash, url, title, source, published, coded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertEvent = db.prepare(`
    INSERT INTO events (
      document_id, event_key, code, root, quad, goldstein, plover_type, plover_mode,
      source_code, source_country, source_role, source_name, target_code, target_country, target_role, target_name,
      date_value, date_precision, date_from, range_end, place_name, place_country, lat, lon,
      factuality, factuality_cue, trigger_text, trigger_start, trigger_end, rule, json
    ) VALUES (${new Array(31).fill('?').join(', ')})
    ON CONFLICT (document_id, event_key) DO NOTHING`); // not OR IGNORE: that would also drop rows breaking NOT NULL
  const insertMention = db.prepare('INSERT INTO mentions (event_id, sentence, "start", "end") VALUES (?, ?, ?, ?)');
  // first_seen keeps the earliest event date seen for the actor (ISO prefixes compare as strings).
  const upsertActor = db.prepare(`
    INSERT INTO actors (code, name, first_seen, mentions) VALUES (?, ?, ?, 1)
    ON CONFLICT (code) DO UPDATE SET
      mentions = mentions + 1,
      first_seen = CASE
        WHEN excluded.first_seen IS NULL THEN first_seen
        WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen
        ELSE first_seen END`);
  const publishedOf = db.prepare('SELECT published FROM documents WHERE id = ?').pluck();

  const addDoc = db.transaction((doc: StoredDocInput): AddDocResult => {
    if (typeof doc.id !== 'string' || typeof doc.text !== 'string') {
      throw new EventwireError('EW_ERR_STORE', `${path}: a document needs a string id and text`);
    }
    const hash = contentHash(doc.text);
    const existing = findDoc.get(hash) as number | undefined;
    if (existing !== undefined) return { docId: existing, inserted: false };
    const info = insertDoc.run(doc.id, hash, doc.url ?? null, doc.title ?? null, doc.source ?? null, doc.published ?? null, doc.codedAt ?? new Date().toISOString());
    return { docId: Number(info.lastInsertRowid), inserted: true };
  });

  const addEvents = db.transaction((docId: number, events: CodedEvent[]): number => {
    if (!docExists.get(docId)) throw new EventwireError('EW_ERR_STORE', `${path}: no document with id ${docId}`);
    const published = publishedOf.get(docId) as string | null;
    let added = 0;
    for (const e of events) {
      const info = insertEvent.run(...eventValues(docId, e));
      if (info.changes === 0) continue; // already stored under this document
      added++;
      const eventId = Number(info.lastInsertRowid);
      for (const m of e.mentions) insertMention.run(eventId, m.sentence, m.start, m.end);
      const seen = e.date.value ?? published ?? null;
      // An actor named but not coded (code '') has no row: the name alone does not identify it.
      for (const a of [e.source, e.target]) if (a && a.code) upsertActor.run(a.code, a.name, seen);
    }
    return added;
  });

  const addCodedDoc = db.transaction((doc: StoredDocInput & { events: CodedEvent[] }) => {
    const result = addDoc(doc);
    const events = result.inserted ? addEvents(result.docId, doc.events) : 0;
    return { ...result, events };
  });

  return {
    addDoc: (doc) => addDoc.immediate(doc),
    addEvents: (docId, events) => addEvents.immediate(docId, events),
    addCodedDoc: (doc) => addCodedDoc.immediate(doc),
  };
}
