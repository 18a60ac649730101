/**
 * Does a sentence hold a possible event? code-events codes an event only where a verb or noun pattern
 * matches the words in order (the parse then only says who the subject and object are), so a sentence
 * where no pattern matches cannot yield one, whatever its parse. The parse stage asks this to parse only
 * the sentences where the analysis can change an event.
 */
import type { Doc } from '../../model/doc.js';
import type { Sentence } from '../../model/span.js';
import type { CompiledDictionary } from '../../dictionaries/compile.js';
import { isSlot, matchLevel, patternsFor, type MatchContext } from './match-pattern.js';
import type { CompiledPattern } from '../../dictionaries/compile-patterns.js';
import { isPassive } from './arguments.js';
import { sentenceActors } from './sentence-actors.js';

const VERB_LIKE = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN']);

// Answers per doc and sentence: the parse stage asks for sentences with two actors, ground-dates for
// every sentence with one, and the second asker should not match the patterns again.
const memo = new WeakMap<Doc, Map<number, 0 | 1 | 2>>();

/** True when some verb or noun pattern matches somewhere in the sentence with its actors (memoised per doc). */
export function mayHoldEvent(doc: Doc, dict: CompiledDictionary, s: Sentence): boolean {
  return level(doc, dict, s) > 0;
}

/**
 * Like mayHoldEvent, but a plain verb of saying ("said", "announced": a 010 pattern with no actor
 * slot) does not count. Such a statement is an event only with an addressee, which only a slot names
 * ("said to +T"), so the parse cannot make one; in the corpus three sentences in ten that reached
 * the parser held nothing else, and 14 of those 445 yielded an event.
 */
export function mayNeedParse(doc: Doc, dict: CompiledDictionary, s: Sentence): boolean {
  return level(doc, dict, s) === 2;
}

/**
 * False when an earlier stage already found that no pattern matches anywhere in the sentence (code-events
 * then need not try them again); true when some may, or when no stage asked.
 */
export function mayMatch(doc: Doc, s: Sentence): boolean {
  return memo.get(doc)?.get(s.index) !== 0;
}

function level(doc: Doc, dict: CompiledDictionary, s: Sentence): 0 | 1 | 2 {
  let known = memo.get(doc);
  if (!known) memo.set(doc, (known = new Map()));
  let answer = known.get(s.index);
  if (answer === undefined) known.set(s.index, (answer = matchesSomewhere(doc, dict, s)));
  return answer;
}

export const plainStatement = (p: CompiledPattern) => p.code === '010' && !p.items.some(isSlot) && !p.before.some(isSlot);
const never = () => false;

// 2: a pattern other than a plain statement matches somewhere; 1: only plain statements do; 0: none.
function matchesSomewhere(doc: Doc, dict: CompiledDictionary, s: Sentence): 0 | 1 | 2 {
  const actors = sentenceActors(doc.actors, s, doc.tokens);
  if (!actors.list.length) return 0;
  const ctx: MatchContext = { tokens: doc.tokens, end: s.tokenEnd, actorAt: actors.at, innerAt: actors.innerAt };
  let found: 0 | 1 = 0;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = doc.tokens[t];
    if (!VERB_LIKE.has(tok.pos)) continue;
    const verbs = patternsFor(dict.verbs, tok);
    if (verbs) {
      ctx.passive = isPassive(doc.tokens, t, s.tokenStart);
      // (After a first plain statement, plain statements need not be tried again.)
      const hit = matchLevel(ctx, verbs, t, plainStatement, found);
      ctx.passive = false;
      if (hit === 2) return 2;
      found = hit;
    }
    if (matchLevel(ctx, patternsFor(dict.nouns, tok), t, never) === 2) return 2;
  }
  return found;
}
