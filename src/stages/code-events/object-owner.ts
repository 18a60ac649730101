import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { SentenceActors } from './arguments.js';
import { governmentOf } from './protest-target.js';

// Nouns for what an actor says, decides or does, whose author a reaction is aimed at.
const ACT_NOUNS = new Set([
  'announcement', 'decision', 'move', 'step', 'plan', 'proposal', 'offer', 'initiative', 'statement', 'claim', 'remark',
  'comment', 'call', 'demand', 'request', 'policy', 'action', 'actions', 'measure', 'order', 'decree', 'law', 'bill',
  'declaration', 'threat', 'warning', 'accusation', 'allegation', 'refusal', 'rejection', 'recognition', 'pledge',
  'commitment', 'agreement', 'ruling', 'verdict', 'vote', 'election', 'reelection', 're-election', 'victory', 'win',
  'approach', 'stance', 'position', 'response', 'role', 'efforts', 'effort', 'conduct', 'behaviour', 'behavior',
  'commutation', 'pardon', 'appointment', 'nomination', 'dismissal', 'firing', 'withdrawal', 'deployment', 'strike', 'strikes',
  'sanction', 'sanctions', 'tariff', 'tariffs', 'restriction', 'restrictions', 'ban', 'embargo', 'blockade', 'interference', 'aggression',
  'lawsuit', 'suit', 'petition', 'complaint', 'appeal', 'bid', 'application', 'claim', 'motion', 'resolution', 'constitution',
]);
const BACK_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * "Trump commuted Stone's sentence. Biden criticized the move": the verb's object is an act noun with
 * a determiner that points back, and nothing in its phrase names who acted. True when so.
 */
export function anaphoricAct(doc: Doc, v: number, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (tokens[v].head === undefined) {
    // Unparsed: "criticized the move." / "criticized the move as ...", the phrase right after the verb.
    const noun = tokens[v + 2];
    const after = tokens[v + 3];
    return v + 2 < end && BACK_DETERMINERS.has(tokens[v + 1].lower) && (ACT_NOUNS.has(noun.lemma) || ACT_NOUNS.has(noun.lower))
      && (v + 3 >= end || after.pos === 'PUNCT' || ['as', 'and', 'on', 'in', 'at'].includes(after.lower));
  }
  for (let d = start; d < end; d++) {
    if (tokens[d].head !== v || tokens[d].rel !== 'obj' || !(ACT_NOUNS.has(tokens[d].lemma) || ACT_NOUNS.has(tokens[d].lower))) continue;
    let back = false;
    for (let c = start; c < end; c++) {
      if (tokens[c].head !== d) continue;
      if (tokens[c].rel === 'det' && BACK_DETERMINERS.has(tokens[c].lower)) back = true;
      // (Any other word of its own phrase ties it to something named here: "the decision to leave".)
      else if (tokens[c].rel !== 'amod' && tokens[c].rel !== 'punct') return false;
    }
    return back;
  }
  return false;
}

/**
 * "Egypt welcomed the proposal from Qatar", "Turkey criticized the decision by Washington", "U.S.
 * lawmakers welcomed Tuesday's announcement that Ukraine had agreed to a ceasefire": a reaction to
 * what someone said or did is aimed at its author. When the parse gives the trigger verb an object
 * that is such an act noun and names no actor itself, the author is its possessor, its "by" or
 * "from" phrase, or the subject of the clause that spells it out. "Of" is left alone ("the killing
 * of protesters" names the victims, not the author).
 */
export function objectOwner(doc: Doc, actors: SentenceActors, v: number, start: number, end: number): ActorMention | null {
  const tokens = doc.tokens;
  if (tokens[v].head === undefined) return ownerByWordOrder(doc, actors, v, end);
  const dependents = (h: number) => {
    const out: number[] = [];
    for (let t = start; t < end; t++) if (tokens[t].head === h) out.push(t);
    return out;
  };
  const object = dependents(v).find((d) => tokens[d].rel === 'obj');
  if (object === undefined || actors.covering(object) || !ACT_NOUNS.has(tokens[object].lemma) && !ACT_NOUNS.has(tokens[object].lower)) return null;
  for (const d of dependents(object)) {
    const rel = tokens[d].rel ?? '';
    const m = actors.covering(d);
    if (rel === 'nmod:poss' && m && !m.locative) return m;
    if (rel === 'nmod' && m && !m.locative && dependents(d).some((c) => tokens[c].rel === 'case' && (tokens[c].lower === 'by' || tokens[c].lower === 'from'))) return m;
    // "a lawsuit filed by Texas": a participle after the noun names its author with "by".
    if (rel === 'acl') {
      const by = dependents(d).find((c) => (tokens[c].rel === 'obl' || tokens[c].rel === 'obl:agent') && dependents(c).some((x) => tokens[x].rel === 'case' && tokens[x].lower === 'by'));
      const author = by === undefined ? undefined : actors.covering(by);
      if (author && !author.locative) return author;
    }
    // "the announcement that Ukraine had agreed": the clause's subject made the announcement.
    if ((rel === 'acl' || rel === 'acl:relcl' || rel === 'ccomp') && dependents(d).some((c) => tokens[c].lower === 'that' && tokens[c].rel === 'mark')) {
      const subject = dependents(d).find((c) => tokens[c].rel === 'nsubj');
      const s = subject === undefined ? undefined : actors.covering(subject);
      if (s && !s.locative) return s;
    }
  }
  // "reject these sanctions by the United States": in an active clause the parser may hang the "by"
  // phrase after the object on the verb; it still names the act's author.
  const passive = dependents(v).some((d) => tokens[d].rel === 'aux:pass');
  for (const d of dependents(v)) {
    if (passive || d < object || (tokens[d].rel !== 'obl' && tokens[d].rel !== 'obl:agent')) continue;
    const m = actors.covering(d);
    if (m && !m.locative && dependents(d).some((c) => tokens[c].rel === 'case' && tokens[c].lower === 'by')) return m;
  }
  return null;
}

// A place named as an act's author stands for its government ("a lawsuit filed by Texas").
const author = (m: ActorMention | undefined): ActorMention | null =>
  !m ? null : !m.locative ? m : m.ref?.startsWith('place:') && m.actor.country ? governmentOf(m) : null;

/**
 * Unparsed: "rejected a lawsuit filed by Texas", "rejected these sanctions by the United States": an
 * act noun right after the verb (past a determiner and adjectives), then "by" or "from" (after a
 * participle or not) and the actor.
 */
function ownerByWordOrder(doc: Doc, actors: SentenceActors, v: number, end: number): ActorMention | null {
  const tokens = doc.tokens;
  let k = v + 1;
  while (k < end && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k++;
  if (k >= end || !(ACT_NOUNS.has(tokens[k].lemma) || ACT_NOUNS.has(tokens[k].lower)) || actors.covering(k)) return null;
  k++;
  if (k < end && tokens[k].pos === 'VERB' && tokens[k].lower.endsWith('ed')) k++;
  if (k >= end || (tokens[k].lower !== 'by' && tokens[k].lower !== 'from')) return null;
  k++;
  if (k < end && tokens[k].pos === 'DET') k++;
  return author(actors.at(k));
}

// What an appeal asks someone to do: "called for G7 action", "called for UN intervention".
const ASKED_ACTS = new Set(['action', 'help', 'support', 'intervention', 'assistance', 'aid', 'mediation', 'involvement', 'leadership', 'response', 'engagement', 'pressure', 'protection', 'cooperation', 'investigation', 'inquiry']);

/**
 * "Macron called for G7 action", "the opposition called for UN intervention": an appeal or demand
 * for an act named by its doer asks that doer. The doer is the modifier of the act noun in the
 * verb's "for" phrase (a compound, an adjective of nationality or a possessor); the act nouns are
 * those whose modifier can only be who acts ("Russian sanctions" is not listed: that is whom they hit).
 */
export function askedActor(doc: Doc, actors: SentenceActors, v: number, start: number, end: number): ActorMention | null {
  const tokens = doc.tokens;
  if (tokens[v].head === undefined) return null;
  for (let d = start; d < end; d++) {
    if (tokens[d].head !== v || tokens[d].rel !== 'obl' || !ASKED_ACTS.has(tokens[d].lemma)) continue;
    let isFor = false;
    let doer: ActorMention | null = null;
    for (let c = start; c < end; c++) {
      if (tokens[c].head !== d) continue;
      if (tokens[c].rel === 'case' && tokens[c].lower === 'for') isFor = true;
      const m = ['compound', 'amod', 'nmod:poss'].includes(tokens[c].rel ?? '') ? actors.covering(c) : undefined;
      if (m && !m.locative) doer = m;
    }
    if (isFor && doer) return doer;
  }
  return null;
}
