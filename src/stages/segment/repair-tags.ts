/**
 * wink-nlp often tags the verb of "Egypt plans to host the talks" or "Iran threatens to retaliate" as a
 * plural noun, and a noun there hides the verb from the parser and the event patterns alike. A
 * plural-looking noun whose base is a verb of intent, right after a name or noun (not after "the",
 * "its" or an adjective: "the plans to build" is a noun) and followed by "to" and a verb, is a verb.
 */
import type { Token } from '../../model/span.js';

const INTENT_VERBS = new Set(['plan', 'want', 'aim', 'seek', 'hope', 'intend', 'vow', 'pledge', 'promise', 'threaten', 'refuse', 'agree', 'offer', 'need', 'wish', 'expect', 'prepare', 'decide', 'attempt', 'try', 'vote', 'move', 'look', 'call']);
const NOT_BEFORE = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'PRON']);

// Verbs of saying that wink tags as plural nouns after a name: "Bolton claims Trump asked Xi".
const SAYING_VERBS = new Set(['claim', 'say', 'allege', 'argue', 'insist', 'write', 'warn', 'note', 'add', 'admit', 'assert', 'contend', 'maintain', 'report', 'state', 'believe', 'reveal', 'suggest', 'acknowledge', 'charge', 'accuse', 'deny', 'announce', 'confirm', 'tell', 'urge']);
// Their third-person forms ("claims", "denies", "urges"), looked up before anything else is read.
const SAYING_FORMS = new Map([...SAYING_VERBS].map((v) => [/[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(v) ? `${v}es` : `${v}s`, v]));
const CLAUSE_OPENERS = new Set(['PROPN', 'PRON', 'DET', 'NOUN', 'ADJ', 'NUM', 'SCONJ']);

/** Retag "X plans/threatens to VERB" and "X claims Y did" as verbs and "newly elected" as an adjective, in place. */
export function repairTags(tokens: Token[], from: number, to: number): void {
  repairIntent(tokens, from, to);
  repairSaying(tokens, from, to);
  repairParticiples(tokens, from, to);
  repairPastForms(tokens, from, to);
}

// Past forms that are also nouns, which wink tags as nouns after a name: "Crusius shot 22 people".
const PAST_FORMS = new Map([['shot', 'shoot'], ['struck', 'strike'], ['hit', 'hit'], ['cut', 'cut'], ['beat', 'beat'], ['stabbed', 'stab']]);
const OBJECT_OPENERS = new Set(['NUM', 'DET', 'PRON', 'PROPN', 'ADJ']);

/**
 * "A gunman shot three people", "Crusius shot 22 people at a Walmart": such a form between a noun or
 * name (its subject; not after "the" or "a": "the shot") and the start of a noun phrase is the verb.
 */
function repairPastForms(tokens: Token[], from: number, to: number): void {
  for (let t = from + 1; t + 1 < to; t++) {
    const tok = tokens[t];
    const base = tok.pos === 'NOUN' ? PAST_FORMS.get(tok.lower) : undefined;
    const prev = tokens[t - 1];
    if (base === undefined || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') || !OBJECT_OPENERS.has(tokens[t + 1].pos)) continue;
    tok.pos = 'VERB';
    tok.lemma = base;
  }
}

// Adverbs that make the participle after them a modifier of the noun that follows: "newly elected".
const PARTICIPLE_ADVERBS = new Set(['newly', 'recently', 'democratically', 'duly', 'freshly', 'popularly', 'internationally', 'officially', 'so-called']);

/**
 * "encouraged newly elected Ukrainian president Volodymyr Zelensky to investigate": a past participle
 * between such an adverb and a noun or name is an adjective, so it neither opens a clause nor stands
 * between a verb and its object.
 */
function repairParticiples(tokens: Token[], from: number, to: number): void {
  for (let t = from + 1; t + 1 < to; t++) {
    const tok = tokens[t];
    if (tok.pos !== 'VERB' || !tok.lower.endsWith('ed') || !PARTICIPLE_ADVERBS.has(tokens[t - 1].lower)) continue;
    const next = tokens[t + 1];
    if (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') tok.pos = 'ADJ';
  }
}

/**
 * "Bolton claims Trump asked Xi for help": a plural-looking noun whose base is a verb of saying, right
 * after a name (not after "the" or a possessive: "the Bolton claims"), with a clause after it (its
 * first word opens a noun phrase or is "that", and a verb follows before any punctuation) is a verb.
 */
function repairSaying(tokens: Token[], from: number, to: number): void {
  for (let t = from + 1; t + 2 < to; t++) {
    const tok = tokens[t];
    const base = tok.pos === 'NOUN' ? SAYING_FORMS.get(tok.lower) : undefined;
    const prev = tokens[t - 1];
    if (base === undefined || prev.pos !== 'PROPN' || (t - 2 >= from && (tokens[t - 2].pos === 'DET' || /^(its|their|his|her|our)$/.test(tokens[t - 2].lower)))) continue;
    if (!CLAUSE_OPENERS.has(tokens[t + 1].pos)) continue;
    let verb = false;
    for (let k = t + 2; k < to && k <= t + 7; k++) {
      if (tokens[k].pos === 'PUNCT') break;
      if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') { verb = true; break; }
    }
    if (!verb) continue;
    tok.pos = 'VERB';
    tok.lemma = base;
  }
}

function repairIntent(tokens: Token[], from: number, to: number): void {
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
