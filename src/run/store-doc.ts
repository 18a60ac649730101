import type { Doc } from '../model/doc.js';
import type { EventStore } from '../store/store.js';

/** Store a coded doc and its events in one transaction; false when the same text was stored before. */
export function storeDoc(store: EventStore, doc: Doc): boolean {
  const r = store.addCodedDoc({ id: doc.id, text: doc.text, url: doc.url, title: doc.title, source: doc.source, published: doc.published, events: doc.events });
  return r.inserted;
}
