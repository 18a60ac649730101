import { EventwireError } from '../model/errors.js';
import { runCode } from './code.js';
import { runQuery } from './query.js';
import { runDict } from './dict.js';
import { runEval } from './eval.js';
import { out, err } from './options.js';

const HELP = `eventwire: political events from news text, traceable to the character

Usage: eventwire <command> [options]

Commands:
  code <files|->      code articles into events (jsonl, json, csv, gdelt, table; --db to store)
  query --db FILE     filter stored events by actor, dyad, code, date and factuality
  dict lint|stats     check the dictionaries; coverage figures
  eval parse FILE     score the syntactic parser on a CoNLL-U treebank

Run 'eventwire <command> --help' for a command's options and an example.`;

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = { code: runCode, query: runQuery, dict: runDict, eval: runEval };

/** Dispatch a command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return out(HELP), 0;
  const run = COMMANDS[command];
  if (!run) return err(`eventwire: unknown command "${command}"\n\n${HELP}`), 2;
  try {
    return await run(rest);
  } catch (e) {
    if (e instanceof EventwireError) {
      err(`eventwire ${command}: ${e.message} [${e.code}]`);
      return e.code === 'EW_ERR_OPTION' ? 2 : 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
