import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { SentenceActors } from './arguments.js';
import { governmentOf } from './protest-target.js';

/**
 * "Texas sued Pennsylvania", "Montana banned the practice": a state, province or city named as the
 * subject of an act (right before its verb, past auxiliaries and adverbs, and not after a
 * preposition: "in Texas, police arrested ...") stands for its government.
 */
export function placeAsDoer(doc: Doc, actors: SentenceActors, v: number, start: number): ActorMention | null {
  const tokens = doc.tokens;
  let k = v - 1;
  while (k >= start && ['AUX', 'ADV', 'PART'].includes(tokens[k].pos)) k--;
  const place = k >= start ? actors.endingAt(k + 1) : undefined;
  if (!place || !place.locative || !place.ref?.startsWith('place:') || !place.actor.country) return null;
  const before = tokens[place.tokenStart - 1];
  if (place.tokenStart > start && before && (before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'NOUN')) return null;
  return governmentOf(place);
}
