import type { ActorMention } from '../../model/actor.js';
import type { Token } from '../../model/span.js';
import type { CompiledPattern, PatternIndex, PatternItem } from '../../dictionaries/compile-patterns.js';
import { nextTarget } from './next-target.js';

/** A pattern matched at a trigger token: the tokens it covered and the actors in its slots. */
export interface PatternMatch {
  pattern: CompiledPattern;
  start: number; // first token of the match (before the trigger when the pattern has words before it)
  head: number;
  headEnd: number;
  end: number; // one past the last matched token
  target: ActorMention | null;
  source: ActorMention | null;
  /** Literal tokens matched: more is more specific. */
  score: number;
}

/** What the matcher needs to see of a sentence. */
export interface MatchContext {
  tokens: Token[];
  end: number; // sentence end (token index)
  /** The widest actor mention starting at a token, if any (compounds win over their first member). */
  actorAt: (token: number) => ActorMention | undefined;
  /** The narrowest (non-compound) mention starting at a token, for slots a compound's member fills. */
  innerAt?: (token: number) => ActorMention | undefined;
  /** In a passive clause the target is the subject, so a +T slot may stay empty ("rebels were attacked"). */
  passive?: boolean;
  /** The passive clause's subject, when known: a typed +T slot left empty must accept its role. */
  passiveSubject?: ActorMention | null;
  /** Forms and lemmas of the sentence's tokens, filled on first use (see CompiledPattern.needs). */
  words?: Set<string>;
  /** Per pattern list, which of its patterns can match in this sentence (see `liveIn`). */
  live?: Map<CompiledPattern[], Uint8Array>;
}

// Words the matcher steps over between pattern items, so patterns need not spell them out.
const SKIPPABLE_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);
const SKIPPABLE_WORD = new Set(['its', 'their', 'his', 'her', 'our', 'new', 'fresh', 'renewed', 'further', 'more', 'also', 'again', 'formally', 'officially', 'reportedly']);
const MAX_GAP = 4;
const COORDINATED_WORD = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'DET']);

function skippable(tok: Token): boolean {
  return SKIPPABLE_POS.has(tok.pos) || SKIPPABLE_WORD.has(tok.lower) || (tok.pos === 'PRON' && /^(its|their|his|her|our|your|my)$/.test(tok.lower));
}

function wordMatches(tok: Token, word: string, exact: boolean): boolean {
  return tok.lower === word || (!exact && tok.lemma === word);
}

/** Length of the alternative that matches tokens [i, ...), or 0; `exact` allows no match by lemma. */
function matchWord(tokens: Token[], i: number, end: number, alts: string[][], exact = false): number {
  for (const alt of alts) {
    if (i + alt.length > end || i < 0) continue;
    let ok = true;
    for (let k = 0; k < alt.length && ok; k++) ok = wordMatches(tokens[i + k], alt[k], exact);
    if (ok) return alt.length;
  }
  return 0;
}

/** Length of the alternative that ends just before token `i` (leftwards), or 0. */
function matchWordBefore(tokens: Token[], i: number, start: number, alts: string[][], exact = false): number {
  for (const alt of alts) {
    const from = i - alt.length;
    if (from < start) continue;
    let ok = true;
    for (let k = 0; k < alt.length && ok; k++) ok = wordMatches(tokens[from + k], alt[k], exact);
    if (ok) return alt.length;
  }
  return 0;
}

interface State { i: number; target: ActorMention | null; source: ActorMention | null; used: ActorMention[]; score: number; exact: boolean }

/** Fill a slot with an actor; +C needs a compound and makes its members each other's source and target. */
function fill(item: PatternItem, actor: ActorMention, state: State, i: number): State | null {
  if (item.roles && !item.roles.includes(slotRole(actor))) return null;
  const next = { ...state, i, used: [...state.used, actor] };
  if (item.kind === 'target') next.target = actor;
  else if (item.kind === 'source') next.source = actor;
  else if (item.kind === 'compound') {
    if (actor.kind !== 'compound') return null;
    next.source = next.target = actor;
  }
  return next;
}

// "Carrie Lam is supported by China": a typed slot (+T:REB,INS) left empty in a passive holds the
// subject, which must have one of its roles; with the subject not known yet, the slot may stay empty.
function passiveFits(ctx: MatchContext, item: PatternItem): boolean {
  if (!item.roles || ctx.passiveSubject === undefined) return true;
  return !!ctx.passiveSubject && item.roles.includes(slotRole(ctx.passiveSubject));
}

// The role a typed slot checks. International militarized groups (IMG..., such as the Islamic State)
// carry no country and no role of their own; a typed slot names them as IMG.
function slotRole(actor: ActorMention): string {
  return actor.actor.role ?? (actor.actor.code.startsWith('IMG') ? 'IMG' : '');
}

/** Does the item take an actor (+T, +S, +X, +C)? */
export const isSlot = (i: PatternItem) => i.kind === 'target' || i.kind === 'source' || i.kind === 'skip' || i.kind === 'compound';

// Items after the trigger, rightwards from state.i.
function matchItems(ctx: MatchContext, items: PatternItem[], k: number, state: State, depth: number): State | null {
  if (k === items.length) return state;
  const item = items[k];
  const { tokens, end } = ctx;
  if (item.kind === 'any') {
    for (let g = state.i; g <= end; g++) {
      const r = matchItems(ctx, items, k + 1, { ...state, i: g }, depth);
      if (r) return r;
    }
    return null;
  }
  // Step over modifiers before the next item (at most 4, so a pattern cannot reach across a clause).
  let i = state.i;
  const candidates: number[] = [i];
  for (let skip = 0; skip < MAX_GAP && i < end && skippable(tokens[i]); skip++) candidates.push(++i);
  // "cease military aid and intelligence sharing with Ukraine": a second object coordinated with the
  // first may stand between it and the preposition that brings the target.
  if (k > 0 && items[k - 1].kind === 'word' && item.kind === 'word' && items[k + 1] && isSlot(items[k + 1]) && (tokens[i]?.lower === 'and' || tokens[i]?.lower === 'or')) {
    for (let j = i + 1; j < end && j <= i + 4; j++) {
      const tok = tokens[j];
      if (tok.pos === 'ADP' || tok.pos === 'PART') {
        candidates.push(j);
        break;
      }
      if (!COORDINATED_WORD.has(tok.pos)) break;
    }
  }
  for (const at of candidates) {
    if (at > end) break;
    if (item.kind === 'word') {
      const len = at < end ? matchWord(tokens, at, end, item.alts!, state.exact) : 0;
      if (len) {
        const r = matchItems(ctx, items, k + 1, { ...state, i: at + len, score: state.score + len }, depth);
        if (r) return r;
      }
    } else if (isSlot(item)) {
      const actor = at < end ? ctx.actorAt(at) : undefined;
      // A compound may fill the slot whole, or only its first member ("between +S and +T").
      const inner = actor?.kind === 'compound' && ctx.innerAt ? ctx.innerAt(at) : undefined;
      for (const a of inner ? [actor!, inner] : actor ? [actor] : []) {
        const next = fill(item, a, state, a.tokenEnd);
        const r = next ? matchItems(ctx, items, k + 1, next, depth) : null;
        if (r) return r;
      }
    } else if (item.kind === 'num') {
      if (at < end && /^\d/.test(tokens[at].text)) {
        const r = matchItems(ctx, items, k + 1, { ...state, i: at + 1 }, depth);
        if (r) return r;
      }
    } else if (item.kind === 'gap' && depth < 2) {
      for (let g = at; g <= Math.min(end, at + MAX_GAP); g++) {
        if (g > at && tokens[g - 1].pos === 'VERB') break;
        const r = matchItems(ctx, items, k + 1, { ...state, i: g }, depth + 1);
        if (r) return r;
      }
    }
  }
  if (item.optional || (ctx.passive && item.kind === 'target' && passiveFits(ctx, item))) return matchItems(ctx, items, k + 1, state, depth);
  return null;
}

// The widest actor mention ending just before token `i` ("Gondor and Osgiliath", not "Osgiliath").
function actorEndingAt(ctx: MatchContext, i: number, start: number): ActorMention | undefined {
  let best: ActorMention | undefined;
  for (let j = i - 1; j >= start && j >= i - 16; j--) {
    const a = ctx.actorAt(j);
    if (a && a.tokenEnd === i) best = a;
  }
  return best;
}

// Items before the trigger, leftwards: item k is matched ending at state.i (exclusive).
function matchBefore(ctx: MatchContext, items: PatternItem[], k: number, state: State, start: number): State | null {
  if (k < 0) return state;
  const item = items[k];
  const { tokens } = ctx;
  if (item.kind === 'any' || item.kind === 'gap') {
    const floor = item.kind === 'any' ? start : Math.max(start, state.i - MAX_GAP);
    for (let g = state.i; g >= floor; g--) {
      if (item.kind === 'gap' && g < state.i && tokens[g].pos === 'VERB') break;
      const r = matchBefore(ctx, items, k - 1, { ...state, i: g }, start);
      if (r) return r;
    }
    return null;
  }
  let i = state.i;
  const candidates: number[] = [i];
  for (let skip = 0; skip < MAX_GAP && i > start && skippable(tokens[i - 1]); skip++) candidates.push(--i);
  for (const at of candidates) {
    if (item.kind === 'word') {
      const len = matchWordBefore(tokens, at, start, item.alts!, state.exact);
      if (len) {
        const r = matchBefore(ctx, items, k - 1, { ...state, i: at - len, score: state.score + len }, start);
        if (r) return r;
      }
    } else if (isSlot(item)) {
      const actor = actorEndingAt(ctx, at, start);
      const next = actor ? fill(item, actor, state, actor.tokenStart) : null;
      const r = next ? matchBefore(ctx, items, k - 1, next, start) : null;
      if (r) return r;
    } else if (item.kind === 'num' && at > start && /^\d/.test(tokens[at - 1].text)) {
      const r = matchBefore(ctx, items, k - 1, { ...state, i: at - 1 }, start);
      if (r) return r;
    }
  }
  if (item.optional) return matchBefore(ctx, items, k - 1, state, start);
  return null;
}

function sentenceStart(tokens: Token[], t: number): number {
  let s = t;
  while (s > 0 && tokens[s - 1].sentence === tokens[t].sentence) s--;
  return s;
}

// The gates and code-events each build a context for the same sentence; its words are built once.
const wordsOf = new WeakMap<Token[], Map<number, Set<string>>>();
function sentenceWords(tokens: Token[], head: number, end: number): Set<string> {
  const start = sentenceStart(tokens, head);
  let bySentence = wordsOf.get(tokens);
  if (!bySentence) wordsOf.set(tokens, (bySentence = new Map()));
  let words = bySentence.get(start);
  if (words) return words;
  words = new Set<string>();
  for (let t = start; t < end; t++) words.add(tokens[t].lower).add(tokens[t].lemma);
  bySentence.set(start, words);
  return words;
}

// Can the sentence hold the words the pattern requires? Most patterns tried at a trigger fail on a
// literal word; checking the words first spares walking their items.
function wordsPresent(ctx: MatchContext, needs: string[][], head: number): boolean {
  const words = (ctx.words ??= sentenceWords(ctx.tokens, head, ctx.end));
  for (const need of needs) {
    let found = false;
    for (const w of need) if (words.has(w)) { found = true; break; }
    if (!found) return false;
  }
  return true;
}

// An actor mention lying wholly inside the pattern's words after the trigger, not already in a slot.
function literalActor(ctx: MatchContext, from: number, to: number, used: ActorMention[]): ActorMention | null {
  for (let t = from; t < to; t++) {
    const a = ctx.actorAt(t);
    if (a && a.tokenEnd <= to && !a.locative && !used.includes(a)) return a;
  }
  return null;
}

/** Try a pattern whose trigger word starts at token `head`; null when it does not match. */
export function matchPattern(ctx: MatchContext, pattern: CompiledPattern, head: number): PatternMatch | null {
  const exact = !!pattern.exact;
  const headLen = matchWord(ctx.tokens, head, ctx.end, pattern.heads, exact);
  if (!headLen) return null;
  if (pattern.needs && !wordsPresent(ctx, pattern.needs, head)) return null;
  const after = matchItems(ctx, pattern.items, 0, { i: head + headLen, target: null, source: null, used: [], score: headLen, exact }, 0);
  if (!after) return null;
  let r: State | null = after;
  if (pattern.before.length) r = matchBefore(ctx, pattern.before, pattern.before.length - 1, { ...after, i: head }, sentenceStart(ctx.tokens, head));
  if (!r) return null;
  let target = r.target;
  const slots = [...pattern.before, ...pattern.items];
  const slotted = slots.some((i) => i.kind === 'target' || i.kind === 'compound');
  if (!target && pattern.target === 'next' && !slotted) target = nextTarget(ctx, head + headLen, r.used);
  // "clashed with police": in a pattern of words only, a word that names an actor is the target.
  if (!target && pattern.target !== 'none' && !slots.some(isSlot)) target = literalActor(ctx, head + headLen, after.i, r.used);
  return { pattern, start: pattern.before.length ? r.i : head, head, headEnd: head + headLen, end: after.i, target, source: r.source, score: r.score };
}

const filled = (m: PatternMatch) => (m.source ? 1 : 0) + (m.target ? 1 : 0);

/**
 * The best (most specific) pattern of a list that matches at `head`: most literal words, then most
 * slots filled, then the longest span, then the dictionary's order. A winning pattern with the null
 * code `---` says "no event here", so nothing is returned.
 */
export function bestMatch(ctx: MatchContext, patterns: CompiledPattern[] | undefined, head: number): PatternMatch | null {
  if (!patterns) return null;
  const live = liveIn(ctx, patterns, head);
  let best: PatternMatch | null = null;
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i];
    if (best && p.weight < best.score) break;
    if (live && !live[i]) continue;
    const m = matchPattern(ctx, p, head);
    if (!m) continue;
    if (!best || m.score > best.score || (m.score === best.score && (filled(m) > filled(best) || (filled(m) === filled(best) && m.end - m.head > best.end - best.head)))) best = m;
  }
  if (best && best.pattern.code === '---' && !best.pattern.reverse) return null;
  return best;
}

/**
 * 2 when a pattern of the list that is not `minor` matches at `head`, 1 when only minor ones do, 0
 * when none does (the shortest, likeliest patterns are tried first). Once a minor pattern has
 * matched (here, or before: `known` = 1), the other minor ones are not tried.
 */
export function matchLevel(ctx: MatchContext, patterns: CompiledPattern[] | undefined, head: number, minor: (p: CompiledPattern) => boolean, known: 0 | 1 = 0): 0 | 1 | 2 {
  if (!patterns) return known;
  const live = liveIn(ctx, patterns, head);
  let level: 0 | 1 = known;
  for (let i = patterns.length - 1; i >= 0; i--) {
    if (live && !live[i]) continue;
    const small = minor(patterns[i]);
    if (small && level) continue;
    if (!matchPattern(ctx, patterns[i], head)) continue;
    if (!small) return 2;
    level = 1;
  }
  return level;
}

// A common trigger ("promise", "threaten", "call") heads hundreds of patterns, nearly all of which
// need some word the sentence lacks. Each long list is indexed once by one needed word of each pattern
// (the one fewest of the list's patterns share, so "resume" rather than "to"); a sentence then marks
// the patterns whose word it holds by looking up its own few dozen words, instead of testing every
// pattern. The other needed words are still checked in matchPattern.
interface Gate {
  free: number[]; // patterns needing no word beyond the trigger
  byWord: Map<string, number[]>;
}
const GATED = 24; // shorter lists are cheaper to test one by one
const gates = new WeakMap<CompiledPattern[], Gate>();

function gateFor(list: CompiledPattern[]): Gate {
  let gate = gates.get(list);
  if (gate) return gate;
  const shared = new Map<string, number>();
  for (const p of list) for (const need of p.needs ?? []) for (const w of need) shared.set(w, (shared.get(w) ?? 0) + 1);
  gate = { free: [], byWord: new Map() };
  list.forEach((p, i) => {
    if (!p.needs) return gate!.free.push(i);
    let pick = p.needs[0];
    let cost = Infinity;
    for (const need of p.needs) {
      const c = need.reduce((n, w) => n + shared.get(w)!, 0);
      if (c < cost) [pick, cost] = [need, c];
    }
    for (const w of pick) {
      const at = gate!.byWord.get(w);
      if (at) at.push(i);
      else gate!.byWord.set(w, [i]);
    }
  });
  gates.set(list, gate);
  return gate;
}

function liveIn(ctx: MatchContext, list: CompiledPattern[], head: number): Uint8Array | null {
  if (list.length < GATED) return null;
  const known = ctx.live?.get(list);
  if (known) return known;
  const gate = gateFor(list);
  const live = new Uint8Array(list.length);
  for (const i of gate.free) live[i] = 1;
  for (const w of (ctx.words ??= sentenceWords(ctx.tokens, head, ctx.end))) {
    const at = gate.byWord.get(w);
    if (at) for (const i of at) live[i] = 1;
  }
  (ctx.live ??= new Map()).set(list, live);
  return live;
}

/** The patterns that may start at a token: those indexed by its form and by its lemma, longest first. */
export function patternsFor(index: PatternIndex, tok: Token): CompiledPattern[] | undefined {
  const byForm = index.get(tok.lower);
  const byLemma = tok.lemma !== tok.lower ? index.get(tok.lemma) : undefined;
  if (!byForm || !byLemma) return byForm ?? byLemma;
  // The merged list is kept, so that it is built once and its gate (liveIn) is found again.
  let byForms = mergedLists.get(index);
  if (!byForms) mergedLists.set(index, (byForms = new Map()));
  let byLemmas = byForms.get(tok.lower);
  if (!byLemmas) byForms.set(tok.lower, (byLemmas = new Map()));
  let list = byLemmas.get(tok.lemma);
  if (!list) {
    const seen = new Set(byForm);
    byLemmas.set(tok.lemma, (list = [...byForm, ...byLemma.filter((p) => !seen.has(p))].sort((a, b) => b.weight - a.weight)));
  }
  return list;
}
const mergedLists = new WeakMap<PatternIndex, Map<string, Map<string, CompiledPattern[]>>>();
