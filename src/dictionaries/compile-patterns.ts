import type { PatternEntry, DiscardEntry, DictionaryIssue } from './schema.js';
import { tokenizeName } from './normalize.js';

/** One item of a compiled pattern. */
export interface PatternItem {
  /** `gap` is `*` (a few words, no verb), `any` is `...` (any words in the sentence); `skip` (+X) is an actor taking no part; `compound` (+C) a compound whose members act on each other. */
  kind: 'word' | 'target' | 'source' | 'gap' | 'any' | 'num' | 'skip' | 'compound';
  /** For words: alternatives, each a token sequence ("cease-fire" -> cease - fire, "did_n't" -> did n't). */
  alts?: string[][];
  optional?: boolean;
  /** For slots: the actor roles the slot accepts (`+T:REB,INS`); any actor when absent. */
  roles?: string[];
}

/** A pattern ready to match: indexed by its trigger word, with the items before and after it. */
export interface CompiledPattern {
  id: string;
  code: string;
  /** Code of the paired target -> source event, when there is one. */
  reverse?: string;
  form: 'verb' | 'noun' | 'discard';
  heads: string[][];
  /** Items after the trigger, in order. */
  items: PatternItem[];
  /** Items before the trigger (`said would not <meet>`), in text order; matched leftwards from it. */
  before: PatternItem[];
  /** Where the target comes from when no +T/+C slot gives one. */
  target: 'object' | 'next' | 'none';
  /** Words match only as written, not by lemma. */
  exact?: boolean;
  scope?: DiscardEntry['scope'];
  /** Most literal tokens a match can hold: longer patterns are tried first and win. */
  weight: number;
  /**
   * The words a match cannot do without: for each required word item, the first token of each of its
   * alternatives. A sentence holding none of one item's words cannot match, so the matcher skips the
   * pattern without walking it (absent when the pattern requires no word beyond its trigger).
   */
  needs?: string[][];
}

const SLOT: Record<string, PatternItem['kind']> = { '+T': 'target', '+S': 'source', '+X': 'skip', '+C': 'compound' };

// `a|b_c` -> [[a], [b, c]]: `_` joins words that must stand next to each other.
function alternatives(body: string): string[][] | null {
  const alts: string[][] = [];
  for (const alt of body.split('|')) {
    const tokens: string[] = [];
    for (const part of alt.split('_')) for (const t of tokenizeName(part)) tokens.push(t);
    if (!tokens.length) return null;
    alts.push(tokens);
  }
  return alts.length ? alts : null;
}

// Dictionaries repeat the same words thousands of times ("with", "+T", "meet|meets|met"); compiled
// items are never changed after compiling, so each distinct word is read once and its item shared.
const ITEM_CACHE = new Map<string, PatternItem>();

function cachedItem(word: string, text: string): PatternItem | string {
  const hit = ITEM_CACHE.get(word);
  if (hit) return hit;
  const item = readItem(word, text);
  if (typeof item !== 'string') ITEM_CACHE.set(word, item);
  return item;
}

function readItem(word: string, text: string): PatternItem | string {
  if (SLOT[word]) return { kind: SLOT[word] };
  // "+T:REB,INS": the slot takes only actors with one of these roles (support for rebels is aid, 07).
  const typed = /^(\+[TS]):([A-Z]{3}(?:,[A-Z]{3})*)$/.exec(word);
  if (typed) return { kind: SLOT[typed[1]], roles: typed[2].split(',') };
  if (word === '*') return { kind: 'gap' };
  if (word === '...') return { kind: 'any' };
  if (word === 'NUM') return { kind: 'num' };
  const optional = word.endsWith('?') && word.length > 1;
  const body = optional ? word.slice(0, -1) : word;
  if (/[+*<>]/.test(body)) return `pattern "${text}": "${word}" mixes markers and words`;
  const alts = alternatives(body);
  if (!alts) return `pattern "${text}": empty alternative in "${word}"`;
  return { kind: 'word', alts, optional };
}

function maxLength(i: PatternItem): number {
  if (i.kind !== 'word') return 0;
  let n = 0;
  for (const a of i.alts!) if (a.length > n) n = a.length;
  return n;
}

/** Compile a pattern text into items; returns a message string when it cannot be used. */
export function compilePattern(id: string, code: string, form: CompiledPattern['form'], text: string, opts: { reverse?: string; target?: 'object' | 'next' | 'none'; exact?: boolean; scope?: DiscardEntry['scope'] } = {}): CompiledPattern | string {
  const raw = text.trim().split(/\s+/);
  const items: PatternItem[] = [];
  let trigger = -1;
  for (const word of raw) {
    if (word === 'NUM-NUM') {
      items.push({ kind: 'num' }, { kind: 'word', alts: [['-']] }, { kind: 'num' });
      continue;
    }
    const marked = /^<(.+)>$/.exec(word);
    if (marked) {
      if (trigger >= 0) return `pattern "${text}": more than one <trigger>`;
      trigger = items.length;
    }
    const item = cachedItem(marked ? marked[1] : word, text);
    if (typeof item === 'string') return item;
    if (marked && (item.kind !== 'word' || item.optional)) return `pattern "${text}": <${marked[1]}> must hold a word`;
    items.push(item);
  }
  if (trigger < 0) trigger = 0;
  const first = items[trigger];
  if (!first || first.kind !== 'word' || first.optional) return `pattern "${text}": must start with a ${form === 'noun' ? 'noun' : 'verb'}, not "${raw[0]}"`;
  const before = items.slice(0, trigger);
  const after = items.slice(trigger + 1);
  const all = [...before, ...after];
  if (all.filter((i) => i.kind === 'compound').length > 1) return `pattern "${text}": more than one +C`;
  const weight = [first, ...all].reduce((n, i) => n + (i.optional ? 0 : maxLength(i) + (i.roles ? 1 : 0)), 0);
  const needs = all.filter((i) => i.kind === 'word' && !i.optional).map((i) => [...new Set(i.alts!.map((a) => a[0]))]);
  const compiled: CompiledPattern = { id, code, reverse: opts.reverse, form, heads: first.alts!, items: after, before, target: opts.target ?? 'object', exact: opts.exact, scope: opts.scope, weight };
  if (needs.length) compiled.needs = needs;
  return compiled;
}

/** Index of patterns by the first token of their trigger word. */
export type PatternIndex = Map<string, CompiledPattern[]>;

function addToIndex(index: PatternIndex, p: CompiledPattern): void {
  const keys = new Set(p.heads.map((h) => h[0]));
  for (const key of keys) {
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  }
}

/** Compile event and discard patterns into lookup indexes, collecting issues. */
export function compilePatterns(patterns: PatternEntry[], discards: DiscardEntry[], issues: DictionaryIssue[]) {
  const verbs: PatternIndex = new Map();
  const nouns: PatternIndex = new Map();
  const discardIndex: PatternIndex = new Map();
  for (const p of patterns) {
    const c = compilePattern(p.id, p.code, p.form, p.text, { reverse: p.reverse, target: p.target, exact: p.exact });
    if (typeof c === 'string') issues.push({ file: p.src.file, line: p.src.line, severity: p.foreignCode ? 'warning' : 'error', message: c });
    else addToIndex(p.form === 'verb' ? verbs : nouns, c);
  }
  for (const d of discards) {
    const c = compilePattern(d.id, '', 'discard', d.text, { scope: d.scope });
    if (typeof c === 'string') issues.push({ file: d.src.file, line: d.src.line, severity: 'error', message: c });
    else addToIndex(discardIndex, c);
  }
  // Longest first; the sort is stable, so among equals the dictionary's own order decides.
  for (const index of [verbs, nouns, discardIndex]) for (const list of index.values()) list.sort((a, b) => b.weight - a.weight);
  return { verbs, nouns, discards: discardIndex };
}
