import type { Dictionary, DictionaryIssue } from './schema.js';
import { compileNames, type NameIndex } from './compile-names.js';
import { compilePatterns, type PatternIndex } from './compile-patterns.js';
import { loadCameoTable, type CameoCode } from './cameo.js';
import { loadDictionaries } from './load.js';

/** Lookup structures built once from the dictionaries and shared by the stages. */
export interface CompiledDictionary {
  names: NameIndex;
  verbs: PatternIndex;
  nouns: PatternIndex;
  discards: PatternIndex;
  cameo: Map<string, CameoCode>;
  hash: string;
  source: Dictionary;
}

/** Compile a loaded dictionary; issues found while compiling are appended to `issues`. */
export function compileDictionary(dict: Dictionary, hash: string, issues: DictionaryIssue[]): CompiledDictionary {
  const cameo = loadCameoTable();
  for (const p of dict.patterns) {
    if (!cameo.has(p.code)) issues.push({ file: p.src.file, line: p.src.line, severity: 'error', message: `event ${p.code}: not a CAMEO code` });
  }
  const names = compileNames(dict, issues);
  const { verbs, nouns, discards } = compilePatterns(dict.patterns.filter((p) => cameo.has(p.code)), dict.discards, issues);
  return { names, verbs, nouns, discards, cameo, hash, source: dict };
}

/** Load and compile the dictionaries in `dirs` (default: the shipped ones) into one. */
export function loadCompiled(dirs?: string[]): { compiled: CompiledDictionary; issues: DictionaryIssue[] } {
  const results = (dirs?.length ? dirs : [undefined]).map((d) => loadDictionaries(d));
  const merged = results[0].dictionary;
  for (const r of results.slice(1)) for (const k of Object.keys(merged) as (keyof Dictionary)[]) (merged[k] as unknown[]).push(...(r.dictionary[k] as unknown[]));
  const issues = results.flatMap((r) => r.issues);
  const compiled = compileDictionary(merged, results.map((r) => r.hash).join('+'), issues);
  return { compiled, issues };
}
