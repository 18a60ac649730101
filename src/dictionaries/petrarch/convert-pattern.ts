// Converts one PETRARCH verb pattern into eventwire's pattern language (dictionaries/FORMAT.md).
//
// TABARI dialect (PETR.Validate.verbs.txt): `SAID * TO ATTEND`, `+ WAS_ * TO_ ^ FROM $`. Words joined by
// `_` stand next to each other; a blank lets any words come between (`...`). `*` is the verb, `$` the
// source (+S), `+` the target (+T), `%` a compound (+C before the verb: its members act on each other;
// +T after it), `^` an actor that is skipped (+X), `&NAME` a synset.
// PETRARCH-2 dialect (CAMEO.2.0.txt): `* {PASSENGER CARS} (TO +)`: braces group a noun phrase and
// parentheses a prepositional phrase; inside a group words are adjacent, between groups a short gap (*).
import type { Alternatives } from './synsets.js';

/** Which of the two pattern styles a verb file uses. */
export type Dialect = 'tabari' | 'petrarch2';

type Element = { kind: 'verb' } | { kind: 'slot'; slot: string } | { kind: 'word'; alts: string[][] };
/** How an element joins the next one: `_` (consecutive), a blank inside a group, or a blank at top level. */
type Joint = 'closed' | 'inner' | 'open';

const SLOTS: Record<string, string> = { $: '+S', '+': '+T', '%': '+C', '^': '+X' };
const MAX_ALTERNATIVES = 5000;

function tokenize(text: string): { parts: string[]; joints: Joint[] } {
  const parts: string[] = [];
  const joints: Joint[] = [];
  let depth = 0;
  let word = '';
  let pending: Joint | null = null;
  const flush = () => {
    if (!word) return;
    if (parts.length) joints.push(pending ?? 'closed');
    parts.push(word);
    word = '';
    pending = null;
  };
  const join = (j: Joint) => {
    flush();
    // A blank wins over `_` ("IN_ *" is open), and the outermost place of a joint decides.
    if (pending === null || (pending === 'closed' && j !== 'closed') || (pending === 'inner' && j === 'open')) pending = j;
  };
  for (const ch of text) {
    if (ch === '{' || ch === '(') (join(depth ? 'inner' : 'open'), depth++);
    else if (ch === '}' || ch === ')') (join(depth > 1 ? 'inner' : 'open'), (depth = Math.max(0, depth - 1)));
    else if (ch === '_') join('closed');
    else if (/\s/.test(ch)) join(depth ? 'inner' : 'open');
    else word += ch;
  }
  flush();
  return { parts, joints };
}

/** Cross product of alternatives, each a run of consecutive words. */
function product(a: string[][], b: string[][]): string[][] {
  const out: string[][] = [];
  for (const x of a) for (const y of b) out.push([...x, ...y]);
  return out;
}

function wordItem(alts: string[][]): string {
  return alts.map((a) => a.join('_')).join('|');
}

/**
 * Convert a pattern body (between `-` and the code) to eventwire's pattern text with `verb` standing
 * for the verb item (`<...>`, built by the caller). Returns a message when it cannot be used.
 */
export function convertPattern(body: string, dialect: Dialect, synsets: Map<string, Alternatives>, verb: string): string {
  const { parts, joints } = tokenize(body.replace(/_+$/, '').trim());
  const elements: Element[] = [];
  for (const p of parts) {
    if (p === '*') elements.push({ kind: 'verb' });
    else if (SLOTS[p]) elements.push({ kind: 'slot', slot: SLOTS[p] });
    else if (p.startsWith('&')) {
      const alts = synsets.get(p.slice(1).toUpperCase());
      if (!alts) throw new Error(`synset ${p} is not defined`);
      if (!alts.length) throw new Error(`synset ${p} is empty`);
      elements.push({ kind: 'word', alts });
    } else if (/[|<>?*]/.test(p) || /^[+$%^]/.test(p) || p === '...' || p === 'NUM') {
      throw new Error(`"${p}" is not a word eventwire can match`);
    } else elements.push({ kind: 'word', alts: [[p.toLowerCase()]] });
  }
  const verbs = elements.filter((e) => e.kind === 'verb').length;
  if (verbs !== 1) throw new Error(verbs ? 'has more than one verb position (*)' : 'has no verb position (*)');
  const out: string[] = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (i > 0) {
      const j = joints[i - 1];
      if (j === 'open') out.push(dialect === 'tabari' ? '...' : '*');
    }
    if (e.kind === 'verb') out.push(verb);
    // `%` before the verb is a compound whose members act on each other ("% HAVE *": X and Y have
    // postponed); after it, the compound's members are each a target ("* WITH %": agrees with X and Y).
    else if (e.kind === 'slot') out.push(e.slot === '+C' && out.includes(verb) ? '+T' : e.slot);
    else {
      // Words joined by `_` become one item whose alternatives are whole runs of words.
      let alts = e.alts;
      while (i + 1 < elements.length && joints[i] === 'closed' && elements[i + 1].kind === 'word') {
        alts = product(alts, (elements[++i] as { alts: string[][] }).alts);
        if (alts.length > MAX_ALTERNATIVES) throw new Error(`expands to more than ${MAX_ALTERNATIVES} alternatives`);
      }
      out.push(wordItem(alts));
    }
  }
  return out.join(' ');
}

/** A file is in the PETRARCH-2 dialect when its patterns group words with braces or parentheses. */
export function detectDialect(patternBodies: string[]): Dialect {
  return patternBodies.some((b) => /[{(]/.test(b)) ? 'petrarch2' : 'tabari';
}
