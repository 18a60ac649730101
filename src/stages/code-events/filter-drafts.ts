import type { Doc } from '../../model/doc.js';
import type { Sentence } from '../../model/span.js';
import type { EventDraft } from './build-event.js';
import { isPassive } from './arguments.js';

function tokenOf(doc: Doc, s: Sentence, char: number): number {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (doc.tokens[t].start === char) return t;
  return -1;
}

const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'who', 'which', 'that']);

// The nearest word before the verb (past auxiliaries, adverbs, negation) is a pronoun.
function pronounSubject(doc: Doc, s: Sentence, v: number): boolean {
  let t = v - 1;
  while (t >= s.tokenStart && ['AUX', 'ADV', 'PART'].includes(doc.tokens[t].pos)) t--;
  return t >= s.tokenStart && PRONOUNS.has(doc.tokens[t].lower);
}

/**
 * Drop drafts that say less than an event must: an active verb whose subject is a pronoun we could
 * not resolve (the doer is known to the text, so an empty source would be wrong). "X said ..." stays only when nothing more
 * specific was coded in the sentence. Passive verbs and event nouns keep an unknown source
 * ("protesters were shot", "airstrikes on Idlib").
 */
export function filterDrafts(doc: Doc, s: Sentence, drafts: EventDraft[]): EventDraft[] {
  const kept = drafts.filter((d) => {
    if (d.source || !d.by.endsWith(':verb')) return true;
    // An unresolved pronoun subject ("it said", "they attacked") hides a known doer: no guess.
    const t = tokenOf(doc, s, d.triggerStart);
    return t >= 0 && (isPassive(doc.tokens, t, s.tokenStart) || !pronounSubject(doc, s, t));
  });
  const specific = kept.some((d) => !d.code.startsWith('01'));
  return specific ? kept.filter((d) => d.code !== '010') : kept;
}
