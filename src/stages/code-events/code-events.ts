import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { Sentence } from '../../model/span.js';
import type { CompiledDictionary } from '../../dictionaries/compile.js';
import type { PatternIndex } from '../../dictionaries/compile-patterns.js';
import { defineStage } from '../../pipeline/stage.js';
import { bestMatch, patternsFor, type MatchContext, type PatternMatch } from './match-pattern.js';
import { actsAsVerb, findArguments, isPassive, postposedSpeaker, type SentenceActors } from './arguments.js';
import { sentenceActors } from './sentence-actors.js';
import { expandPairs } from './pairs.js';
import { buildEvent, type EventDraft } from './build-event.js';
import { nounArguments, hyphenPartner, hyphenDoer } from './noun-arguments.js';
import { filterDrafts } from './filter-drafts.js';
import { bareNoun, nounCode } from './bare-nouns.js';
import { antiGovernmentProtest } from './protest-target.js';
import { impliedTarget } from './implied-target.js';
import { mayMatch, plainStatement } from './candidates.js';
import { pickEventDate } from '../ground-dates/pick-event-date.js';
import { withStoryDate } from '../ground-dates/story-date.js';
import { codeForDoer } from './civilian-violence.js';
import { assertsNothing } from './non-assertive.js';
import { procedureAgent } from './procedure-agent.js';
import { placeAsDoer } from './place-doer.js';
import type { EventDate } from '../../model/event.js';

/** Dependencies of code-events: the compiled dictionaries. */
export interface CodeEventsDeps {
  dictionary: CompiledDictionary;
  /** Drop events done to no one (default true); see filter-drafts.ts. */
  requireDyad?: boolean;
  /** Code a bare country as its government in diplomatic and verbal roots (default true); see build-event.ts. */
  statesAsGovernments?: boolean;
}

const NOUN_POS = new Set(['NOUN', 'PROPN']);
const ANAPHORIC_DET = new Set(['the', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'such']);

/** Tokens covered by discard phrases ("beat Syria 2-0", "the dollar fell against the euro"); a sentence-scoped discard blocks all. */
function discarded(ctx: MatchContext, dict: CompiledDictionary, s: Sentence): Uint8Array {
  const blocked = new Uint8Array(s.tokenEnd - s.tokenStart);
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = ctx.tokens[t];
    const m = bestMatch(ctx, patternsFor(dict.discards, tok), t);
    if (m?.pattern.scope === 'sentence' || m?.pattern.scope === 'story') blocked.fill(1);
    else if (m) for (let k = m.head; k < m.end; k++) blocked[k - s.tokenStart] = 1;
  }
  return blocked;
}

/** A story-scoped discard ("+TYPHOON" in PETRARCH's lists) anywhere keeps the whole doc from being coded. */
function storyDiscarded(doc: Doc, dict: CompiledDictionary): boolean {
  // Only a token heading some story-scoped discard can start one; the rest are not matched at all.
  const heads = storyHeads(dict.discards);
  if (!heads.size) return false;
  for (const s of doc.sentences) {
    const ctx: MatchContext = { tokens: doc.tokens, end: s.tokenEnd, actorAt: () => undefined };
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = doc.tokens[t];
      if (!heads.has(tok.lower) && !heads.has(tok.lemma)) continue;
      if (bestMatch(ctx, patternsFor(dict.discards, tok), t)?.pattern.scope === 'story') return true;
    }
  }
  return false;
}

// Statements, appeals, intentions, consultations, demands, criticism, rejections and threats: acts
// done by saying them.
const VERBAL_CODE = /^(0[1-5]|1[0-3])/;

const storyHeadsOf = new WeakMap<PatternIndex, Set<string>>();
function storyHeads(index: PatternIndex): Set<string> {
  let heads = storyHeadsOf.get(index);
  if (!heads) {
    heads = new Set([...index].filter(([, list]) => list.some((p) => p.scope === 'story')).map(([key]) => key));
    storyHeadsOf.set(index, heads);
  }
  return heads;
}

/** Code every event of one sentence into drafts. */
// "the 1968 assassination of Robert Kennedy", "Russia's 2022 invasion": a year standing as a modifier
// of an event noun dates that event (ground-dates leaves such years alone, since "the 2019 election
// law" dates nothing in general).
function modifierYear(doc: Doc, noun: number, sentenceStart: number): EventDate | null {
  let t = noun - 1;
  while (t > sentenceStart && (doc.tokens[t].pos === 'ADJ' || doc.tokens[t].pos === 'NOUN') && noun - t < 3) t--;
  const year = doc.tokens[t];
  const before = doc.tokens[t - 1];
  if (t <= sentenceStart || !/^(1[89]\d\d|20\d\d)$/.test(year.text) || !(before.pos === 'DET' || /^('s|’s|its|their|his|her)$/.test(before.lower))) return null;
  const published = /^\d{4}/.exec(doc.published ?? '')?.[0];
  if (published && year.text > published) return null;
  return { value: year.text, precision: 'year', from: 'text', start: year.start, end: year.end };
}

function codeSentence(doc: Doc, dict: CompiledDictionary, s: Sentence, hostOf: (d: EventDraft) => string | null, requireDyad: boolean, byId: Map<string, ActorMention>): EventDraft[] {
  const actors = sentenceActors(doc.actors, s, doc.tokens);
  if (!actors.list.length) return [];
  const ctx: MatchContext = { tokens: doc.tokens, end: s.tokenEnd, actorAt: actors.at, innerAt: actors.innerAt };
  const blocked = discarded(ctx, dict, s);
  const drafts: EventDraft[] = [];
  let consumedUntil = -1;
  const actorEnds = (x: number) => !!actors.endingAt(x);
  // No pattern matches here (the parse and date stages asked already): only bare event nouns remain.
  const matchable = mayMatch(doc, s);
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (blocked[t - s.tokenStart]) continue;
    const tok = doc.tokens[t];
    // An -ing word inside a phrase a pattern already matched is part of it ("have a pull-aside
    // meeting with X"), not a second event.
    if (t < consumedUntil && tok.lower.endsWith('ing')) continue;
    let match: PatternMatch | null = null;
    let form: 'verb' | 'noun' = 'verb';
    // "the reopening", "their meeting": an -ing form after a determiner is a noun, whatever its tag.
    const prev = t > s.tokenStart ? doc.tokens[t - 1] : null;
    const nominal = tok.pos === 'VERB' && tok.lower.endsWith('ing') && !!prev && (prev.pos === 'DET' || /^(its|their|his|her|our|'s)$/.test(prev.lower));
    // (A word no verb pattern starts with cannot be a verb event, so whether it acts as one is not asked.)
    // ("Capitol Hill Organized Protest": a capitalised word between capitalised words, mid-sentence, is
    // part of a name.)
    const titled = /^[A-Z]/.test(tok.text) && !!prev && /^[A-Z]/.test(prev.text) && prev.pos !== 'PUNCT' && /^[A-Z]/.test(doc.tokens[t + 1]?.text ?? '');
    const verbPatterns = matchable && !titled && (tok.pos === 'VERB' || tok.pos === 'NOUN' || tok.pos === 'ADJ') ? patternsFor(dict.verbs, tok) : undefined;
    if (verbPatterns && ((tok.pos === 'VERB' && !nominal) || actsAsVerb(doc.tokens, t, s.tokenStart, s.tokenEnd, actorEnds))) {
      ctx.passive = isPassive(doc.tokens, t, s.tokenStart);
      ctx.passiveSubject = ctx.passive && verbPatterns ? findArguments(doc, actors, t, s.tokenStart, s.tokenEnd).subject : undefined;
      match = bestMatch(ctx, verbPatterns, t);
      ctx.passive = false;
      ctx.passiveSubject = undefined;
    }
    if (!match && t < consumedUntil) continue;
    // "the ruling Democratic Rally", "the National Front": a capitalised word inside a name is part of
    // the name, not an event noun.
    const inName = tok.pos === 'PROPN' && /^[A-Z]/.test(tok.text) && !!prev && /^[A-Z]/.test(prev.text) && prev.pos !== 'PUNCT';
    if (matchable && !match && !inName && (NOUN_POS.has(tok.pos) || tok.pos === 'VERB')) {
      match = bestMatch(ctx, patternsFor(dict.nouns, tok), t);
      form = 'noun';
    }
    if (!match) {
      // (Only an event noun needs its possessor looked for.)
      const possessor = NOUN_POS.has(tok.pos) && nounCode(dict, tok) ? nounArguments(doc, actors, t, t + 1, s.tokenStart) : null;
      const bare = bareNoun(doc, dict, t, possessor);
      if (bare) {
        const root = dict.cameo.get(bare.code)?.root ?? '';
        const date = pickEventDate(doc, s.index, tok.start, tok.end);
        const base = { sentence: s.index, code: bare.code, triggerStart: tok.start, triggerEnd: tok.end, rule: `bare-noun:${bare.code}:${tok.lemma}`, by: 'code-events:noun', date };
        const first = possessor ? hyphenPartner(doc, actors, possessor) : null;
        for (const [src, tgt] of expandPairs(root, first ?? possessor, first ? possessor : null, byId, null)) if (src || tgt) drafts.push({ ...base, source: src, target: tgt });
      }
      continue;
    }
    let source: ActorMention | null = match.source;
    let target: ActorMention | null = match.target;
    if (form === 'verb') {
      const args = findArguments(doc, actors, t, s.tokenStart, s.tokenEnd);
      // A +S slot in the pattern names the source ("+T was <freed> from +S"); otherwise the subject does.
      // `target: none` patterns take their target from a +T slot only: the object of "discussed
      // China's role" is a topic, not a party.
      const objectIsTarget = match.pattern.target !== 'none';
      const doer = match.source ? null : hyphenDoer(doc, actors, t);
      if (doer) {
        source = doer;
        target = target ?? (objectIsTarget ? actors.list.find((a) => a.tokenStart > t && a.tokenStart <= t + 3 && !a.locative) ?? null : null);
      } else if (args.passive) {
        source = match.source ?? args.agent;
        target = target ?? (objectIsTarget ? args.subject : null);
        source = source ?? procedureAgent(doc, t, target);
      } else {
        source = match.source ?? args.subject ?? placeAsDoer(doc, actors, t, s.tokenStart);
        // A plain "said" takes no addressee from word order: the actor after it is nearly always the
        // subject or topic of what was said ("Trump said Biden just lost Texas").
        const unparsedStatement = plainStatement(match.pattern) && doc.tokens[t].head === undefined;
        // ("announced his resignation": an object inside the words the pattern matched is part of the
        // act, and its owner is the doer, not the one acted on.)
        const objectInPattern = !!args.object && args.object.tokenStart > t && args.object.tokenEnd < match.end;
        target = target ?? (match.pattern.items.some((i) => i.kind === 'target') || !objectIsTarget || unparsedStatement || objectInPattern ? null : args.object);
        if (!source && target && postposedSpeaker(doc, t, target, s.tokenEnd)) [source, target] = [target, null];
        // "the police killing of Rayshard Brooks": a gerund used as a noun has its object after "of".
        if (!target && objectIsTarget) target = gerundObject(doc, actors, t, match.end, s.tokenEnd);
      }
    } else if (!source) {
      source = nounArguments(doc, actors, t, match.end, s.tokenStart);
      const first = source && !target ? hyphenPartner(doc, actors, source) : null;
      if (first) [source, target] = [first, source];
    }
    const triggerStart = tok.start;
    const triggerEnd = doc.tokens[match.headEnd - 1].end;
    const date = (form === 'noun' ? modifierYear(doc, t, s.tokenStart) : null) ?? withStoryDate(doc, match.pattern.code, s.index, t, pickEventDate(doc, s.index, triggerStart, triggerEnd, VERBAL_CODE.test(match.pattern.code)));
    let rule = match.pattern.id;
    if (!source && !target && form === 'noun' && match.pattern.code.startsWith('14')) {
      const sides = antiGovernmentProtest(doc, actors.list, t);
      if (sides) [source, target, rule] = [sides[0], sides[1], `${rule}+people-of-place`];
    }
    if (!source && !target) {
      // "the meeting took place on Wednesday": a bare definite event noun refers back to an event already coded.
      const det = doc.tokens[t - 1];
      if (form === 'noun' && det && ANAPHORIC_DET.has(det.lower)) {
        doc.triggers.push({ id: `trigger:${triggerStart}-${triggerEnd}`, start: triggerStart, end: triggerEnd, label: 'event-reference', by: 'code-events', ref: match.pattern.code });
      }
      continue;
    }
    // "announced his resignation", "its own forces": the doer's own possessive is no one acted on.
    if (source && target && ownPossessive(doc, source, target)) target = null;
    const base = { sentence: s.index, code: match.pattern.code, triggerStart, triggerEnd, rule, by: `code-events:${form}`, date };
    const root = (dict.cameo.get(base.code) ?? dict.cameo.get(match.pattern.reverse ?? ''))?.root ?? '';
    const implied = impliedTarget(doc, actors, byId, root, form, t, source, target, base.code, base.date.value);
    if (implied) {
      target = implied.target;
      if (implied.why) base.rule = `${rule}+${implied.why}`;
    }
    for (const [src, tgt] of expandPairs(root, source, target, byId, hostOf({ ...base, source, target }), form === 'noun')) {
      if (!src && !tgt) continue;
      if (base.code !== '---') drafts.push({ ...base, source: src, target: tgt });
      // A paired code ("032:033") also codes the target's side: X visits Y, and Y hosts X.
      if (match.pattern.reverse && match.pattern.reverse !== '---') drafts.push({ ...base, code: match.pattern.reverse, source: tgt, target: src });
    }
    t = Math.max(t, match.headEnd - 1);
    // A noun inside the phrase a pattern matched belongs to it ("levied sanctions against him").
    consumedUntil = Math.max(consumedUntil, match.end);
  }
  // "X said ..." is a statement (01x) only when nothing more specific was said in the same sentence.
  return filterDrafts(doc, s, drafts, requireDyad);
}

/** Code the events of a doc from its actors, dates and the dictionary patterns. */
export function codeEvents(doc: Doc, dict: CompiledDictionary, requireDyad = true, statesAsGovernments = true): Doc {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const hostOf = (d: EventDraft) => {
    const s = doc.sentences[d.sentence];
    const place = doc.places.find((p) => p.start >= d.triggerEnd && p.end <= s.end);
    return place?.country ?? null;
  };
  doc.triggers = [];
  doc.events = [];
  if (storyDiscarded(doc, dict)) return doc;
  for (const s of doc.sentences) {
    if (assertsNothing(doc, s)) continue;
    for (const d of codeSentence(doc, dict, s, hostOf, requireDyad, byId)) {
      const code = codeForDoer(doc, d);
      if (code !== d.code && dict.cameo.has(code)) [d.code, d.rule] = [code, `${d.rule}+doer:${code}`];
      doc.events.push(buildEvent(doc, d, dict.cameo.get(d.code)!, dict.isCountry, statesAsGovernments));
    }
  }
  return doc;
}

/** The code-events stage. */
export const codeEventsStage = defineStage<CodeEventsDeps, unknown>({
  name: 'code-events',
  version: '1',
  requires: ['sentences', 'tokens', 'actors', 'dates'],
  assigns: ['events', 'triggers'],
  create: (deps) => (doc) => codeEvents(doc, deps.dictionary, deps.requireDyad ?? true, deps.statesAsGovernments ?? true),
});

/**
 * The actor a gerund used as a noun acts on, after "of" ("the police killing of Rayshard Brooks",
 * "the shooting of Jacob Blake"): the gerund stands after a determiner or a noun modifier.
 */
function gerundObject(doc: Doc, actors: SentenceActors, t: number, end: number, sentenceEnd: number): ActorMention | null {
  const tokens = doc.tokens;
  const prev = tokens[t - 1];
  if (!tokens[t].lower.endsWith('ing') || !prev || !['DET', 'NOUN', 'ADJ', 'PROPN'].includes(prev.pos) || prev.sentence !== tokens[t].sentence) return null;
  let k = Math.max(end, t + 1);
  if (k >= sentenceEnd || tokens[k].lower !== 'of') return null;
  k++;
  if (tokens[k]?.pos === 'DET') k++;
  const m = k < sentenceEnd ? actors.at(k) : undefined;
  return m && !m.locative ? m : null;
}

// A possessive pronoun standing for the source itself ("Rosselló announced his resignation").
function ownPossessive(doc: Doc, source: ActorMention, target: ActorMention): boolean {
  if (target.tokenEnd - target.tokenStart !== 1 || !/^(his|her|its|their)$/.test(doc.tokens[target.tokenStart].lower)) return false;
  if (target.ref && target.ref === source.ref) return true;
  return !!target.corefOf?.includes(source.id);
}
