/**
 * wink-nlp often tags the verb of "Egypt plans to host the talks" or "Iran threatens to retaliate" as a
 * plural noun, and a noun there hides the verb from the parser and the event patterns alike. A
 * plural-looking noun whose base is a verb of intent, right after a name or noun (not after "the",
 * "its" or an adjective: "the plans to build" is a noun) and followed by "to" and a verb, is a verb.
 */
import type { Token } from '../../model/span.js';

const INTENT_VERBS = new Set(['plan', 'want', 'aim', 'seek', 'hope', 'intend', 'vow', 'pledge', 'promise', 'threaten', 'refuse', 'agree', 'offer', 'need', 'wish', 'expect', 'prepare', 'decide', 'attempt', 'try', 'vote', 'move', 'look', 'call']);
const NOT_BEFORE = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'PRON']);

/** Retag "X plans/threatens to VERB" as a verb, in place. */
export function repairTags(tokens: Token[], from: number, to: number): void {
  for (let t = from + 1; t + 2 < to; t++) {
    const tok = tokens[t];
    if (tok.pos !== 'NOUN' || !tok.lower.endsWith('s') || tokens[t + 1].lower !== 'to' || tokens[t + 2].pos !== 'VERB') continue;
    const base = tok.lower.endsWith('ies') ? `${tok.lower.slice(0, -3)}y` : tok.lower.endsWith('es') && INTENT_VERBS.has(tok.lower.slice(0, -2)) ? tok.lower.slice(0, -2) : tok.lower.slice(0, -1);
    const prev = tokens[t - 1];
    if (!INTENT_VERBS.has(base) || NOT_BEFORE.has(prev.pos) || /^(its|their|his|her|our|'s)$/.test(prev.lower)) continue;
    if (prev.pos !== 'PROPN' && prev.pos !== 'NOUN') continue;
    tok.pos = 'VERB';
    tok.lemma = base;
  }
}
