/**
 * The event store: one interface that every adapter (SQLite now, PostgreSQL later) implements, and
 * one contract test suite (test/store/contract.test.ts) that every adapter must pass.
 *
 * A document is stored once per distinct text (content hash); adding the same text again is a
 * no-op that returns the existing row id with `inserted: false`. Events hang off a document and
 * are unique per (document, event id), so re-adding them stores nothing twice either.
 */
import type { CodedEvent, FactualityValue } from '../model/event.js';

/** What the store keeps about a document; a `Doc` fits as it is. */
export interface StoredDocInput {
  /** Our doc id (stored as doc_key; not unique: the same key may name two different texts). */
  id: string;
  /** The clean text; its SHA-256 decides whether the document is new. */
  text: string;
  url?: string | null;
  title?: string | null;
  source?: string | null;
  published?: string | null;
  /** When the doc was coded (ISO timestamp); defaults to now. */
  codedAt?: string;
}

/** Result of adding a document: its row id, and whether this call stored it. */
export interface AddDocResult {
  docId: number;
  inserted: boolean;
}

/** Filters for `query`; all given filters must hold. Codes match case-sensitively. */
export interface EventQuery {
  /** Source or target code starts with this (SYR matches SYRGOV). */
  actor?: string;
  /** Source code starts with this. */
  source?: string;
  /** Target code starts with this. */
  target?: string;
  /** Source and target code prefixes, in either direction unless `directed`. */
  dyad?: [string, string];
  /** With `dyad`: only dyad[0] as source and dyad[1] as target. */
  directed?: boolean;
  /** CAMEO code starts with this ('04' matches 040-046 and their children). */
  code?: string;
  /** CAMEO root code, exactly ('19'). */
  root?: string;
  /** Event date on or after this ISO prefix (yyyy, yyyy-mm or yyyy-mm-dd); undated events never match. */
  from?: string;
  /** Event date within or before this ISO prefix ('2024-03' includes all of March). */
  to?: string;
  /** Any of these factuality values (an empty list filters nothing). */
  factuality?: FactualityValue[] | string[];
  /** Our doc id (doc_key), exactly. */
  doc?: string;
  /** At most this many events (a positive integer). */
  limit?: number;
}

/** An event as read back from the store, with the document facts writers need (GDELT, tables). */
export interface StoredEvent {
  /** The event's row id. */
  id: number;
  documentId: number;
  docKey: string;
  url: string | null;
  published: string | null;
  codedAt: string;
  event: CodedEvent;
}

/** Counts and coverage of what the store holds. */
export interface StoreStats {
  documents: number;
  events: number;
  mentions: number;
  actors: number;
  /** Earliest and latest event date values (ISO prefixes), null when no event is dated. */
  firstDate: string | null;
  lastDate: string | null;
  /** Event count per CAMEO root code. */
  byRoot: Record<string, number>;
  /** Event count per factuality value. */
  byFactuality: Record<string, number>;
}

/** A place to keep coded documents and events and to query them back. */
export interface EventStore {
  /** Store a document unless one with the same text is already there. */
  addDoc(doc: StoredDocInput): AddDocResult;
  /** Store events (with their mentions, updating the actors table) under a document; returns how many were new. */
  addEvents(docId: number, events: CodedEvent[]): number;
  /** Store a document and, when it is new, its events, all in one transaction. */
  addCodedDoc(doc: StoredDocInput & { events: CodedEvent[] }): AddDocResult & { events: number };
  /** Events matching every given filter, ordered by date (undated last), then by insertion. */
  query(filter?: EventQuery): StoredEvent[];
  /** Counts and date coverage. */
  stats(): StoreStats;
  /** Release the store (safe to call twice). */
  close(): void;
}
