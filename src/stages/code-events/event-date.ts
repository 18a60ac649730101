import type { Doc } from '../../model/doc.js';
import type { EventDate } from '../../model/event.js';

/** Temporary: the publication date until ground-dates lands. */
export function pickEventDate(doc: Doc, _sentence: number, _start: number, _end: number): EventDate {
  return doc.published ? { value: doc.published, precision: 'day', from: 'published', start: null, end: null } : { value: null, precision: 'unknown', from: 'none', start: null, end: null };
}
