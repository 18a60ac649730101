import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import { findArguments, type SentenceActors } from './arguments.js';

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'ADV', 'NUM']); // NUM: "Russia's 2022 invasion"
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
const OBJECT_FILLER = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

// Verbs that carry no event of their own and hand their subject to the event noun they govern:
// "Trump had a phone conversation with Erdogan", "Russia launched airstrikes on Idlib".
// Verbs with their own meaning ("condemned the attack on X") must not be listed: their subject is
// not the noun's agent.
const SUPPORT_VERBS = new Set(['have', 'hold', 'make', 'conduct', 'carry', 'launch', 'stage', 'begin', 'start', 'continue', 'resume', 'conclude', 'pay', 'give', 'issue', 'deliver', 'mount', 'undertake', 'perform', 'wage', 'step', 'intensify', 'escalate', 'renew', 'announce', 'sign', 'reach', 'impose', 'extend', 'offer', 'provide', 'send', 'lodge', 'file', 'level', 'express', 'voice', 'take', 'lead', 'host', 'attend', 'join']);

function supportVerb(doc: Doc, noun: number, sentenceStart: number): number {
  const tokens = doc.tokens;
  if (tokens[noun].head !== undefined) {
    // Climb to the head noun of the phrase ("a phone conversation" with the trigger "phone") and through
    // a measure or container noun: "led eight hours of peace talks", "a round of talks".
    let t = noun;
    for (let hops = 0; hops < 3 && (tokens[t].rel === 'nmod' || tokens[t].rel === 'compound') && tokens[t].head! >= 0 && tokens[tokens[t].head!].pos === 'NOUN'; hops++) t = tokens[t].head!;
    const head = tokens[t].head!;
    if (head < 0 || (tokens[head].pos !== 'VERB' && tokens[head].pos !== 'AUX') || !SUPPORT_VERBS.has(tokens[head].lemma)) return -1;
    // The noun is the verb's object; a bare noun phrase labelled obl (no preposition) is one the parser misread.
    const end = doc.sentences[tokens[noun].sentence].tokenEnd;
    let bareObl = tokens[t].rel === 'obl';
    for (let d = sentenceStart; bareObl && d < end; d++) if (tokens[d].head === t && tokens[d].rel === 'case') bareObl = false;
    return tokens[t].rel === 'obj' || bareObl ? head : -1;
  }
  for (let t = noun - 1; t >= sentenceStart && t >= noun - 5; t--) {
    if (tokens[t].pos === 'VERB' || tokens[t].pos === 'AUX') return SUPPORT_VERBS.has(tokens[t].lemma) ? t : -1;
    if (!OBJECT_FILLER.has(tokens[t].pos)) return -1;
  }
  return -1;
}

/**
 * The source of a noun event with no +S slot: its possessor or modifier ("Turkey's support",
 * "Turkish support", "their meeting"), else "by X" after it ("a crackdown by Syrian security forces"),
 * else the subject of a support verb governing it ("Trump had a phone conversation with ...").
 */
export function nounArguments(doc: Doc, actors: SentenceActors, noun: number, matchEnd: number, sentenceStart: number): ActorMention | null {
  const tokens = doc.tokens;
  let t = noun;
  // Step back over modifiers ("Turkish military support") to the possessor or modifier actor.
  // (An opening quotation mark after a named possessor too: the Cuban government's "ongoing repression".)
  const quotedAfterPossessive = (k: number) => QUOTE_MARKS.has(tokens[k].text) && /^('s|’s)$/.test(tokens[k - 1]?.lower ?? '');
  while (t - 1 >= sentenceStart && (MODIFIER_POS.has(tokens[t - 1].pos) || quotedAfterPossessive(t - 1)) && !actors.endingAt(t)) t--;
  const before = actors.endingAt(t) ?? (/^'s?$|^’s$/.test(tokens[t - 1]?.lower ?? '') ? actors.endingAt(t - 1) : undefined);
  if (before && !before.locative) return before;
  for (let k = matchEnd; k < matchEnd + 2 && k < tokens.length; k++) {
    if (tokens[k].lower === 'by') return actors.at(k + 1) ?? null;
  }
  const v = supportVerb(doc, noun, sentenceStart);
  if (v < 0) return null;
  const s = doc.sentences[tokens[noun].sentence];
  return findArguments(doc, actors, v, s.tokenStart, s.tokenEnd).subject;
}

/**
 * "U.S.-Ukraine talks", "the Russia-Ukraine war", "Iran-China trade": two actors joined by a hyphen in
 * front of an event noun are its two parties. Given the actor nearest the noun (the second), returns the
 * first, or null when the actor stands alone.
 */
export function hyphenPartner(doc: Doc, actors: SentenceActors, second: ActorMention): ActorMention | null {
  const hyphen = doc.tokens[second.tokenStart - 1];
  if (!hyphen || hyphen.text !== '-' && hyphen.text !== '–' || hyphen.end !== second.start) return null;
  const first = actors.endingAt(second.tokenStart - 1);
  return first && first.end === hyphen.start && !first.locative && first.actor.code !== second.actor.code ? first : null;
}

/**
 * "the U.S.-backed Syrian Democratic Forces", "Iranian-supplied drones": an actor joined by a hyphen to
 * the participle it modifies is that participle's doer, whatever the parse makes the clause's subject.
 */
export function hyphenDoer(doc: Doc, actors: SentenceActors, verb: number): ActorMention | null {
  const hyphen = doc.tokens[verb - 1];
  const participle = doc.tokens[verb];
  if (!hyphen || hyphen.text !== '-' && hyphen.text !== '–' || hyphen.end !== participle.start || !participle.lower.endsWith('ed')) return null;
  const doer = actors.endingAt(verb - 1);
  return doer && doer.end === hyphen.start && !doer.locative ? doer : null;
}
