/**
 * Arguments the dependency parse leaves out or misplaces, recovered from constructions the parser
 * gets wrong in news: a second clause joined to an object ("arrested rebels and Turkish troops
 * attacked"), the object of a relative clause, two verbs sharing one object, "according to" sources.
 */
import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/span.js';
import type { SentenceActors } from './arguments.js';


const CLAUSE_CC = new Set(['and', 'but', 'or', 'while']);
// Words that open a clause and are also read as prepositions.
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'when', 'because', 'once']);

/**
 * "Police arrested rebels and Turkish troops attacked insurgents": a greedy parser, reading
 * "rebels and Turkish troops" before it sees the second verb, coordinates the two nouns and hangs
 * the verb from the first clause without a subject. The same happens after a word that opens a
 * clause but can also open a phrase ("a day after Turkish jets struck Idlib" read as "after Turkish
 * jets"). When a verb has no subject of its own and the words right before it are an actor that the
 * parse hung as a coordinated or prepositional phrase after such a word, that actor is the verb's
 * subject. Not for participles ("rebels and civilians killed by shelling", or a participle hung
 * from the actor itself), which take no subject of their own.
 */
export function joinedClauseSubject(doc: Doc, actors: SentenceActors, v: number, start: number, end: number): ActorMention | null {
  const tokens = doc.tokens;
  const verb = tokens[v];
  if (verb.pos !== 'VERB' || !['conj', 'advcl', 'parataxis', 'acl', 'dep', 'ccomp', 'root'].includes(verb.rel ?? '')) return null;
  if (verb.lower.endsWith('ing') || (v + 1 < end && tokens[v + 1].lower === 'by')) return null;
  for (let t = start; t < end; t++) {
    if (tokens[t].head === v && ['nsubj', 'nsubj:pass', 'aux:pass', 'expl', 'mark'].includes(tokens[t].rel ?? '')) return null;
  }
  let t = v - 1;
  while (t >= start && ['ADV', 'AUX', 'PART'].includes(tokens[t].pos)) t--;
  const m = t >= start ? actors.covering(t) : undefined;
  if (!m || m.locative || m.tokenEnd !== t + 1) return null;
  // The phrase's head word is the one whose head lies outside it.
  let headWord = -1;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const h = tokens[k].head ?? -1;
    if (h < m.tokenStart || h >= m.tokenEnd) headWord = k;
  }
  if (headWord < 0 || verb.head === headWord) return null;
  const rel = tokens[headWord].rel ?? '';
  let c = m.tokenStart - 1;
  while (c >= start && tokens[c].pos === 'DET') c--;
  if (c < start) return null;
  if (rel === 'conj' && CLAUSE_CC.has(tokens[c].lower)) return m;
  return (rel === 'nmod' || rel === 'obl' || rel === 'conj') && CLAUSE_OPENERS.has(tokens[c].lower) ? m : null;
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von']);

// The words before token t are "according to (the)".
export function attributedSource(tokens: Token[], t: number, start: number): boolean {
  let k = t - 1;
  // (Over a determiner and the particles of a name the mention may leave out: "according to al-Eryani".)
  while (k >= start && (tokens[k].pos === 'DET' || tokens[k].text === '-' || NAME_PARTICLES.has(tokens[k].lower)) && t - k <= 3) k--;
  return k - 1 >= start && tokens[k].lower === 'to' && tokens[k - 1].lower === 'according';
}

/**
 * "The rebels (that) Syrian troops attacked": a relative clause whose own subject is someone else
 * and whose object is the relative pronoun, or missing, has the noun it modifies for its object.
 */
export function relativeObject(tokens: Token[], actors: SentenceActors, v: number, dependents: (h: number) => number[]): ActorMention | null {
  const deps = dependents(v);
  const subject = deps.find((d) => tokens[d].rel === 'nsubj' && !RELATIVE_PRONOUNS.has(tokens[d].lower));
  if (subject === undefined) return null;
  // The noun the clause hangs from: its parse head, or, when the parser missed the relative clause
  // ("Iran, which it accused" with "which" as a second subject), the words before the pronoun.
  let antecedentWord = -1;
  if (tokens[v].rel === 'acl:relcl' && tokens[v].head !== undefined) antecedentWord = tokens[v].head;
  else {
    const pronoun = deps.find((d) => d < subject && RELATIVE_PRONOUNS.has(tokens[d].lower) && tokens[d].lower !== 'that' && d === subject - 1);
    if (pronoun !== undefined) antecedentWord = tokens[pronoun - 1]?.text === ',' ? pronoun - 2 : pronoun - 1;
  }
  if (antecedentWord < 0) return null;
  if (deps.some((d) => (tokens[d].rel === 'obj' && !RELATIVE_PRONOUNS.has(tokens[d].lower)) || tokens[d].rel === 'nsubj:pass' || tokens[d].rel === 'ccomp')) return null;
  // "the town where troops attacked" or "the day rebels attacked": no object at all.
  if (deps.some((d) => tokens[d].rel === 'advmod' && ['where', 'when', 'why', 'how'].includes(tokens[d].lower))) return null;
  const antecedent = actors.covering(antecedentWord);
  return antecedent && !antecedent.locative ? antecedent : null;
}

/**
 * "Troops attacked and arrested rebels": two verbs joined by "and" share the object that follows
 * the second. Only when the verbs stand side by side; "attacked the town and arrested rebels" gives
 * the first verb its own object.
 */
export function sharedObject(tokens: Token[], actors: SentenceActors, v: number, end: number, dependents: (h: number) => number[]): ActorMention | null {
  if (v + 2 >= end || tokens[v + 1].rel !== 'cc' || tokens[v + 2].head !== v || tokens[v + 2].rel !== 'conj' || tokens[v + 2].pos !== 'VERB') return null;
  if (dependents(v).some((d) => d > v && ['obj', 'obl', 'ccomp', 'xcomp'].includes(tokens[d].rel ?? ''))) return null;
  const object = dependents(v + 2).find((d) => tokens[d].rel === 'obj');
  const m = object === undefined ? undefined : actors.covering(object);
  return m && !m.locative ? m : null;
}
