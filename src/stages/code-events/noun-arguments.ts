import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { SentenceActors } from './arguments.js';

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'ADV']);

/**
 * The source of a noun event with no +S slot: its possessor or modifier ("Turkey's support",
 * "Turkish support", "their meeting"), else "by X" after it ("a crackdown by Syrian security forces").
 */
export function nounArguments(doc: Doc, actors: SentenceActors, noun: number, matchEnd: number, sentenceStart: number): ActorMention | null {
  const tokens = doc.tokens;
  let t = noun;
  // Step back over modifiers ("Turkish military support") to the possessor or modifier actor.
  while (t - 1 >= sentenceStart && MODIFIER_POS.has(tokens[t - 1].pos) && !actors.endingAt(t)) t--;
  const before = actors.endingAt(t) ?? (/^'s?$|^’s$/.test(tokens[t - 1]?.lower ?? '') ? actors.endingAt(t - 1) : undefined);
  if (before && !before.locative) return before;
  for (let k = matchEnd; k < matchEnd + 2 && k < tokens.length; k++) {
    if (tokens[k].lower === 'by') return actors.at(k + 1) ?? null;
  }
  return null;
}
