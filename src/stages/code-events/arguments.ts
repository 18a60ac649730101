import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/span.js';

/** Who stands where around a trigger: subject, passive agent, object. */
export interface Arguments {
  subject: ActorMention | null;
  passive: boolean;
  agent: ActorMention | null; // "by X" of a passive
  object: ActorMention | null;
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
const PREPOSITIONAL = new Set(['ADP']);
const SPEECH = new Set(['say', 'claim', 'report', 'believe', 'confirm', 'announce', 'deny', 'think', 'allege', 'insist', 'warn', 'argue', 'acknowledge', 'state', 'suggest', 'fear', 'know', 'add', 'note']);

/** Is the verb at `v` a passive participle ("was attacked", "has been involved")? */
export function isPassive(tokens: Token[], v: number, start: number): boolean {
  const tok = tokens[v];
  if (tok.pos !== 'VERB' || tok.lower === tok.lemma) return false;
  for (let t = v - 1; t >= start && t >= v - 4; t--) {
    const p = tokens[t];
    if (p.pos === 'ADV' || p.lower === 'not' || p.lower === "n't") continue;
    return p.pos === 'AUX' && BE.has(p.lemma) && p.lower !== 'being' ? true : p.lower === 'been' || (p.lemma === 'be' && p.pos === 'AUX');
  }
  return false;
}

/** Find a trigger's arguments from the dependency parse when present, otherwise from word order. */
export function findArguments(doc: Doc, actors: SentenceActors, v: number, start: number, end: number): Arguments {
  if (doc.tokens[v].head !== undefined) return fromParse(doc, actors, v, start, end);
  return fromWordOrder(doc, actors, v, start, end);
}

function fromParse(doc: Doc, actors: SentenceActors, v: number, start: number, end: number): Arguments {
  const tokens = doc.tokens;
  const args: Arguments = { subject: null, passive: false, agent: null, object: null };
  const dependents = (h: number) => {
    const out: number[] = [];
    for (let t = start; t < end; t++) if (tokens[t].head === h) out.push(t);
    return out;
  };
  let head = v;
  // Coordinated and open-complement verbs share their governor's subject ("X met and signed", "X sought to meet").
  for (let hops = 0; hops < 4; hops++) {
    for (const d of dependents(head)) {
      const rel = tokens[d].rel ?? '';
      const m = actors.covering(d);
      if (!m) continue;
      if (rel === 'nsubj' && !args.subject) args.subject = m;
      if (rel === 'nsubj:pass' && !args.subject) ((args.subject = m), (args.passive = true));
      if (head === v && (rel === 'obj' || rel === 'iobj') && !args.object) args.object = m;
      if (head === v && rel === 'obl:agent' && !args.agent) args.agent = m;
      if (head === v && rel === 'obl' && !args.agent && tokens[m.tokenStart - 1]?.lower === 'by') args.agent = m;
    }
    const rel = tokens[head].rel ?? '';
    if (args.subject || !['conj', 'xcomp', 'advcl', 'acl'].includes(rel)) {
      if (!args.subject && rel === 'acl:relcl') args.subject = actors.covering(tokens[head].head!) ?? null;
      break;
    }
    const up = tokens[head].head;
    if (up === undefined || up < 0) break;
    head = up;
  }
  if (!args.subject && !args.passive) args.passive = isPassive(tokens, v, start);
  return args;
}

function fromWordOrder(doc: Doc, actors: SentenceActors, v: number, start: number, end: number): Arguments {
  const tokens = doc.tokens;
  const passive = isPassive(tokens, v, start);
  let subject: ActorMention | null = null;
  let t = v - 1;
  while (t >= start) {
    const tok = tokens[t];
    const m = actors.covering(t);
    if (m && !m.locative) {
      let b = m.tokenStart - 1;
      while (b > start && (tokens[b].pos === 'DET' || tokens[b].pos === 'NUM' || tokens[b].pos === 'ADJ')) b--;
      const before = tokens[b];
      const inPhrase = before && PREPOSITIONAL.has(before.pos) && before.lower !== 'by';
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
    if (CLAUSE_BREAK.has(tok.lower) && (tok.pos === 'SCONJ' || tok.pos === 'PUNCT' || tok.lower === 'but')) break;
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
      if (!PREPOSITIONAL.has(tokens[k - 1].pos)) object = m.locative ? null : m;
      break;
    }
    if (tok.pos === 'VERB' || tok.pos === 'PUNCT' || tok.pos === 'ADP' || tok.pos === 'SCONJ') break;
  }
  return { subject, passive, agent, object };
}
