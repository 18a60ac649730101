import { loadCompiled } from '../dictionaries/compile.js';
import { BUILTIN_DICTIONARIES } from '../dictionaries/load.js';
import { dictionaryStats, formatStats } from '../dictionaries/stats.js';
import { parseOptions, out, err } from './options.js';

/** Help for `eventwire dict`. */
export const DICT_HELP = `Usage: eventwire dict <lint|stats> [--dictionaries DIR ...] [--no-builtin]

  lint    check every .dict file: schema, unknown CAMEO codes, bad dated roles,
          patterns that cannot be used, names claimed by two entries; exit 1 on errors
  stats   coverage: CAMEO codes with patterns, actors by kind, people with dated roles

Example:
  eventwire dict lint`;

/** Run `eventwire dict`; returns the exit code. */
export function runDict(args: string[]): number {
  const { values, positionals } = parseOptions(args, { dictionaries: { type: 'string', multiple: true }, 'no-builtin': { type: 'boolean' } });
  const [sub] = positionals;
  if (values.help || !sub) return out(DICT_HELP), sub ? 0 : values.help ? 0 : 2;
  const dirs = [...(values['no-builtin'] ? [] : [BUILTIN_DICTIONARIES]), ...((values.dictionaries as string[] | undefined) ?? [])];
  const t0 = performance.now();
  const { compiled, issues } = loadCompiled(dirs);
  const ms = performance.now() - t0;
  if (sub === 'lint') {
    for (const i of issues) out(`${i.file}:${i.line}: ${i.severity}: ${i.message}`);
    const errors = issues.filter((i) => i.severity === 'error').length;
    out(`${errors} error(s), ${issues.length - errors} warning(s); loaded in ${ms.toFixed(0)} ms`);
    return errors ? 1 : 0;
  }
  if (sub === 'stats') return out(formatStats(dictionaryStats(compiled))), 0;
  err(`eventwire dict: unknown subcommand "${sub}" (lint, stats)`);
  return 2;
}
