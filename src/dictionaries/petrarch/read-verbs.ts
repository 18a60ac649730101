// Reads a PETRARCH/TABARI verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt) into its parts:
// synsets (`&NAME` + `+phrase` lines), verb blocks (`--- NAME [code] ---`), the verbs of a block with
// their forms (`BREAK {BROKE BROKEN}`, `+BREAK_DOWN {...}`, `WIRE_+TAP`) and its patterns (`- ... [code]`).
import { readSourceLines, splitBrackets } from './read-lines.js';
import { readVerbCode, type VerbCode } from './codes.js';

/** A synset as written: its phrases (words joined by blanks or `_`), before expansion. */
export interface RawSynset {
  name: string; // without `&` and trailing `_`
  plurals: boolean; // false when the label ends with `_`
  phrases: Array<{ text: string; line: number }>;
  line: number;
}

/** One form of a verb: the verb word with the words that must stand before and after it. */
export interface VerbForm {
  before: string[];
  verb: string;
  after: string[];
}

/** A verb of a block with its forms and its own default code (null = the block's). */
export interface VerbLine {
  forms: VerbForm[];
  code: VerbCode | null;
  line: number;
}

/** A pattern line of a block: the text between `-` and the code. */
export interface PatternLine {
  text: string;
  code: VerbCode;
  line: number;
}

/** A verb block: synonymous verbs sharing patterns. */
export interface VerbBlock {
  name: string;
  code: VerbCode | null;
  line: number;
  verbs: VerbLine[];
  patterns: PatternLine[];
}

/** Everything read from a verb file, with the problems found. */
export interface VerbFile {
  synsets: Map<string, RawSynset>;
  blocks: VerbBlock[];
  problems: Array<{ line: number; message: string }>;
}

/** Regular forms of a verb, as PETRARCH makes them: +S, +ED/+D, +ING (dropping a final E). */
export function regularForms(verb: string): string[] {
  const v = verb.toLowerCase();
  if (v.endsWith('e')) return [v, `${v}s`, `${v}d`, `${v.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(v)) return [v, `${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`, `${v}ing`];
  if (/(s|sh|ch|x|z)$/.test(v)) return [v, `${v}es`, `${v}ed`, `${v}ing`];
  return [v, `${v}s`, `${v}ed`, `${v}ing`];
}

/** Split "KLM_NOP_+RST" / "+BREAK_DOWN" / "LASH OUT" into the verb and the words around it. */
export function readVerbPhrase(phrase: string): VerbForm | null {
  const words = phrase.split(/[\s_]+/).filter(Boolean);
  if (!words.length) return null;
  let at = words.findIndex((w) => w.startsWith('+'));
  if (at < 0) at = 0;
  const clean = words.map((w) => w.replace(/^\+/, '').toLowerCase());
  if (clean.some((w) => !w || /[{}[\]&$%^*]/.test(w))) return null;
  return { before: clean.slice(0, at), verb: clean[at], after: clean.slice(at + 1) };
}

function readVerbLine(text: string, line: number, problems: VerbFile['problems']): VerbLine | null {
  const { head, brackets } = splitBrackets(text);
  let code: VerbCode | null = null;
  if (brackets.length) {
    const c = readVerbCode(brackets[0]);
    if (typeof c === 'string') problems.push({ line, message: `verb "${head}": ${c}; the block's code is used` });
    else code = c;
  }
  const brace = /^([^{]*)\{([^}]*)\}?/.exec(head);
  const rootText = (brace ? brace[1] : head).trim();
  const root = readVerbPhrase(rootText);
  if (!root) {
    problems.push({ line, message: `verb line "${text.trim()}" names no verb` });
    return null;
  }
  const forms: VerbForm[] = [];
  if (brace) {
    forms.push(root);
    for (const f of brace[2].split(/\s+/).filter(Boolean)) {
      const form = readVerbPhrase(f);
      if (form) forms.push(form);
      else problems.push({ line, message: `verb form "${f}" is not a verb phrase; left out` });
    }
  } else {
    for (const v of regularForms(root.verb)) forms.push({ ...root, verb: v });
  }
  return { forms, code, line };
}

/** Read a verb dictionary file. */
export function readVerbFile(text: string): VerbFile {
  const synsets = new Map<string, RawSynset>();
  const blocks: VerbBlock[] = [];
  const problems: VerbFile['problems'] = [];
  let block: VerbBlock | null = null;
  let synset: RawSynset | null = null;
  for (const { line, text: raw } of readSourceLines(text, { semicolonComments: true })) {
    const t = raw.trim();
    if (synset && t.startsWith('+')) {
      synset.phrases.push({ text: t.slice(1).trim(), line });
      continue;
    }
    synset = null;
    if (t.startsWith('&')) {
      const label = t.split(/\s+/)[0].slice(1);
      const name = label.replace(/_$/, '').toUpperCase();
      if (synsets.has(name)) problems.push({ line, message: `synset &${name} is defined again; the later definition wins` });
      synset = { name, plurals: !label.endsWith('_'), phrases: [], line };
      synsets.set(name, synset);
    } else if (t.startsWith('---')) {
      const { head, brackets } = splitBrackets(t);
      const name = head.replace(/^-+/, '').trim() || t.replace(/-/g, '').trim();
      let code: VerbCode | null = null;
      if (brackets.length) {
        const c = readVerbCode(brackets[0]);
        if (typeof c === 'string') problems.push({ line, message: `block ${name}: ${c}` });
        else code = c;
        if (brackets.length > 1) problems.push({ line, message: `block ${name} has ${brackets.length} codes; the first, [${brackets[0]}], is used` });
      }
      block = { name, code, line, verbs: [], patterns: [] };
      blocks.push(block);
    } else if (t.startsWith('~')) {
      problems.push({ line, message: `transformation "${t}" is not supported; left out` });
    } else if (t.startsWith('-')) {
      if (!block) {
        problems.push({ line, message: 'pattern outside any verb block' });
        continue;
      }
      const { head, brackets } = splitBrackets(t.slice(1));
      if (!brackets.length) {
        problems.push({ line, message: `pattern "${t}" has no [code]` });
        continue;
      }
      const code = readVerbCode(brackets[0]);
      if (typeof code === 'string') problems.push({ line, message: `pattern "${head}": ${code}; left out` });
      else block.patterns.push({ text: head, code, line });
    } else {
      if (!block) {
        problems.push({ line, message: `"${t}" stands outside any verb block` });
        continue;
      }
      const verb = readVerbLine(t, line, problems);
      if (verb) block.verbs.push(verb);
    }
  }
  for (const b of blocks) if (!b.verbs.length) problems.push({ line: b.line, message: `block ${b.name} has no verbs; its ${b.patterns.length} pattern(s) are left out` });
  return { synsets, blocks, problems };
}
