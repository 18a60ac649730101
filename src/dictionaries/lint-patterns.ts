/**
 * Checks for event patterns that can never fire, or fire and do nothing:
 * - a pattern with the same words as an earlier one (the matcher keeps the first of equals);
 * - a pattern whose words a discard phrase also matches (the discard always wins);
 * - a typed slot (`+T:REB`) asking for a role no actor in the dictionaries has;
 * - a gap at the end of a pattern, or two slots of one kind (the second is never read).
 */
import { compilePattern, type CompiledPattern, type PatternItem } from './compile-patterns.js';
import type { CompiledDictionary } from './compile.js';
import type { DictionaryIssue, PatternEntry } from './schema.js';
import { splitCode } from '../stages/find-actors/roles.js';

// The words of a compiled pattern as one string, alternatives sorted, so spelling variants compare equal.
function itemKey(i: PatternItem): string {
  if (i.kind === 'word') return `${i.alts!.map((a) => a.join('_')).sort().join('|')}${i.optional ? '?' : ''}`;
  return i.roles ? `${i.kind}:${[...i.roles].sort().join(',')}` : i.kind;
}
function patternKey(p: CompiledPattern): string {
  return [p.form, ...p.before.map(itemKey), `<${p.heads.map((h) => h.join('_')).sort().join('|')}>`, ...p.items.map(itemKey), p.exact ? 'exact' : ''].join(' ');
}
function literalKey(p: CompiledPattern): string {
  return [...p.before, { kind: 'word', alts: p.heads } as PatternItem, ...p.items].map(itemKey).join(' ');
}

/** Roles an actor can have: agent codes and the role part of every organisation and person code. */
function knownRoles(dict: CompiledDictionary): Set<string> {
  const roles = new Set<string>(dict.source.agents.map((a) => a.code));
  const add = (code: string) => {
    const { role } = splitCode(code, dict.isCountry);
    if (role) roles.add(role);
    else if (code.startsWith('IMG')) roles.add('IMG'); // as match-pattern's typed slots read it
  };
  for (const o of dict.source.orgs) add(o.code);
  for (const p of dict.source.people) for (const r of p.roles) add(r.code);
  roles.add('GOV'); // capitals and seats of power
  return roles;
}

function structureProblems(p: CompiledPattern): string[] {
  const out: string[] = [];
  const all = [...p.before, ...p.items];
  const last = p.items[p.items.length - 1];
  if (last && (last.kind === 'gap' || last.kind === 'any')) out.push('ends in a gap, which matches nothing more');
  for (const kind of ['target', 'source'] as const) {
    if (all.filter((i) => i.kind === kind).length > 1) out.push(`has two ${kind === 'target' ? '+T' : '+S'} slots; only one is read`);
  }
  return out;
}

/** Every pattern problem of a compiled dictionary, with the file and line of the pattern. */
export function lintPatterns(dict: CompiledDictionary): DictionaryIssue[] {
  const issues: DictionaryIssue[] = [];
  const at = (p: PatternEntry, severity: DictionaryIssue['severity'], message: string) =>
    issues.push({ file: p.src.file, line: p.src.line, severity, message: `${p.form} "${p.text}" (${p.code}): ${message}` });
  const roles = knownRoles(dict);
  const seen = new Map<string, PatternEntry>();
  const discards = new Map<string, string>();
  for (const d of dict.source.discards) {
    const c = compilePattern(d.id, '', 'discard', d.text, { scope: d.scope });
    if (typeof c !== 'string' && (d.scope ?? 'phrase') === 'phrase') discards.set(literalKey(c), `${d.src.file}:${d.src.line}`);
  }
  for (const p of dict.source.patterns) {
    const c = compilePattern(p.id, p.code, p.form, p.text, { reverse: p.reverse, target: p.target, exact: p.exact });
    if (typeof c === 'string') continue; // compiling already reported it
    const key = patternKey(c);
    const prior = seen.get(key);
    if (prior) {
      const same = prior.code === p.code && prior.reverse === p.reverse;
      at(p, same ? 'warning' : 'error', same
        ? `repeats the pattern at ${prior.src.file}:${prior.src.line}`
        : `can never fire: the same pattern at ${prior.src.file}:${prior.src.line} codes ${prior.code} and is tried first`);
    } else seen.set(key, p);
    const discard = discards.get(literalKey(c));
    if (discard && p.code !== '---') at(p, 'error', `can never fire: the discard phrase at ${discard} matches the same words`);
    for (const item of [...c.before, ...c.items]) {
      const unknown = item.roles?.filter((r) => !roles.has(r)) ?? [];
      if (unknown.length) at(p, 'error', `can never fire with role ${unknown.join(', ')}: no actor in the dictionaries has it`);
    }
    for (const message of structureProblems(c)) at(p, 'warning', message);
  }
  return issues;
}
