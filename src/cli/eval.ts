import { evalParse, formatParseEval } from '../eval/parse.js';
import { loadParser } from '../stages/parse/parser.js';
import { parseOptions, out, err } from './options.js';
import { createCoder } from '../run/coder.js';
import { evalGold } from '../eval/gold/run-gold.js';
import { formatGoldScore, rates } from '../eval/gold/score-gold.js';
import { EVAL_PETRARCH_HELP, runEvalPetrarch } from './eval-petrarch.js';

/** Help for `eventwire eval`. */
export const EVAL_HELP = `Usage: eventwire eval parse FILE.conllu [--json] [--limit N]
       eventwire eval gold GOLD.json|DIR ... --articles INPUT[,INPUT...] [--show-failures] [--json]
       eventwire eval petrarch RECORDS.xml [--dictionaries petrarch:DIR] [--show-failures] [--json]

  parse   score the shipped dependency parser on a CoNLL-U treebank, with the treebank's own
          tokens and wink-nlp's part-of-speech tags (as the parser sees text at run time):
          UAS, LAS, and precision/recall/F1 of the relations that carry events

  gold    code the articles the gold files name (found by id among --articles inputs) and
          print precision, recall, F1, recall of required events, code, date and factuality
          accuracy, and any forbidden event produced

${EVAL_PETRARCH_HELP}

Examples:
  eventwire eval gold test/fixtures/gold --articles ../shared/corpus,../shared/seeds
  eventwire eval parse ../shared/ud/en_ewt-ud-test.conllu`;

/** Run `eventwire eval`; returns the exit code. */
export function runEval(args: string[]): number {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean' }, limit: { type: 'string' }, articles: { type: 'string', multiple: true },
    'show-failures': { type: 'boolean' }, syntax: { type: 'string' },
    dictionaries: { type: 'string', multiple: true }, predictions: { type: 'string' },
  });
  const [sub, file] = positionals;
  if (values.help) return out(EVAL_HELP), 0;
  if (sub === 'parse' && file) {
    const result = evalParse(file, loadParser(), values.limit ? Number(values.limit) : Infinity);
    out(values.json ? JSON.stringify(result, null, 2) : formatParseEval(result));
    return 0;
  }
  if (sub === 'gold' && positionals.length > 1) {
    const articles = ((values.articles as string[] | undefined) ?? []).flatMap((a) => a.split(','));
    if (!articles.length) return err('eventwire eval gold: name the articles with --articles FILES|DIRS'), 2;
    const coder = createCoder({ syntax: values.syntax === 'order' ? 'order' : 'parse' });
    const { score } = evalGold(coder, positionals.slice(1), articles);
    out(values.json ? JSON.stringify({ ...rates(score), counts: { ...score, missing: score.missing.length, extra: score.extra.length } }, null, 2) : formatGoldScore(score, values['show-failures'] as boolean));
    return 0;
  }
  if (sub === 'petrarch' && file) return runEvalPetrarch(file, values);
  err(EVAL_HELP);
  return 2;
}
