import type { ActorMention } from '../../model/actor.js';
import type { Sentence, Token } from '../../model/span.js';
import type { SentenceActors } from './arguments.js';

const POSSESSIVE = new Set(['his', 'her', 'its', 'their']);

// Names the dictionaries lack (kind 'unknown') are kept and counted; only those that read as a person's
// may fill a slot (find-actors marks them), and an event needs a coded actor on its other side.
const usable = (a: ActorMention) => (a.kind !== 'unknown' || !!a.personLike) && !a.id.includes('#') && !a.id.includes('~');

// A doc's usable mentions by the sentence they start in, built once per actor list (rebuilt if the list
// grows): filtering all of a doc's mentions for each of its sentences cost time quadratic in its length.
type Indexed = SentenceActors & { list: ActorMention[]; innerAt: (t: number) => ActorMention | undefined };
// (The index of each sentence is kept there too: the gates and code-events ask for the same sentences.)
const buckets = new WeakMap<ActorMention[], { n: number; map: Map<number, ActorMention[]>; indexed: Map<number, Indexed> }>();
function bucketsOf(actors: ActorMention[], tokens: Token[]) {
  const known = buckets.get(actors);
  if (known && known.n === actors.length) return known;
  const map = new Map<number, ActorMention[]>();
  for (const a of actors) {
    if (!usable(a)) continue;
    const sentence = tokens[a.tokenStart].sentence;
    const list = map.get(sentence);
    if (list) list.push(a);
    else map.set(sentence, [a]);
  }
  const made = { n: actors.length, map, indexed: new Map<number, Indexed>() };
  buckets.set(actors, made);
  return made;
}

/** Index the actor mentions of one sentence by the tokens they start at, end at and cover. */
export function sentenceActors(actors: ActorMention[], s: Sentence, tokens: Token[] = []): Indexed {
  if (!tokens.length) return indexSentence(actors.filter((a) => usable(a) && a.tokenStart >= s.tokenStart && a.tokenEnd <= s.tokenEnd), tokens);
  const b = bucketsOf(actors, tokens);
  let indexed = b.indexed.get(s.index);
  if (!indexed) b.indexed.set(s.index, (indexed = indexSentence((b.map.get(s.index) ?? []).filter((a) => a.tokenEnd <= s.tokenEnd), tokens)));
  return indexed;
}

function indexSentence(list: ActorMention[], tokens: Token[]): Indexed {
  const starts = new Map<number, ActorMention>();
  const inner = new Map<number, ActorMention>();
  const ends = new Map<number, ActorMention>();
  const widest = (map: Map<number, ActorMention>, key: number, m: ActorMention) => {
    const prior = map.get(key);
    if (!prior || m.tokenEnd - m.tokenStart > prior.tokenEnd - prior.tokenStart) map.set(key, m);
  };
  for (const m of list) {
    widest(starts, m.tokenStart, m);
    if (m.kind !== 'compound' && (!inner.has(m.tokenStart) || m.tokenEnd - m.tokenStart < inner.get(m.tokenStart)!.tokenEnd - m.tokenStart)) inner.set(m.tokenStart, m);
    widest(ends, m.tokenEnd, m);
  }
  return {
    list,
    // "his Iraqi counterpart": a possessive pronoun before another actor is its determiner, not the actor.
    at: (t) => {
      const m = starts.get(t);
      // ("questioned his authority" keeps him: the possessor is who is questioned.)
      const ownsActor = !!starts.get(t + 1) || (tokens[t + 1]?.pos === 'ADJ' && !!starts.get(t + 2));
      return m && m.by === 'find-actors:coref' && m.tokenEnd - m.tokenStart === 1 && POSSESSIVE.has(tokens[t]?.lower ?? '') && ownsActor ? undefined : m;
    },
    innerAt: (t) => inner.get(t),
    endingAt: (t) => ends.get(t),
    covering: (t) => {
      let best: ActorMention | undefined;
      for (const m of list) if (m.tokenStart <= t && t < m.tokenEnd && (!best || m.tokenEnd - m.tokenStart > best.tokenEnd - best.tokenStart)) best = m;
      return best;
    },
  };
}
