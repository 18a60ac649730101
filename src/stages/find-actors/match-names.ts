import type { Token } from '../../model/span.js';
import type { NameIndex, NamePhrase } from '../../dictionaries/compile-names.js';

/** A dictionary name found at tokens [start, end). */
export interface NameMatch {
  start: number;
  end: number;
  phrase: NamePhrase;
}

const PLURAL = /(?:e?s)$/;

// Role nouns match in any inflection ("officials", "security forces"); proper names only as written.
function tokenMatches(token: Token, word: string, last: boolean, agent: boolean): boolean {
  if (token.lower === word) return true;
  if (!agent || !last) return false;
  // An inflected verb is no role noun: "Russia spied" is no spy, "Twitter censored" no censor.
  if (token.pos === 'VERB' || token.pos === 'AUX') return false;
  if (token.lemma === word) return true;
  return PLURAL.test(token.lower) && (token.lower.slice(0, -1) === word || token.lower.slice(0, -2) === word);
}

function isCapitalised(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127;
}

function matchAt(tokens: Token[], i: number, end: number, phrase: NamePhrase): boolean {
  const n = phrase.tokens.length;
  if (i + n > end) return false;
  const agent = phrase.target.kind === 'agent';
  for (let k = 0; k < n; k++) {
    if (!tokenMatches(tokens[i + k], phrase.tokens[k], k === n - 1, agent)) return false;
  }
  // A proper name must be written as one: "Chad" the country, not "chad"; "Turkey", not "turkey".
  if (phrase.proper && !isCapitalised(tokens[i])) return false;
  if (phrase.cased && tokens[i].text !== phrase.cased) return false;
  return true;
}

// Heads that keep a role noun an actor: "insurgent groups", "security force units", "police officers".
export const PEOPLE_HEADS = new Set(['group', 'force', 'unit', 'fighter', 'member', 'personnel', 'official', 'leader', 'commander', 'officer', 'soldier', 'troop', 'militia', 'faction', 'movement', 'organization', 'organisation', 'wing', 'cell', 'battalion', 'brigade', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'delegation', 'team', 'agent', 'staff', 'source', 'supporter', 'activist', 'worker', 'squad', 'patrol', 'council', 'committee', 'coalition', 'alliance', 'authority', 'agency']);

function modifiesNoun(tokens: Token[], next: number, to: number): boolean {
  const isNoun = (t: number) => t < to && (tokens[t].pos === 'NOUN' || (tokens[t].pos === 'PROPN' && /^[a-z]/.test(tokens[t].text)));
  // A role word tagged as an adjective before another modifier ("official Israeli territory") modifies too.
  // ("official" alone, with no demonym of its own before it; wink may tag it NOUN as well.)
  const demonym = (t: number) => tokens[t].pos === 'ADJ' || (tokens[t].pos === 'PROPN' && /(an|ish|ese|i|ic)$/.test(tokens[t].lower));
  if (next < to && tokens[next - 2]?.pos !== 'PROPN' && demonym(next) && isNoun(next + 1)) return true;
  if (!isNoun(next)) return false;
  // The head is the last noun of the run: "official news agency" names an actor, "military supply convoy" not.
  let head = next;
  while (isNoun(head + 1)) head++;
  return !PEOPLE_HEADS.has(tokens[head].lemma);
}

function startsAgent(tok: Token | undefined, index: NameIndex): boolean {
  if (!tok) return false;
  const list = index.get(tok.lower) ?? (tok.lemma !== tok.lower ? index.get(tok.lemma) : undefined);
  return !!list?.some((p) => p.target.kind === 'agent' && p.tokens.length === 1);
}

/** Find the longest dictionary name at each position of a sentence, left to right, without overlaps. */
export function matchNames(tokens: Token[], from: number, to: number, index: NameIndex): NameMatch[] {
  const out: NameMatch[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    // Sentence-initial plurals come tagged as names with no lemma ("Soldiers/PROPN"): try the singular too.
    const lower = token.lower;
    let candidates = index.get(lower);
    // The lemma's phrases too, not only when the form has none: "Citizens Coalition for Change" must
    // not hide the role noun "citizen" from "Chinese citizens".
    const byLemma = token.lemma !== lower ? index.get(token.lemma) : undefined;
    if (byLemma) candidates = candidates ? [...candidates, ...byLemma].sort((a, b) => b.tokens.length - a.tokens.length) : byLemma;
    if (lower.charCodeAt(lower.length - 1) === 115 /* s */ && !byLemma) {
      const less = lower.slice(0, -1);
      const singular = (lower.endsWith('es') ? index.get(lower.slice(0, -2)) : undefined) ?? index.get(less);
      if (singular) candidates = candidates ? [...candidates, ...singular].sort((a, b) => b.tokens.length - a.tokens.length) : singular;
    }
    let best: NamePhrase | null = null;
    if (candidates) {
      for (const phrase of candidates) {
        if (best && phrase.tokens.length < best.tokens.length) break;
        if (matchAt(tokens, i, to, phrase)) {
          // Prefer a proper name over a role noun of the same length ("Congress" the body over "congress").
          if (!best || (best.target.kind === 'agent' && phrase.target.kind !== 'agent')) best = phrase;
        }
      }
    }
    // "military campaign", "police station": a role word used as a modifier of another noun names no actor.
    // ("TV photojournalist", "army spokesman": a role noun before another role noun stays, and the two join.)
    if (best && best.target.kind === 'agent' && modifiesNoun(tokens, i + best.tokens.length, to) && !startsAgent(tokens[i + best.tokens.length], index)) best = null;
    // "stands firm on": a one-word role noun read as an adverb is no actor.
    if (best && best.target.kind === 'agent' && best.tokens.length === 1 && token.pos === 'ADV') best = null;
    if (best) {
      out.push({ start: i, end: i + best.tokens.length, phrase: best });
      i += best.tokens.length;
    } else i++;
  }
  return out;
}
