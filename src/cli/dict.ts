import { loadCompiled } from '../dictionaries/compile.js';
import { lintPatterns } from '../dictionaries/lint-patterns.js';
import { lintRoles } from '../dictionaries/lint-roles.js';
import { BUILTIN_DICTIONARIES } from '../dictionaries/load.js';
import { dictionaryStats, formatStats } from '../dictionaries/stats.js';
import { importPetrarchFolder } from '../dictionaries/petrarch/write-dict.js';
import { parseOptions, isoDateOption, out, err } from './options.js';
import { createCoder } from '../run/coder.js';
import { explainDoc } from '../run/explain.js';
import { createDoc } from '../model/doc.js';

/** Help for `eventwire dict`. */
export const DICT_HELP = `Usage: eventwire dict <lint|stats> [--dictionaries DIR ...] [--no-builtin]
       eventwire dict explain "a sentence" [--published YYYY-MM-DD] [--syntax parse|order]
       eventwire dict import petrarch DIR OUT

  lint    check every .dict file: schema, unknown CAMEO codes, bad dated roles, one person's
          roles that contradict each other, one office held by two people at once, patterns that
          cannot be compiled or can never fire (same words as an earlier pattern, a discard
          phrase, a typed slot no actor fits), names claimed by two entries; exit 1 on errors
  stats   coverage: CAMEO codes with patterns, actors by kind, people with dated roles
  explain code a text and show its analysis: tokens with their syntax, actors and the entries that
          named them, dates, events with their rules, and why candidate events were dropped
  import  convert a folder of PETRARCH dictionaries (*verbs*.txt or CAMEO*.txt, *actors*.txt,
          *agents*.txt, *discards*.txt) into .dict files in OUT, reporting what cannot be used
          (--dictionaries petrarch:DIR uses such a folder directly)

Example:
  eventwire dict lint`;

/** Run `eventwire dict`; returns the exit code. */
export function runDict(args: string[]): number {
  const { values, positionals } = parseOptions(args, { dictionaries: { type: 'string', multiple: true }, 'no-builtin': { type: 'boolean' }, published: { type: 'string' }, syntax: { type: 'string' } });
  const [sub] = positionals;
  if (values.help || !sub) return out(DICT_HELP), sub ? 0 : values.help ? 0 : 2;
  if (sub === 'explain') {
    const text = positionals.slice(1).join(' ');
    if (!text) return err('eventwire dict explain: give a sentence in quotes'), 2;
    const coder = createCoder({ dictionaries: values.dictionaries as string[] | undefined, builtin: !values['no-builtin'], syntax: values.syntax === 'order' ? 'order' : 'parse' });
    const published = isoDateOption('published', values.published as string | undefined);
    return out(explainDoc(coder.code(createDoc({ id: 'explain', raw: text, published })))), 0;
  }
  if (sub === 'import') {
    const [, format, dir, outDir] = positionals;
    if (format !== 'petrarch' || !dir || !outDir) return err('eventwire dict import: usage: eventwire dict import petrarch DIR OUT'), 2;
    const { files, issues } = importPetrarchFolder(dir, outDir);
    for (const i of issues) err(`${i.file}:${i.line}: ${i.severity}: ${i.message}`);
    return out(`wrote ${files.length} file(s) to ${outDir}; ${issues.length} entr(ies) reported`), 0;
  }
  const dirs = [...(values['no-builtin'] ? [] : [BUILTIN_DICTIONARIES]), ...((values.dictionaries as string[] | undefined) ?? [])];
  const t0 = performance.now();
  const { compiled, issues, cached } = loadCompiled(dirs);
  const ms = performance.now() - t0;
  if (sub === 'lint') {
    issues.push(...lintRoles(compiled.source), ...lintPatterns(compiled));
    for (const i of issues) out(`${i.file}:${i.line}: ${i.severity}: ${i.message}`);
    const errors = issues.filter((i) => i.severity === 'error').length;
    out(`${errors} error(s), ${issues.length - errors} warning(s); loaded in ${ms.toFixed(0)} ms${cached ? ' (from the compiled cache)' : ' (compiled)'}`);
    return errors ? 1 : 0;
  }
  if (sub === 'stats') return out(formatStats(dictionaryStats(compiled))), 0;
  err(`eventwire dict: unknown subcommand "${sub}" (lint, stats, import)`);
  return 2;
}
