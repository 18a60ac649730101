import type { Dictionary, DictionaryIssue, PatternEntry } from './schema.js';
import { compileNames, type NameIndex } from './compile-names.js';
import { compilePatterns, type PatternIndex } from './compile-patterns.js';
import { loadCameoTable, type CameoCode } from './cameo.js';
import { BUILTIN_DICTIONARIES, loadDictionaries, type LoadResult } from './load.js';
import { withCompiledCache } from './compiled-cache.js';
import { loadPetrarchFolder } from './petrarch/convert.js';

/** Lookup structures built once from the dictionaries and shared by the stages. */
export interface CompiledDictionary {
  names: NameIndex;
  verbs: PatternIndex;
  nouns: PatternIndex;
  discards: PatternIndex;
  cameo: Map<string, CameoCode>;
  hash: string;
  source: Dictionary;
  /** Is a 3-letter code one of the dictionary's countries (SYR yes, IGO no)? */
  isCountry: (code: string) => boolean;
  /** Capital city name by country code. */
  capitals: Map<string, string>;
  /** Institution head words (lower case) and the agent code they give an unknown name ("court" -> JUD). */
  institutionHeads: Map<string, string>;
}

/** A dictionary spec naming a folder of PETRARCH files instead of .dict files. */
export const PETRARCH_PREFIX = 'petrarch:';

// A code an imported dictionary defines itself (PETRARCH's test codes such as 901 or 174K): its root
// is its first two digits when it has them, and it carries no Goldstein score.
function foreignCode(code: string, cameo: Map<string, CameoCode>): CameoCode {
  const root = /^\d\d/.test(code) ? code.slice(0, 2) : code;
  const r = cameo.get(root);
  return { code, root, quad: r?.quad ?? 0, goldstein: 0, ploverType: null, ploverMode: null, name: `${code} (not a CAMEO code)` };
}

/** Check a pattern's codes against CAMEO; foreign codes of imported patterns join the table with a warning. */
function usableCodes(p: PatternEntry, cameo: Map<string, CameoCode>, warned: Set<string>, issues: DictionaryIssue[]): boolean {
  for (const code of [p.code, ...(p.reverse ? [p.reverse] : [])]) {
    if (code === '---' || cameo.has(code)) continue;
    if (!p.foreignCode) {
      issues.push({ file: p.src.file, line: p.src.line, severity: 'error', message: `event ${code}: not a CAMEO code` });
      return false;
    }
    cameo.set(code, foreignCode(code, cameo));
    if (!warned.has(code)) issues.push({ file: p.src.file, line: p.src.line, severity: 'warning', message: `code ${code} is not a CAMEO code; kept as the dictionary's own` });
    warned.add(code);
  }
  return true;
}

/** Compile a loaded dictionary; issues found while compiling are appended to `issues`. */
export function compileDictionary(dict: Dictionary, hash: string, issues: DictionaryIssue[]): CompiledDictionary {
  const cameo = loadCameoTable();
  const warned = new Set<string>();
  const usable = dict.patterns.filter((p) => usableCodes(p, cameo, warned, issues));
  const names = compileNames(dict, issues);
  const { verbs, nouns, discards } = compilePatterns(usable, dict.discards, issues);
  const countries = new Set(dict.countries.map((c) => c.code));
  const capitals = new Map(dict.countries.filter((c) => c.capital).map((c) => [c.code, c.capital!.name]));
  const institutionHeads = new Map<string, string>();
  for (const a of dict.agents) {
    for (const h of a.heads ?? []) {
      const word = h.toLowerCase();
      const prior = institutionHeads.get(word);
      if (prior && prior !== a.code) issues.push({ file: a.src.file, line: a.src.line, severity: 'warning', message: `agent ${a.id}: head "${h}" is also a head of ${prior}; the first one wins` });
      else institutionHeads.set(word, a.code);
    }
  }
  return { names, verbs, nouns, discards, cameo, hash, source: dict, isCountry: (c) => countries.has(c), capitals, institutionHeads };
}

/** Load one dictionary spec: a folder of .dict files, or `petrarch:DIR` for a folder of PETRARCH files. */
export function loadSpec(spec?: string): LoadResult {
  if (spec?.startsWith(PETRARCH_PREFIX)) return loadPetrarchFolder(spec.slice(PETRARCH_PREFIX.length));
  return loadDictionaries(spec);
}

/**
 * Load and compile the dictionaries in `dirs` (default: the shipped ones) into one. Folders of .dict
 * files are compiled once and then read from a cache keyed by their content (compiled-cache.ts);
 * PETRARCH folders are always converted afresh.
 */
export function loadCompiled(dirs?: string[]): { compiled: CompiledDictionary; issues: DictionaryIssue[]; cached?: boolean } {
  const specs = dirs?.length ? dirs : [BUILTIN_DICTIONARIES];
  if (specs.some((d) => d.startsWith(PETRARCH_PREFIX))) return compileSpecs(specs);
  return withCompiledCache(specs, () => compileSpecs(specs));
}

function compileSpecs(dirs: string[]): { compiled: CompiledDictionary; issues: DictionaryIssue[] } {
  const results = dirs.map((d) => loadSpec(d));
  const merged = results[0].dictionary;
  for (const r of results.slice(1)) for (const k of Object.keys(merged) as (keyof Dictionary)[]) (merged[k] as unknown[]).push(...(r.dictionary[k] as unknown[]));
  const issues = results.flatMap((r) => r.issues);
  const compiled = compileDictionary(merged, results.map((r) => r.hash).join('+'), issues);
  return { compiled, issues };
}
