import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EventwireError } from '../model/errors.js';

/** Parse a command's arguments, turning parse failures into a usage error that names the option. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new EventwireError('EW_ERR_OPTION', (err as Error).message);
  }
}

/** Check a yyyy-mm-dd option value. */
export function isoDateOption(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new EventwireError('EW_ERR_OPTION', `--${name} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

// `eventwire code ... | head` closes the pipe early: that is the reader's choice, not a failure, so
// the process ends quietly instead of throwing EPIPE from the next write.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

/** Write a line to standard output. */
export const out = (line: string) => process.stdout.write(line + '\n');
/** Write a line to standard error. */
export const err = (line: string) => process.stderr.write(line + '\n');
