import { evalParse, formatParseEval } from '../eval/parse.js';
import { loadParser } from '../stages/parse/parser.js';
import { parseOptions, out, err } from './options.js';

/** Help for `eventwire eval`. */
export const EVAL_HELP = `Usage: eventwire eval parse FILE.conllu [--json] [--limit N]

  parse   score the shipped dependency parser on a CoNLL-U treebank, with the treebank's own
          tokens and wink-nlp's part-of-speech tags (as the parser sees text at run time):
          UAS, LAS, and precision/recall/F1 of the relations that carry events

Example:
  eventwire eval parse ../shared/ud/en_ewt-ud-test.conllu`;

/** Run `eventwire eval`; returns the exit code. */
export function runEval(args: string[]): number {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, limit: { type: 'string' } });
  const [sub, file] = positionals;
  if (values.help) return out(EVAL_HELP), 0;
  if (sub === 'parse' && file) {
    const result = evalParse(file, loadParser(), values.limit ? Number(values.limit) : Infinity);
    out(values.json ? JSON.stringify(result, null, 2) : formatParseEval(result));
    return 0;
  }
  err(EVAL_HELP);
  return 2;
}
