// Turns a read verb file into eventwire verb patterns. Every verb of a block shares the block's
// patterns; a verb alone codes its own default code (or the block's). PETRARCH finds the target as the
// first actor after the verb, and matches words as written (no stemming), so every imported pattern says
// `target: next` and `match: exact` (see FORMAT.md).
import type { DictionaryIssue, PatternEntry } from '../schema.js';
import type { VerbBlock, VerbFile, VerbForm } from './read-verbs.js';
import type { VerbCode } from './codes.js';
import { expandSynsets } from './synsets.js';
import { convertPattern, detectDialect, type Dialect } from './convert-pattern.js';

/** The verb item of a group of forms: `<say|said|says>`, with words that must come first before it. */
interface HeadGroup {
  before: string[];
  verb: string; // the pattern text of the verb item, e.g. "wire <tap|tapped>"
}

function formText(f: VerbForm): string {
  return [f.verb, ...f.after].join('_');
}

// Forms with no words before the verb share one verb item; each pre-compound ("WIRE_+TAP") gets its own.
function headGroups(forms: VerbForm[]): HeadGroup[] {
  const groups = new Map<string, Set<string>>();
  for (const f of forms) {
    const key = f.before.join('_');
    let set = groups.get(key);
    if (!set) groups.set(key, (set = new Set()));
    set.add(formText(f));
  }
  return [...groups].map(([before, set]) => ({ before: before ? before.split('_') : [], verb: `${before ? `${before} ` : ''}<${[...set].join('|')}>` }));
}

function entry(code: VerbCode, text: string, file: string, line: number): PatternEntry {
  const id = `event:${code.code}${code.reverse ? `:${code.reverse}` : ''}:${text}`;
  return { id, code: code.code, reverse: code.reverse ?? undefined, form: 'verb', text, target: 'next', exact: true, foreignCode: true, src: { file, line } };
}

/** Convert the verb blocks of a file into patterns, reporting every pattern that cannot be used. */
export function convertVerbs(read: VerbFile, file: string, issues: DictionaryIssue[]): PatternEntry[] {
  const warn = (line: number, message: string) => issues.push({ file, line, severity: 'warning', message });
  for (const p of read.problems) warn(p.line, p.message);
  const synsets = expandSynsets(read.synsets, warn);
  const dialect: Dialect = detectDialect(read.blocks.flatMap((b) => b.patterns.map((p) => p.text)));
  const out: PatternEntry[] = [];
  for (const block of read.blocks) out.push(...convertBlock(block, dialect, synsets, file, warn));
  return out;
}

function convertBlock(block: VerbBlock, dialect: Dialect, synsets: ReturnType<typeof expandSynsets>, file: string, warn: (line: number, message: string) => void): PatternEntry[] {
  const out: PatternEntry[] = [];
  if (!block.verbs.length) return out;
  const groups = headGroups(block.verbs.flatMap((v) => v.forms));
  for (const p of block.patterns) {
    for (const g of groups) {
      try {
        out.push(entry(p.code, convertPattern(p.text, dialect, synsets, g.verb), file, p.line));
      } catch (e) {
        warn(p.line, `pattern "${p.text.trim()}" of ${block.name}: ${(e as Error).message}; left out`);
        break;
      }
    }
  }
  // The verbs alone: one bare pattern per default code, after the block's patterns.
  const byCode = new Map<string, { code: VerbCode; forms: VerbForm[]; line: number }>();
  for (const v of block.verbs) {
    const code = v.code ?? block.code;
    if (!code || (code.code === '---' && !code.reverse)) continue;
    const key = `${code.code}:${code.reverse ?? ''}`;
    const slot = byCode.get(key) ?? { code, forms: [], line: v.line };
    slot.forms.push(...v.forms);
    byCode.set(key, slot);
  }
  for (const { code, forms, line } of byCode.values()) {
    for (const g of headGroups(forms)) out.push(entry(code, g.verb, file, line));
  }
  return out;
}
