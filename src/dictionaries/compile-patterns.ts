import type { PatternEntry, DiscardEntry, DictionaryIssue } from './schema.js';
import { tokenizeName } from './normalize.js';

/** One item of a compiled pattern. */
export interface PatternItem {
  kind: 'word' | 'target' | 'source' | 'gap' | 'num';
  /** For words: alternatives, each a token sequence ("cease-fire" -> cease - fire). */
  alts?: string[][];
  optional?: boolean;
}

/** A pattern ready to match: indexed by its first word, the rest as items. */
export interface CompiledPattern {
  id: string;
  code: string;
  form: 'verb' | 'noun' | 'discard';
  heads: string[][];
  items: PatternItem[];
  /** Number of literal words: longer patterns are preferred when several match. */
  weight: number;
}

/** Compile a pattern text into items; returns a message string when it cannot be used. */
export function compilePattern(id: string, code: string, form: CompiledPattern['form'], text: string): CompiledPattern | string {
  const raw = text.trim().split(/\s+/);
  const items: PatternItem[] = [];
  for (const word of raw) {
    if (word === '+T' || word === '+S') items.push({ kind: word === '+T' ? 'target' : 'source' });
    else if (word === '*') items.push({ kind: 'gap' });
    else if (word === 'NUM') items.push({ kind: 'num' });
    else if (word === 'NUM-NUM') items.push({ kind: 'num' }, { kind: 'word', alts: [['-']] }, { kind: 'num' });
    else {
      const optional = word.endsWith('?');
      const body = optional ? word.slice(0, -1) : word;
      const alts = body.split('|').filter(Boolean).map(tokenizeName);
      if (!alts.length || alts.some((a) => !a.length)) return `pattern "${text}": empty alternative in "${word}"`;
      if (/[+*]/.test(body)) return `pattern "${text}": "${word}" mixes markers and words`;
      items.push({ kind: 'word', alts, optional });
    }
  }
  const first = items[0];
  if (!first || first.kind !== 'word' || first.optional) return `pattern "${text}": must start with a ${form === 'noun' ? 'noun' : 'verb'}, not "${raw[0]}"`;
  if (form === 'verb' && items.some((i) => i.kind === 'source')) return `pattern "${text}": verb patterns take the source from the subject; +S is for noun patterns`;
  return { id, code, form, heads: first.alts!, items: items.slice(1), weight: items.filter((i) => i.kind === 'word' && !i.optional).length };
}

/** Index of patterns by the first token of their first word. */
export type PatternIndex = Map<string, CompiledPattern[]>;

function addToIndex(index: PatternIndex, p: CompiledPattern): void {
  for (const head of p.heads) {
    const key = head[0];
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
    const c = compilePattern(p.id, p.code, p.form, p.text);
    if (typeof c === 'string') issues.push({ file: p.src.file, line: p.src.line, severity: 'error', message: c });
    else addToIndex(p.form === 'verb' ? verbs : nouns, c);
  }
  for (const d of discards) {
    const c = compilePattern(d.id, '', 'discard', d.text);
    if (typeof c === 'string') issues.push({ file: d.src.file, line: d.src.line, severity: 'error', message: c });
    else addToIndex(discardIndex, c);
  }
  for (const index of [verbs, nouns, discardIndex]) for (const list of index.values()) list.sort((a, b) => b.weight - a.weight);
  return { verbs, nouns, discards: discardIndex };
}
