import type { Doc, PlaceSpan } from '../../model/doc.js';
import type { CodedEvent } from '../../model/event.js';
import { defineStage } from '../../pipeline/stage.js';

// A place after the trigger in its clause is where it happened ("met in Moscow"); one before the
// trigger counts when it opens the sentence ("In Moscow, the ministers met").
function placeFor(doc: Doc, e: CodedEvent): PlaceSpan | null {
  const s = doc.sentences[e.sentence];
  const inSentence = doc.places.filter((p) => p.start >= s.start && p.end <= s.end);
  // A place that names an actor is not where it happened ("Turkey severed ties with Syria"), unless
  // the actor is a city standing for its country ("attacks on Kharkiv" happened in Kharkiv).
  const within = (p: PlaceSpan, a: CodedEvent['source']) => !!a && p.start >= a.start && p.end <= a.end && !a.ref?.startsWith('place:');
  const notActor = inSentence.filter((p) => !within(p, e.target) && !within(p, e.source));
  const after = notActor.filter((p) => p.start >= e.trigger.end).sort((a, b) => a.start - b.start);
  if (after.length) return after[0];
  const before = notActor.filter((p) => p.end <= e.trigger.start).sort((a, b) => b.start - a.start);
  return before[0] ?? null;
}

/** Set each event's place from the place names in its sentence. */
export function placeEvents(doc: Doc): Doc {
  for (const e of doc.events) {
    const p = placeFor(doc, e);
    e.place = p ? { name: p.name, country: p.country, lat: p.lat, lon: p.lon, start: p.start, end: p.end, ref: p.ref } : null;
  }
  return doc;
}

/** The place-events stage. */
export const placeEventsStage = defineStage<unknown, unknown>({
  name: 'place-events',
  version: '1',
  requires: ['events', 'places'],
  assigns: [],
  create: () => placeEvents,
});
