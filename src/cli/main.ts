import { EventwireError } from '../model/errors.js';
import { out, err } from './options.js';

const HELP = `eventwire: political events from news text, traceable to the character

Usage: eventwire <command> [options]

Commands:
  code <files|->      code articles into events (jsonl, json, csv, gdelt, table; --db to store)
  query --db FILE     filter stored events by actor, dyad, code, date and factuality
  dict lint|stats     check the dictionaries; coverage figures
  eval parse FILE     score the syntactic parser on a CoNLL-U treebank

Run 'eventwire <command> --help' for a command's options and an example.`;

// Each command loads only its own modules, so start-up stays short (the parser and stores are heavy).
const COMMANDS: Record<string, () => Promise<(args: string[]) => number | Promise<number>>> = {
  code: async () => (await import('./code.js')).runCode,
  query: async () => (await import('./query.js')).runQuery,
  dict: async () => (await import('./dict.js')).runDict,
  eval: async () => (await import('./eval.js')).runEval,
};

/** Dispatch a command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return out(HELP), 0;
  const load = COMMANDS[command];
  if (!load) return err(`eventwire: unknown command "${command}"\n\n${HELP}`), 2;
  try {
    return await (await load())(rest);
  } catch (e) {
    if (e instanceof EventwireError) {
      err(`eventwire ${command}: ${e.message} [${e.code}]`);
      return e.code === 'EW_ERR_OPTION' ? 2 : 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
