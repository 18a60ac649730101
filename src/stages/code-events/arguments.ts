import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/span.js';
import { isPartitive, partitiveOf } from '../find-actors/partitive.js';
import { attributedSource, joinedClauseSubject, relativeObject, sharedObject } from './missing-arguments.js';
import { documentAgent } from './document-agent.js';

/** Who stands where around a trigger: subject, passive agent, object. */
export interface Arguments {
  subject: ActorMention | null;
  passive: boolean;
  agent: ActorMention | null; // "by X" of a passive
  object: ActorMention | null;
  /** The parse gave the verb a subject, whether or not it names an actor. */
  subjectWord?: boolean;
}

/** Actor lookups over one sentence. */
export interface SentenceActors {
  /** Widest mention starting at a token. */
  at: (token: number) => ActorMention | undefined;
  /** Widest mention ending just before token `t` (exclusive end). */
  endingAt: (t: number) => ActorMention | undefined;
  /** Widest mention covering a token. */
  covering: (token: number) => ActorMention | undefined;
}

const BE = new Set(['be', 'get']);
const CLAUSE_BREAK = new Set([';', ':', 'that', 'because', 'after', 'before', 'while', 'when', 'although', 'though', 'if', 'unless', 'since', 'whereas', 'but', 'as', 'where']);
const RELATIVE = new Set(['who', 'which', 'that']);
const PERSONAL = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you']);
// Tagged as prepositions, these still open a clause of their own ("after a hafling was reported").
const TIME_CONJ = new Set(['after', 'before', 'since', 'while', 'when', 'until']);
const PREPOSITIONAL = new Set(['ADP']);
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'can', 'shall', "'ll", "'d"]);
const SPEECH = new Set(['say', 'claim', 'report', 'believe', 'confirm', 'announce', 'deny', 'think', 'allege', 'insist', 'warn', 'argue', 'acknowledge', 'state', 'suggest', 'fear', 'know', 'add', 'note', 'declare', 'predict', 'estimate', 'indicate', 'assert', 'stress', 'reiterate', 'emphasize', 'emphasise', 'maintain', 'contend', 'concede', 'explain', 'reply', 'respond', 'hope', 'expect', 'admit']);

// "argued Brussels is taking too much power", "announced US troops would leave": after a verb of
// saying, an actor followed by its own verb is the subject of what was said, not the one spoken to
// (the parser, too, sometimes makes it the object).
function clauseSubject(doc: Doc, v: number, m: ActorMention): boolean {
  // (Adverbs are stepped over: "claimed Spanton first complained".)
  let k = m.tokenEnd;
  while (doc.tokens[k]?.pos === 'ADV' && doc.tokens[k].sentence === doc.tokens[v].sentence) k++;
  const after = doc.tokens[k];
  return SPEECH.has(doc.tokens[v].lemma) && !!after && after.sentence === doc.tokens[v].sentence && (after.pos === 'VERB' || after.pos === 'AUX') && !after.lower.endsWith('ing');
}

const QUOTE_END = new Set([',', '"', '\u201d', "'", '\u2019', '\u2014']);
/**
 * '"We have one shot," said Brekelmans.': a verb of saying after a quotation or comma, with an actor
 * right after it and nothing more, has its speaker after it: the actor is the subject, not the one
 * spoken to.
 */
export function postposedSpeaker(doc: Doc, v: number, m: ActorMention, end: number): boolean {
  const before = doc.tokens[v - 1];
  const after = doc.tokens[m.tokenEnd];
  if (!SPEECH.has(doc.tokens[v].lemma) || m.tokenStart !== v + 1 || !before || !QUOTE_END.has(before.text)) return false;
  if (m.tokenEnd >= end || after.text === ',') return true;
  // "..., said Iran on Monday.": what follows the speaker holds no verb of its own.
  for (let t = m.tokenEnd; t < end; t++) if (doc.tokens[t].pos === 'VERB' || doc.tokens[t].pos === 'AUX') return false;
  return true;
}

/** Is the verb at `v` a passive participle ("was attacked", "has been involved")? */
export function isPassive(tokens: Token[], v: number, start: number): boolean {
  const tok = tokens[v];
  // A present participle is progressive, never passive ("is acting", "will be renewing").
  if (tok.pos !== 'VERB' || tok.lower === tok.lemma || tok.lower.endsWith('ing')) return false;
  for (let t = v - 1; t >= start && t >= v - 4; t--) {
    const p = tokens[t];
    if (p.pos === 'ADV' || p.lower === 'not' || p.lower === "n't") continue;
    return p.pos === 'AUX' && BE.has(p.lemma) && p.lower !== 'being' ? true : p.lower === 'been' || (p.lemma === 'be' && p.pos === 'AUX');
  }
  return false;
}

/**
 * A word the tagger did not call a verb that stands as one: the parse gives it a subject and an object,
 * or it comes right after an actor and right before a determiner ("Fornost and Gondor welcome/ADJ a
 * resumption", "Israel strikes/NOUN a Hamas post").
 */
export function actsAsVerb(tokens: Token[], t: number, start: number, end: number, actorEndsAt?: (t: number) => boolean): boolean {
  if (tokens[t].pos !== 'ADJ' && tokens[t].pos !== 'NOUN') return false;
  if (actorEndsAt?.(t) && t + 1 < end && (tokens[t + 1].pos === 'DET' || /^(its|their|his|her|our)$/.test(tokens[t + 1].lower))) return true;
  if (tokens[t].head === undefined) return false;
  let subject = false;
  let object = false;
  for (let d = start; d < end; d++) {
    if (tokens[d].head !== t) continue;
    if (tokens[d].rel === 'nsubj') subject = true;
    if (tokens[d].rel === 'obj') object = true;
  }
  return subject && object;
}

/** Find a trigger's arguments from the dependency parse when present, otherwise from word order. */
export function findArguments(doc: Doc, actors: SentenceActors, v: number, start: number, end: number): Arguments {
  if (doc.tokens[v].head === undefined) {
    const args = fromWordOrder(doc, actors, v, start, end);
    if (args.passive && !args.agent) args.agent = documentAgent(doc, actors, v, end);
    return args;
  }
  const args = fromParse(doc, actors, v, start, end);
  const joined = joinedClauseSubject(doc, actors, v, start, end);
  if (joined) {
    args.subject = joined;
    args.passive = false;
  }
  // Unknown names and long sentences trip the parser ("Fornost/amod and Gondor welcomed", "Ahmed
  // al-Assadi, a spokesman for the PMF, blamed" with the name hung elsewhere): when it found no actor
  // as subject, word order may. A plain noun right before the verb ("crowds burned") stays no actor.
  if (!args.subject && !nounBefore(doc, actors, v, start)) args.subject = fromWordOrder(doc, actors, asideStart(doc, v, start), start, end).subject;
  if (args.object && clauseSubject(doc, v, args.object)) args.object = null;
  if (args.passive && !args.agent) args.agent = documentAgent(doc, actors, v, end);
  return args;
}

// "X, backed by Y, attacked": a short comma-delimited aside right before the verb is stepped over.
// Auxiliaries and adverbs between the aside and the verb are stepped over too ("X, backed by Y, had attacked").
function asideStart(doc: Doc, v: number, start: number): number {
  let c = v - 1;
  while (c > start && ['AUX', 'ADV', 'PART'].includes(doc.tokens[c].pos)) c--;
  if (doc.tokens[c]?.text !== ',') return v;
  for (let t = c - 1, words = 0; t >= start && words <= 8; t--) {
    if (doc.tokens[t].text === ',') return words >= 2 ? t : v;
    if (doc.tokens[t].pos !== 'PUNCT') words++;
  }
  return v;
}

// A plain noun right before the verb (past adverbs and auxiliaries) that names no actor: its subject.
function nounBefore(doc: Doc, actors: SentenceActors, v: number, start: number): boolean {
  let t = v - 1;
  while (t >= start && ['ADV', 'AUX', 'PART'].includes(doc.tokens[t].pos)) t--;
  return t >= start && (doc.tokens[t].pos === 'NOUN' || doc.tokens[t].pos === 'PROPN') && !actors.covering(t);
}

// Modifiers through which a phrase names its actor: "Eriador's death toll", "Calenardhon crowds", "the K.U. team".
const PHRASE_MODIFIERS = new Set(['nmod:poss', 'compound', 'amod', 'flat']);
const SELF_PRONOUNS = new Set(['it', 'they', 'we']);

function fromParse(doc: Doc, actors: SentenceActors, v: number, start: number, end: number): Arguments {
  const tokens = doc.tokens;
  const args: Arguments = { subject: null, passive: false, agent: null, object: null };
  const dependents = (h: number) => {
    const out: number[] = [];
    for (let t = start; t < end; t++) if (tokens[t].head === h) out.push(t);
    return out;
  };
  // An argument whose head word names no actor takes the actor among its modifiers.
  // "thousands of Iraqis": a partitive head takes the actor of its "of" phrase.
  const ofPhrase = (x: number) => tokens[x].rel === 'nmod' && dependents(x).some((c) => tokens[c].rel === 'case' && tokens[c].lower === 'of');
  // (Only the noun the "of" phrase names: "one of her rivals" is not her.)
  const partOf = (d: number): ActorMention | undefined => (isPartitive(tokens[d]) ? dependents(d).filter(ofPhrase).map((x) => actors.covering(x)).find(Boolean) : undefined);
  const actorOf = (d: number, depth = 0): ActorMention | undefined =>
    actors.covering(d) ?? partOf(d) ?? (depth < 3 ? dependents(d).filter((x) => PHRASE_MODIFIERS.has(tokens[x].rel ?? '')).map((x) => actorOf(x, depth + 1)).find(Boolean) : undefined);
  // The word before the phrase of token d (before the actor it belongs to) is "of".
  const ofBefore = (d: number): boolean => {
    const m = actors.covering(d);
    const first = m ? m.tokenStart : d;
    return first > start && tokens[first - 1].lower === 'of';
  };
  // "Ethiopia indicated it would act": "it" in a clause reported by a verb is that verb's subject.
  const reportedSubject = (d: number): ActorMention | undefined => {
    if (!SELF_PRONOUNS.has(tokens[d].lower) || !['ccomp', 'parataxis'].includes(tokens[v].rel ?? '')) return undefined;
    const gov = tokens[v].head ?? -1;
    const subj = gov >= 0 ? dependents(gov).find((x) => tokens[x].rel === 'nsubj') : undefined;
    return subj === undefined ? undefined : actorOf(subj);
  };
  // "since September 2015, collaborating with Iran": the parser may take a date for the subject of
  // the clause after it; a time expression does no act, so unless an actor hangs from it ("North
  // Korea on Thursday fired"), the verb still borrows its governor's subject.
  const inDate = (d: number) => doc.dates.some((x) => x.start <= tokens[d].start && tokens[d].end <= x.end);
  // "Trump lashed out at Bowser, accusing her of ...": a participle set off by a comma has no subject
  // of its own; a subject the parser hangs on it from before the comma is the main clause's business.
  const adjunct = tokens[v].lower.endsWith('ing') && tokens[v].rel === 'advcl' && tokens[v - 1]?.text === ',' && !dependents(v).some((d) => tokens[d].rel === 'aux');
  let head = v;
  let coordinated = true; // only coordination passes a passive on ("was arrested and charged"), not "was seen to break"
  // Coordinated and open-complement verbs share their governor's subject ("X met and signed", "X sought to meet").
  for (let hops = 0; hops < 4; hops++) {
    // "collaborating with Iran to support Assad": the parser may make the partner after "with" the
    // infinitive's subject; the one who works with the partner does the act.
    const withPartner = dependents(head).some((d) => tokens[d].rel === 'mark' && tokens[d].lower === 'with') && dependents(head).some((d) => tokens[d].rel === 'mark' && tokens[d].lower === 'to');
    for (const d of dependents(head)) {
      const rel = tokens[d].rel ?? '';
      if (withPartner && rel === 'nsubj') continue;
      if (adjunct && head === v && rel === 'nsubj' && d < v) continue;
      // "in support of Donald Trump to protest the results": a name after "of" is no subject of the
      // infinitive the parser hung it on; the infinitive's doer is found above it.
      if (rel === 'nsubj' && ofBefore(d) && dependents(head).some((x) => tokens[x].rel === 'mark' && tokens[x].lower === 'to')) continue;
      const m = actorOf(d) ?? (head === v ? reportedSubject(d) : undefined);
      if ((rel === 'nsubj' || rel === 'nsubj:pass') && (m || !inDate(d))) args.subjectWord = true;
      if (!m) continue;
      if (rel === 'nsubj' && !args.subject) args.subject = m;
      // A passive subject needs a passive auxiliary to be one: the parser sometimes labels an active subject so.
      if (rel === 'nsubj:pass' && !args.subject) ((args.subject = m), (args.passive = coordinated && (isPassive(tokens, head, start) || dependents(head).some((x) => tokens[x].rel === 'aux:pass'))));
      if (head === v && (rel === 'obj' || rel === 'iobj') && !args.object) args.object = m;
      if (head === v && rel === 'obl:agent' && !args.agent) args.agent = m;
      // The parser often labels a passive's "by" phrase plain obl: its case marker tells.
      if (head === v && rel === 'obl' && !args.agent && dependents(d).some((x) => tokens[x].rel === 'case' && tokens[x].lower === 'by')) args.agent = m;
    }
    const rel = tokens[head].rel ?? '';
    // A participle modifying a noun has that noun for its subject: "the army fighting insurgents"
    // (active), "rebels backed by Turkey" (passive: the noun is what is done to).
    // The parser often makes such a participle an adverbial clause of the main verb ("Turkey supported
    // insurgent groups aiming to overthrow Assad"); straight after a coded noun, with no comma, it is
    // the noun's.
    const reduced = rel === 'acl' || (rel === 'advcl' && tokens[head].lower.endsWith('ing') && !!actors.endingAt(head) && tokens[head - 1].pos !== 'PRON');
    if (!args.subject && !args.subjectWord && reduced && tokens[head].pos === 'VERB') {
      const noun = rel === 'acl' ? actors.covering(tokens[head].head!) : actors.endingAt(head);
      const form = tokens[head].lower;
      if (noun && !noun.locative && (form.endsWith('ing') || form !== tokens[head].lemma)) {
        args.subject = noun;
        args.passive = !form.endsWith('ing');
        break;
      }
    }
    // "Russia's bid to attack Ukraine", "Iran's decision to retaliate": an infinitive that completes a
    // noun is done by the noun's possessor.
    if (!args.subject && !args.subjectWord && rel === 'acl' && dependents(head).some((d) => tokens[d].rel === 'mark' && tokens[d].lower === 'to')) {
      const possessor = dependents(tokens[head].head!).find((d) => tokens[d].rel === 'nmod:poss');
      const m = possessor !== undefined ? actors.covering(possessor) : undefined;
      if (m && !m.locative) {
        args.subject = m;
        break;
      }
    }
    // A verb with a subject of its own ("crowds burned"), actor or not, does not borrow its governor's.
    if (args.subject || args.subjectWord || !['conj', 'xcomp', 'advcl', 'acl'].includes(rel)) {
      if (!args.subject && rel === 'acl:relcl') args.subject = actors.covering(tokens[head].head!) ?? null;
      break;
    }
    let up = tokens[head].head;
    if (up === undefined || up < 0) break;
    // "did not want the U.S. to involve itself and calls on Washington": a verb with a tense ending
    // is not coordinated with an infinitive; the parser hung it one level too low.
    if (rel === 'conj' && tokens[head].lower !== tokens[head].lemma && !tokens[head].lower.endsWith('ing')
      && tokens[up].lower === tokens[up].lemma && dependents(up).some((d) => tokens[d].rel === 'mark' && tokens[d].lower === 'to')) {
      const above = tokens[up].head;
      if (above !== undefined && above >= 0) up = above;
    }
    // "Hawkins predicted Trump would lose and asked voters ...": a past tense cannot share a "would",
    // so a past verb the parser coordinated with a modal verb is coordinated with the verb of saying
    // before it, whose subject it shares.
    if (rel === 'conj' && tokens[head].lower !== tokens[head].lemma && !tokens[head].lower.endsWith('ing') && !dependents(head).some((d) => tokens[d].rel === 'aux')
      && dependents(up).some((d) => tokens[d].rel === 'aux' && MODALS.has(tokens[d].lower))) {
      let k = up - 1;
      while (k >= start && !(tokens[k].pos === 'VERB' && SPEECH.has(tokens[k].lemma) && tokens[k].lower !== tokens[k].lemma)) k--;
      if (k >= start) {
        const subject = dependents(k).find((d) => tokens[d].rel === 'nsubj') ?? (k - 1 >= start ? k - 1 : undefined);
        const m = subject === undefined ? undefined : actorOf(subject);
        if (m) {
          args.subject = m;
          args.subjectWord = true;
          break;
        }
      }
    }
    // "allowed the perpetrators to go", "urged Erdogan to meet": an open complement whose governor
    // has an object is controlled by that object, not by the governor's subject.
    // Only a non-finite complement is controlled ("to go", bare "escape", "attacking"): a past tense
    // labelled xcomp is a misparse, and its subject is found as for any other verb.
    const nonFinite = rel === 'xcomp' && (tokens[head].lower === tokens[head].lemma || tokens[head].lower.endsWith('ing') || dependents(head).some((d) => tokens[d].rel === 'mark' && tokens[d].lower === 'to'));
    // "accused Syria of attacking", "stopped them from leaving": the gerund's doer is the object too.
    const ofGerund = (rel === 'advcl' || rel === 'acl') && tokens[head].lower.endsWith('ing') && dependents(head).some((d) => (tokens[d].rel === 'mark' || tokens[d].rel === 'case') && (tokens[d].lower === 'of' || tokens[d].lower === 'from'));
    // "Bolton claims Trump asked Xi": a tensed verb the parser hangs as an open complement of a verb of
    // saying, right after its object, is a clause of its own, and that "object" is its subject.
    if (rel === 'xcomp' && !nonFinite && tokens[head].lower !== tokens[head].lemma && SPEECH.has(tokens[up].lemma)) {
      let k = head - 1;
      while (k > up && tokens[k].pos === 'ADV') k--;
      const object = dependents(up).find((d) => (tokens[d].rel === 'obj' || tokens[d].rel === 'iobj') && (d === k || (actors.covering(d) && actors.covering(d) === actors.covering(k))));
      if (object !== undefined) {
        args.subject = actorOf(object) ?? null;
        args.subjectWord = true;
        break;
      }
    }
    if (nonFinite || ofGerund) {
      const controller = dependents(up).find((d) => d !== head && (tokens[d].rel === 'obj' || tokens[d].rel === 'iobj'));
      if (controller !== undefined) {
        args.subject = actorOf(controller) ?? null;
        args.subjectWord = true;
        break;
      }
    }
    if (rel !== 'conj') coordinated = false;
    head = up;
  }
  // "According to The Washington Post, intelligence officials warned": the source of the news is not
  // the doer, whatever the parse says; the doer is the name set beside it, or found by word order.
  if (args.subject && attributedSource(tokens, args.subject.tokenStart, start)) {
    const head = args.subject.headToken;
    const beside = dependents(head).find((d) => tokens[d].rel === 'appos');
    args.subject = (beside !== undefined ? actorOf(beside) : undefined) ?? null;
    args.subjectWord = false;
  }
  if (!args.subject && !args.passive) args.passive = isPassive(tokens, v, start);
  // "Eriador was opposed by Osgiliath" parsed with a plain nsubj: the passive auxiliary still decides.
  if (!args.passive && args.subject && dependents(v).some((d) => tokens[d].rel === 'aux:pass')) args.passive = true;
  // "Rebels attacked by Syrian troops fled": a participle with a by-agent is passive even with no
  // auxiliary (the parser may make the reduced relative the main verb).
  if (!args.passive && args.subject && args.agent && tokens[v].lower !== tokens[v].lemma && !tokens[v].lower.endsWith('ing')
    && !dependents(v).some((d) => tokens[d].rel === 'aux' && tokens[d].lemma === 'have')) args.passive = true;
  if (!args.object) args.object = relativeObject(tokens, actors, v, dependents) ?? sharedObject(tokens, actors, v, end, dependents);
  return args;
}

// "Thousands of Iraqis protested": the "of" at `of` follows a partitive head that itself stands as
// a subject would (not inside a phrase: "arranged for 3000 of the National Guard").
function partitiveSubject(tokens: Token[], of: number, start: number): boolean {
  let t = of;
  while (partitiveOf(tokens, t, start)) {
    t -= 2; // the head, then what stands before it
    while (t >= start && (tokens[t].pos === 'DET' || tokens[t].pos === 'ADJ' || tokens[t].pos === 'ADV')) t--;
    if (t < start || tokens[t].lower !== 'of') break;
  }
  if (t === of) return false;
  return t < start || !(tokens[t].pos === 'ADP' || tokens[t].pos === 'VERB' || tokens[t].pos === 'AUX' || tokens[t].pos === 'SCONJ');
}

function fromWordOrder(doc: Doc, actors: SentenceActors, v: number, start: number, end: number): Arguments {
  const tokens = doc.tokens;
  const passive = isPassive(tokens, v, start);
  let subject: ActorMention | null = null;
  const ownNoun = nounBefore(doc, actors, v, start);
  let t = v - 1;
  while (t >= start) {
    const tok = tokens[t];
    const m = actors.covering(t);
    if (m && !m.locative) {
      let b = m.tokenStart - 1;
      while (b > start && (tokens[b].pos === 'DET' || tokens[b].pos === 'NUM' || tokens[b].pos === 'ADJ')) b--;
      const before = tokens[b];
      const inPhrase = before && PREPOSITIONAL.has(before.pos) && before.lower !== 'by' && !partitiveSubject(tokens, b, start) && !(TIME_CONJ.has(before.lower) && m.tokenEnd <= v && ['VERB', 'AUX'].includes(tokens[m.tokenEnd].pos));
      // The object of an earlier verb ("attacked Syrian rebels and severed ...") is not this verb's
      // subject, unless that verb is one of saying whose clause it opens ("said Russian jets struck").
      const objectOfVerb = before && before.pos === 'VERB' && !SPEECH.has(before.lemma);
      if (!inPhrase && !objectOfVerb) {
        subject = m;
        break;
      }
      t = m.tokenStart - 1;
      continue;
    }
    if (RELATIVE.has(tok.lower) && tok.pos === 'PRON') {
      const ante = actors.endingAt(t) ?? (tokens[t - 1]?.text === ',' ? actors.endingAt(t - 1) : undefined);
      if (ante) subject = ante;
      break;
    }
    // A personal pronoun no actor covers is the subject itself ("the Iranian vessel ... when it arrived"):
    // the actor further back is not.
    if (tok.pos === 'PRON' && PERSONAL.has(tok.lower)) break;
    // A verb of saying reached when a plain noun stands right before this verb: that noun is its
    // subject, and the actor before the verb of saying is the speaker ("X said, the lions were
    // killed"); "X said ... and urged" and "X declared an emergency, shut schools" share X.
    if (tok.pos === 'VERB' && SPEECH.has(tok.lemma) && ownNoun) break;
    if (CLAUSE_BREAK.has(tok.lower) && (tok.pos === 'SCONJ' || tok.pos === 'PUNCT' || tok.lower === 'but' || (tok.pos === 'ADP' && TIME_CONJ.has(tok.lower)))) break;
    t--;
  }
  let agent: ActorMention | null = null;
  let object: ActorMention | null = null;
  for (let k = v + 1; k < end && k <= v + 6; k++) {
    const tok = tokens[k];
    if (passive && tok.lower === 'by') {
      agent = actors.at(k + 1) ?? (tokens[k + 1]?.pos === 'DET' ? actors.at(k + 2) ?? null : null) ?? null;
      break;
    }
    const m = actors.at(k);
    if (m && !passive) {
      if (!PREPOSITIONAL.has(tokens[k - 1].pos) && !clauseSubject(doc, v, m)) object = m.locative ? null : m;
      break;
    }
    if (tok.pos === 'VERB' || tok.pos === 'PUNCT' || tok.pos === 'ADP' || tok.pos === 'SCONJ') break;
  }
  return { subject, passive, agent, object };
}
