import type { ActorMention } from '../../model/actor.js';
import type { Token } from '../../model/span.js';
import type { CompiledPattern, PatternItem } from '../../dictionaries/compile-patterns.js';

/** A pattern matched at a trigger token: the tokens it covered and the actors in its slots. */
export interface PatternMatch {
  pattern: CompiledPattern;
  head: number;
  headEnd: number;
  end: number; // one past the last matched token
  target: ActorMention | null;
  source: ActorMention | null;
}

/** What the matcher needs to see of a sentence. */
export interface MatchContext {
  tokens: Token[];
  end: number; // sentence end (token index)
  /** The widest actor mention starting at a token, if any (compounds win over their first member). */
  actorAt: (token: number) => ActorMention | undefined;
  /** In a passive clause the target is the subject, so a +T slot may stay empty ("rebels were attacked"). */
  passive?: boolean;
}

// Words the matcher steps over between pattern items, so patterns need not spell them out.
const SKIPPABLE_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);
const SKIPPABLE_WORD = new Set(['its', 'their', 'his', 'her', 'our', 'new', 'fresh', 'renewed', 'further', 'more', 'also', 'again', 'formally', 'officially', 'reportedly']);

function skippable(tok: Token): boolean {
  return SKIPPABLE_POS.has(tok.pos) || SKIPPABLE_WORD.has(tok.lower) || (tok.pos === 'PRON' && /^(its|their|his|her|our|your|my)$/.test(tok.lower));
}

function wordMatches(tok: Token, word: string): boolean {
  return tok.lower === word || tok.lemma === word;
}

/** Length of the alternative that matches at `i`, or 0. */
function matchWord(tokens: Token[], i: number, end: number, alts: string[][]): number {
  for (const alt of alts) {
    if (i + alt.length > end) continue;
    let ok = true;
    for (let k = 0; k < alt.length && ok; k++) ok = wordMatches(tokens[i + k], alt[k]);
    if (ok) return alt.length;
  }
  return 0;
}

interface State { i: number; target: ActorMention | null; source: ActorMention | null }

function matchItems(ctx: MatchContext, items: PatternItem[], k: number, state: State, depth: number): State | null {
  if (k === items.length) return state;
  const item = items[k];
  const { tokens, end } = ctx;
  // Step over modifiers before the next item (at most 4, so a pattern cannot reach across a clause).
  let i = state.i;
  const candidates: number[] = [i];
  for (let skip = 0; skip < 4 && i < end && skippable(tokens[i]); skip++) candidates.push(++i);
  for (const at of candidates) {
    if (at > end) break;
    if (item.kind === 'word') {
      const len = at < end ? matchWord(tokens, at, end, item.alts!) : 0;
      if (len) {
        const r = matchItems(ctx, items, k + 1, { ...state, i: at + len }, depth);
        if (r) return r;
      }
    } else if (item.kind === 'target' || item.kind === 'source') {
      const actor = at < end ? ctx.actorAt(at) : undefined;
      if (actor) {
        const next = { ...state, i: actor.tokenEnd, [item.kind]: actor };
        const r = matchItems(ctx, items, k + 1, next, depth);
        if (r) return r;
      }
    } else if (item.kind === 'num') {
      if (at < end && /^\d/.test(tokens[at].text)) {
        const r = matchItems(ctx, items, k + 1, { ...state, i: at + 1 }, depth);
        if (r) return r;
      }
    } else if (item.kind === 'gap' && depth < 2) {
      for (let g = at; g <= Math.min(end, at + 4); g++) {
        if (g > at && tokens[g - 1].pos === 'VERB') break;
        const r = matchItems(ctx, items, k + 1, { ...state, i: g }, depth + 1);
        if (r) return r;
      }
    }
  }
  if (item.optional || (ctx.passive && item.kind === 'target')) return matchItems(ctx, items, k + 1, state, depth);
  return null;
}

/** Try a pattern whose head word starts at token `head`; null when it does not match. */
export function matchPattern(ctx: MatchContext, pattern: CompiledPattern, head: number): PatternMatch | null {
  const headLen = matchWord(ctx.tokens, head, ctx.end, pattern.heads);
  if (!headLen) return null;
  const r = matchItems(ctx, pattern.items, 0, { i: head + headLen, target: null, source: null }, 0);
  if (!r) return null;
  return { pattern, head, headEnd: head + headLen, end: r.i, target: r.target, source: r.source };
}

/** The best (most specific) pattern of a list that matches at `head`. */
export function bestMatch(ctx: MatchContext, patterns: CompiledPattern[] | undefined, head: number): PatternMatch | null {
  if (!patterns) return null;
  let best: PatternMatch | null = null;
  for (const p of patterns) {
    if (best && p.weight < best.pattern.weight) break;
    const m = matchPattern(ctx, p, head);
    if (m && (!best || m.end - m.head > best.end - best.head || (m.target && !best.target))) best = m;
  }
  return best;
}
