// Writes a converted PETRARCH dictionary as eventwire .dict files (dictionaries/FORMAT.md), one per
// PETRARCH source file, so `eventwire dict import petrarch DIR OUT` leaves files a person can read,
// lint and edit. What the .dict format cannot hold (codes outside CAMEO, values with `;` or `#`) is
// written as a comment and reported.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DatedRole } from '../../model/actor.js';
import type { Dictionary, DictionaryIssue, EntrySource, PatternEntry } from '../schema.js';
import { loadCameoTable } from '../cameo.js';
import { loadPetrarchFolder } from './convert.js';

/** One .dict file to write: its name inside the output folder and its text. */
export interface DictFile {
  name: string;
  text: string;
}

const UNSAFE = /[;#\n]/;

/** "PETR.Validate.actors.txt" -> "petr-validate-actors.dict". */
export function dictFileName(source: string): string {
  return `${basename(source).replace(/\.txt$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.dict`;
}

function roleText(r: DatedRole): string {
  return r.from || r.to ? `${r.code} ${r.from ?? ''}..${r.to ?? ''}` : r.code;
}

class Writer {
  readonly files = new Map<string, string[]>();
  constructor(readonly issues: DictionaryIssue[]) {}

  out(src: EntrySource): string[] {
    const name = dictFileName(src.file);
    let lines = this.files.get(name);
    if (!lines) {
      lines = [`# Converted from the PETRARCH dictionary ${basename(src.file)} by "eventwire dict import petrarch".`, '# Each entry notes the line it came from.', ''];
      this.files.set(name, lines);
    }
    return lines;
  }

  /** Values safe to write; unsafe ones are reported and left out. */
  values(list: string[], src: EntrySource, what: string): string[] {
    return list.filter((v) => {
      if (!UNSAFE.test(v)) return true;
      this.issues.push({ file: src.file, line: src.line, severity: 'warning', message: `${what} "${v}" holds ";" or "#", which a .dict value cannot; left out of the .dict file` });
      return false;
    });
  }

  entry(src: EntrySource, head: string, fields: Array<[string, string[]]>): void {
    const lines = this.out(src);
    lines.push(`${head}  # line ${src.line}`);
    for (const [key, vals] of fields) if (vals.length) lines.push(`  ${key}: ${vals.join('; ')}`);
  }
}

function writePatterns(w: Writer, patterns: PatternEntry[]): void {
  const cameo = loadCameoTable();
  const usable = (c: string | undefined) => c === undefined || c === '---' || cameo.has(c);
  const foreign = new Set<string>();
  let block = '';
  let lines: string[] = [];
  for (const p of patterns) {
    const id = p.reverse ? `${p.code}:${p.reverse}` : p.code;
    lines = w.out(p.src);
    if (!usable(p.code) || !usable(p.reverse)) {
      if (!foreign.has(id)) w.issues.push({ file: p.src.file, line: p.src.line, severity: 'warning', message: `code ${id} is not a CAMEO code: its patterns are written as comments` });
      foreign.add(id);
      lines.push(`# event ${id} (not a CAMEO code), line ${p.src.line}: ${p.form}: ${p.text}`);
      block = '';
      continue;
    }
    if (w.values([p.text], p.src, 'pattern').length === 0) continue;
    // Consecutive patterns of one code share an entry; the dictionary's order is kept, since it breaks ties.
    const head = `event ${id}`;
    const key = `${dictFileName(p.src.file)} ${head} ${p.target} ${p.exact}`;
    if (block !== key) {
      lines.push(`${head}  # from line ${p.src.line}`);
      if (p.target === 'next') lines.push('  target: next');
      if (p.exact) lines.push('  match: exact');
      block = key;
    }
    lines.push(`  ${p.form}: ${p.text}`);
  }
}

/** Render a converted dictionary as .dict files, one per PETRARCH source file. */
export function writeDictFiles(dict: Dictionary, issues: DictionaryIssue[] = []): DictFile[] {
  const w = new Writer(issues);
  for (const c of dict.countries) w.entry(c.src, `country ${c.id}`, [['name', w.values(c.names, c.src, 'name')]]);
  for (const p of dict.people) w.entry(p.src, `person ${p.id}`, [['name', w.values(p.names, p.src, 'name')], ['role', p.roles.map(roleText)]]);
  for (const o of dict.orgs) w.entry(o.src, `org ${o.id}`, [['code', [o.code]], ['name', w.values(o.names, o.src, 'name')]]);
  for (const a of dict.agents) w.entry(a.src, `agent ${a.code}`, [['name', w.values(a.names, a.src, 'name')], ['order', a.prefix ? ['prefix'] : []]]);
  writePatterns(w, dict.patterns);
  const started = new Set<string>();
  for (const d of dict.discards) {
    const lines = w.out(d.src);
    if (!started.has(d.src.file)) (started.add(d.src.file), lines.push('discard petrarch'));
    for (const text of w.values([d.text], d.src, 'discard')) lines.push(`  ${d.scope ?? 'phrase'}: ${text}  # line ${d.src.line}`);
  }
  return [...w.files].map(([name, lines]) => ({ name, text: lines.join('\n') + '\n' }));
}

/** Convert a folder of PETRARCH files and write the .dict files into `outDir`; returns what was written and every issue. */
export function importPetrarchFolder(dir: string, outDir: string): { files: string[]; issues: DictionaryIssue[] } {
  const { dictionary, issues } = loadPetrarchFolder(dir);
  const files = writeDictFiles(dictionary, issues);
  mkdirSync(outDir, { recursive: true });
  for (const f of files) writeFileSync(join(outDir, f.name), f.text);
  return { files: files.map((f) => join(outDir, f.name)), issues };
}
