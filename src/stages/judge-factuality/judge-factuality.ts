import type { Doc } from '../../model/doc.js';
import type { CodedEvent, Factuality } from '../../model/event.js';
import type { Token } from '../../model/span.js';
import { quotations } from '../find-actors/quote-speakers.js';
import { defineStage } from '../../pipeline/stage.js';
import * as cue from './cues.js';
import type { CompiledDictionary } from '../../dictionaries/compile.js';
import { expressIntent, INTENT_ADJ } from './intent.js';

function tokenAt(tokens: Token[], from: number, to: number, char: number): number {
  for (let t = from; t < to; t++) if (tokens[t].start <= char && char < tokens[t].end) return t;
  return -1;
}

const fact = (value: Factuality['value'], tok: Token | Token[]): Factuality => {
  const list = Array.isArray(tok) ? tok : [tok];
  return { value, cue: list.map((t) => t.text).join(' '), start: list[0].start, end: list[list.length - 1].end };
};

// "Theresa May met Macron", "Will Smith said": a modal's form tagged as a noun is a name.
const nameWord = (tok: Token): boolean => tok.pos === 'NOUN' || tok.pos === 'PROPN';

// Look left from the trigger inside its clause for negation, modality and tense cues.
function localCue(tokens: Token[], start: number, trig: number): Factuality | null {
  for (let t = trig - 1, seen = 0; t >= start && seen < 5; t--, seen++) {
    const tok = tokens[t];
    if (tok.pos === 'PUNCT' || tok.pos === 'SCONJ' || tok.lower === 'and' || tok.lower === 'but') break;
    if (cue.NEGATION.has(tok.lower)) return fact('negated', tok);
    // "were considering severing ties": a gerund right after a verb of weighing is only weighed.
    if (t === trig - 1 && tokens[trig].lower.endsWith('ing') && tok.pos === 'VERB' && cue.CONSIDER_VERBS.has(tok.lemma)) return fact('hypothetical', tok);
    if (tok.lower === 'to' && t > start && cue.FAILED.has(tokens[t - 1].lemma)) return fact('negated', [tokens[t - 1], tok]);
    // "Rittenhouse is accused of shooting and killing two people": what someone is accused or suspected
    // of is an allegation.
    if (tok.lower === 'of' && t > start && (tokens[t - 1].lemma === 'accuse' || tokens[t - 1].lemma === 'suspect') && tokens[t - 1].lower !== tokens[t - 1].lemma) return fact('reported', [tokens[t - 1], tok]);
    if (tok.lower === 'to' && t > start && (cue.FUTURE_VERBS.has(tokens[t - 1].lemma) || INTENT_ADJ.has(tokens[t - 1].lower))) return fact('future', [tokens[t - 1], tok]);
    if (cue.FUTURE_AUX.has(tok.lower) && !nameWord(tok)) return fact('future', tok);
    if (cue.MODAL_AUX.has(tok.lower) && !nameWord(tok)) return fact('hypothetical', tok);
    // "have alleged" (tagged as an adjective) is a report, "the alleged attack" a supposition.
    if (cue.HYPOTHETICAL_ADJ.has(tok.lower)) return fact(t > start && tokens[t - 1].lemma === 'have' ? 'reported' : 'hypothetical', tok);
    if (cue.FUTURE_ADJ.has(tok.lower)) return fact('future', tok);
    if (cue.REPORT_ADV.has(tok.lower)) return fact('reported', tok);
  }
  return null;
}

// "would have allowed Beijing to extradite", "did not let them leave": an open complement (xcomp)
// happens only if its governor does, so it takes a negation or modal on the governor. Needs the
// parse; a few hops at most ("did not want to try to meet").
// "accused Syria of attacking" is an allegation; "prevented them from leaving" says it did not happen.
function governorCue(tokens: Token[], start: number, end: number, trig: number): Factuality | null {
  let v = trig;
  for (let hops = 0; hops < 3; hops++) {
    const g = tokens[v].head;
    if (g === undefined || g < start || g >= end) return null;
    // "accused of crossing state lines and shooting": coordinated verbs share their governor's cue.
    // (Like forms only, two gerunds or two base forms: a tensed verb the parser hangs from an
    // infinitive is no part of it.)
    const form = (t: number) => (tokens[t].lower.endsWith('ing') ? 'ing' : tokens[t].lower === tokens[t].lemma ? 'base' : 'tensed');
    if (tokens[v].rel === 'conj' && form(v) !== 'tensed' && form(v) === form(g)) {
      v = g;
      continue;
    }
    if (['advcl', 'acl', 'obl'].includes(tokens[v].rel ?? '') && tokens[v].lower.endsWith('ing')) {
      let marker = '';
      for (let t = start; t < v; t++) if (tokens[t].head === v && (tokens[t].rel === 'mark' || tokens[t].rel === 'case')) marker = tokens[t].lower;
      // The parser may hang the gerund from the object noun instead ("prevented [rebels from attacking]").
      const verb = tokens[v].rel === 'acl' && tokens[g].rel === 'obj' && tokens[g].head !== undefined && tokens[g].head >= start ? tokens[g].head : g;
      if (marker === 'of' && cue.ACCUSE_VERBS.has(tokens[verb].lemma)) return fact('reported', tokens[verb]);
      if (marker === 'from' && cue.PREVENT_VERBS.has(tokens[verb].lemma)) return fact('negated', tokens[verb]);
      return null;
    }
    if (tokens[v].rel !== 'xcomp') return null;
    // "were considering severing ties", "weighed sending troops": what is only considered may not happen.
    if (cue.CONSIDER_VERBS.has(tokens[g].lemma)) return fact('hypothetical', tokens[g]);
    for (let t = start; t < end; t++) {
      if (tokens[t].head !== g || !['aux', 'advmod'].includes(tokens[t].rel ?? '')) continue;
      const w = tokens[t].lower;
      if (cue.NEGATION.has(w)) return fact('negated', tokens[t]);
      if (cue.FUTURE_AUX.has(w)) return fact('future', tokens[t]);
      if (cue.MODAL_AUX.has(w)) return fact('hypothetical', tokens[t]);
    }
    v = g;
  }
  return null;
}

// An event noun as the subject of its clause takes the mood of the verb after it: "cooperation
// could resume", "the talks will take place", "a meeting was not held".
function predicateCue(tokens: Token[], from: number, end: number): Factuality | null {
  for (let t = from + 1; t < end && t <= from + 4; t++) {
    const tok = tokens[t];
    if (tok.pos === 'PUNCT' || tok.pos === 'SCONJ' || tok.pos === 'VERB') return null;
    if (tok.pos !== 'AUX' && tok.pos !== 'PART') continue;
    if (cue.NEGATION.has(tok.lower)) return fact('negated', tok);
    if (cue.FUTURE_AUX.has(tok.lower)) return fact('future', tok);
    if (cue.MODAL_AUX.has(tok.lower)) return fact('hypothetical', tok);
  }
  return null;
}

// A coordinator or semicolon between a verb and the trigger, before any "that": the trigger is a
// second act of the verb's subject, not what the verb is about.
function coordinatedAfter(tokens: Token[], verb: number, trig: number): boolean {
  for (let k = verb + 1; k < trig; k++) {
    const w = tokens[k].lower;
    if (w === 'that') return false;
    if (w === 'and' || w === 'but' || w === ';') return true;
  }
  return false;
}

/**
 * With a parse, a verb of reporting that cannot be reporting the trigger: one inside the trigger's own
 * clause ("criticized Biden despite claiming", "slammed Trump for a story alleging"), one modifying a
 * noun ("the comment reported in The Atlantic"), or one the trigger is coordinated with ("Flynn said
 * ... and urged the crowd": urging is a second act, not what was said).
 */
const tensed = (t: Token): boolean => t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing');

function outsideReport(tokens: Token[], report: number, trig: number): boolean {
  if (tokens[report].head === undefined || tokens[trig].head === undefined) return false;
  if (['acl', 'acl:relcl', 'amod'].includes(tokens[report].rel ?? '')) return true;
  if (tokens[trig].rel === 'conj') {
    // A tensed verb is coordinated with a tensed verb: past an infinitive or adjective the parser
    // hung it from ("said he was ready to talk and urged"), its partner is the next tensed verb up.
    let partner: number | undefined = tokens[trig].head;
    for (let hops = 0; partner !== undefined && partner >= 0 && hops < 4 && tensed(tokens[trig]) && !tensed(tokens[partner]); hops++) partner = tokens[partner].head;
    if (partner === report) return true;
  }
  let k: number | undefined = tokens[report].head;
  for (let hops = 0; k !== undefined && k >= 0 && hops < 12; hops++) {
    if (k === trig) return true;
    k = tokens[k].head;
  }
  return false;
}

const RELATIVE_WORDS = new Set(['where', 'which', 'who', 'whom', 'whose']);
// (The verb is the relative clause's own when no other verb stands between them: "officials who
// spoke to Reuters said" is the main clause's report.)
const relativeBetween = (tokens: Token[], from: number, to: number): boolean => {
  for (let k = to - 1; k > from; k--) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
    if (RELATIVE_WORDS.has(tokens[k].lower)) return true;
  }
  return false;
};

// Look across the sentence for a denial, condition or report that governs the trigger.
function sentenceCue(tokens: Token[], start: number, end: number, trig: number): Factuality | null {
  for (let t = start; t < end; t++) {
    const tok = tokens[t];
    if (t === trig) continue;
    if (cue.DENY_VERBS.has(tok.lemma) && tok.pos === 'VERB') {
      // "denied that they met" / "denied meeting" (trigger after), or "X met Y, but officials denied this" (before).
      const next = tokens[t + 1];
      // ("rejected the allegations and attacked X": a coordinated act of the denier is not denied.)
      if (t < trig) {
        if (coordinatedAfter(tokens, t, trig)) continue;
        return fact('denied', tok);
      }
      if (next && cue.DENIED_OBJECTS.has(next.lower)) return fact('denied', [tok, next]);
      if (next && next.pos === 'DET' && tokens[t + 2] && cue.DENIED_OBJECTS.has(tokens[t + 2].lower)) return fact('denied', [tok, next, tokens[t + 2]]);
    }
  }
  for (let t = start; t < trig; t++) if (cue.CONDITIONAL.has(tokens[t].lower) && tokens[t].pos === 'SCONJ') return fact('hypothetical', tokens[t]);
  // "Reportedly, two people were killed": a sentence adverb before a comma covers the whole sentence.
  if (cue.REPORT_ADV.has(tokens[start].lower) && tokens[start + 1]?.text === ',') return fact('reported', tokens[start]);
  // "allegations (that) Trump tried to pressure ...": a reporting noun whose clause holds the trigger.
  for (let t = Math.max(start, trig - 10); t < trig; t++) {
    const tok = tokens[t];
    if (tok.pos !== 'NOUN' || !cue.REPORT_NOUNS.has(tok.lower)) continue;
    const next = tokens[t + 1];
    if (!next || !(next.lower === 'that' || next.pos === 'PROPN' || next.pos === 'PRON')) continue;
    let open = true;
    for (let k = t + 1; k < trig && open; k++) if (tokens[k].text === ';' || tokens[k].lower === 'but') open = false;
    if (open) return fact('reported', tok);
  }
  for (let t = start; t < end; t++) {
    const tok = tokens[t];
    if (t === trig || tok.pos !== 'VERB') continue;
    // After the act, ", saying ..." / ", adding ..." is what its doer said besides, and "according to
    // which" opens a relative clause: neither reports the act itself (", officials said" does).
    if (t > trig && tokens[t - 1]?.text === ',' && tok.lower.endsWith('ing') && tok.lower !== 'according') continue;
    if (tok.lower === 'according' && tokens[t + 1]?.lower === 'to' && /^(which|whom)$/.test(tokens[t + 2]?.lower ?? '')) continue;
    if (tok.lower === 'according' && tokens[t + 1]?.lower === 'to') return fact('reported', [tok, tokens[t + 1]]);
    // "talks in Jeddah, where Ukraine said it is ready": a report inside a relative clause after the act
    // is about something else.
    if (t > trig && relativeBetween(tokens, trig, t)) continue;
    if (cue.REPORT_VERBS.has(tok.lemma) && !cue.FACTIVE.has(tok.lemma) && !outsideReport(tokens, t, trig)) return fact('reported', tok);
  }
  return null;
}

// "... officials denied this" in the next sentence denies what the previous sentence reported.
function nextSentenceDenial(doc: Doc, sentence: number): Factuality | null {
  const s = doc.sentences[sentence + 1];
  if (!s) return null;
  for (let t = s.tokenStart; t < Math.min(s.tokenEnd, s.tokenStart + 8); t++) {
    const tok = doc.tokens[t];
    if (cue.DENY_VERBS.has(tok.lemma) && tok.pos === 'VERB' && cue.DENIED_OBJECTS.has(doc.tokens[t + 1]?.lower ?? '')) return fact('denied', [tok, doc.tokens[t + 1]]);
  }
  return null;
}

/** Decide whether the text asserts, reports, denies, negates, plans or supposes an event. */
export function judgeEvent(doc: Doc, e: CodedEvent): Factuality {
  const s = doc.sentences[e.sentence];
  const trig = tokenAt(doc.tokens, s.tokenStart, s.tokenEnd, e.trigger.start);
  if (trig < 0) return { value: 'asserted', cue: null };
  // (A plan that was called off was still planned: the intent codes 03x keep their own factuality.)
  const local = localCue(doc.tokens, s.tokenStart, trig) ?? governorCue(doc.tokens, s.tokenStart, s.tokenEnd, trig) ?? (e.by.endsWith(':noun') ? predicateCue(doc.tokens, Math.max(trig, e.target ? tokenAt(doc.tokens, s.tokenStart, s.tokenEnd, e.target.end - 1) : trig), s.tokenEnd) : null);
  const planned = local?.value === 'future' || local?.value === 'hypothetical';
  const cancelled = e.code.startsWith('03') ? null : calledOff(doc.tokens, s.tokenEnd, trig, planned);
  if (cancelled) return cancelled;
  const wide = failedAttempt(doc.tokens, s.tokenStart, s.tokenEnd, trig) ?? sentenceCue(doc.tokens, s.tokenStart, s.tokenEnd, trig) ?? nextSentenceDenial(doc, e.sentence);
  if (wide?.value === 'denied') return wide;
  return local ?? wide ?? quoteCue(doc, trig) ?? { value: 'asserted', cue: null };
}

// "An initial attempt to prosecute Quirin failed", "the bid to oust him collapsed": the act of an
// attempt that failed did not happen.
const ATTEMPT_NOUNS = new Set(['attempt', 'attempts', 'bid', 'bids', 'effort', 'efforts', 'push', 'plan', 'plans', 'move', 'motion', 'initiative']);
const FAILING = new Set(['fail', 'collapse', 'founder', 'stall', 'falter', 'fizzle', 'backfire']);
function failedAttempt(tokens: Token[], start: number, end: number, trig: number): Factuality | null {
  if (trig - 2 < start || tokens[trig - 1].lower !== 'to' || !ATTEMPT_NOUNS.has(tokens[trig - 2].lower)) return null;
  for (let t = trig + 1; t < end; t++) {
    const tok = tokens[t];
    if (tok.text === ';' || tok.lower === 'but' || tok.pos === 'SCONJ') return null;
    if (tok.pos === 'VERB' && FAILING.has(tok.lemma)) return fact('negated', tok);
  }
  return null;
}

// "were supposed to sign a minerals deal, although that was called off": a planned act that a later
// clause of the sentence says was cancelled did not happen.
const CANCELLED = new Set(['cancelled', 'canceled', 'scrapped', 'abandoned', 'shelved', 'aborted', 'axed']);
// The clause must point back at the act ("that", "it", "this"), or the act must be one only planned.
function calledOff(tokens: Token[], end: number, trig: number, planned: boolean): Factuality | null {
  let joined = false;
  let pointsBack = planned;
  for (let t = trig + 1; t < end; t++) {
    const tok = tokens[t];
    if (tok.text === ';') return null;
    if (tok.lower === 'but' || tok.lower === 'although' || tok.lower === 'though' || tok.lower === 'however') joined = true;
    if (!joined) continue;
    if (['that', 'it', 'this'].includes(tok.lower)) pointsBack = true;
    const next = tokens[t + 1];
    if (CANCELLED.has(tok.lower) || (tok.lower === 'called' && next?.lower === 'off')) {
      // (Only a passive or perfect about the act itself: "was called off", "has been cancelled".)
      const before = tokens[t - 1]?.lower ?? '';
      if (pointsBack && ['was', 'were', 'been', 'is', 'got', 'later'].includes(before)) return fact('negated', tok);
    }
  }
  return null;
}

// '"Our citizens, police and reporters have been injured," Lam continued': what a quotation says
// happened is the speaker's report (scare quotes around a word or two report nothing).
function quoteCue(doc: Doc, trig: number): Factuality | null {
  for (const [open, close] of quotations(doc)) {
    if (open < trig && trig < close && close - open > 4) return fact('reported', doc.tokens[open]);
    if (open > trig) break;
  }
  return null;
}

/** Set every event's factuality; with the CAMEO table, a pledged act becomes a statement of intent (intent.ts). */
export function judgeFactuality(doc: Doc, cameo?: CompiledDictionary['cameo']): Doc {
  for (const e of doc.events) {
    e.factuality = judgeEvent(doc, e);
    if (e.factuality.value === 'reported' && speaksForItself(doc, e)) e.factuality = { value: 'asserted', cue: null };
    if (cameo) expressIntent(doc, e, cameo);
  }
  return doc;
}

const SPOKEN_ACT = /^(0[1-5]|1[0-3])/;
const FIRST_PERSON_WORDS = new Set(['i', 'we', 'me', 'us', 'my', 'our']);

// '"I strongly reject these sanctions," Parrilla said': a statement, appeal, rejection or threat that
// its speaker makes in their own quotation is done by saying it, so it is asserted, not reported.
function speaksForItself(doc: Doc, e: CodedEvent): boolean {
  if (!e.source || !SPOKEN_ACT.test(e.code)) return false;
  const m = doc.actors.find((a) => a.start === e.source!.start && a.end === e.source!.end);
  return !!m && m.by === 'find-actors:coref' && m.tokenEnd - m.tokenStart === 1 && FIRST_PERSON_WORDS.has(doc.tokens[m.tokenStart].lower);
}

/** The judge-factuality stage. */
export const judgeFactualityStage = defineStage<{ dictionary?: CompiledDictionary }, unknown>({
  name: 'judge-factuality',
  version: '2',
  requires: ['events'],
  assigns: ['factuality'],
  create: (deps) => (doc) => judgeFactuality(doc, deps?.dictionary?.cameo),
});
