import { writeFileSync } from 'node:fs';
import { evaluatePetrarch } from '../eval/petrarch/run.js';
import { formatPetrarchEval, petrarchEvalJson, petrarchPredictions } from '../eval/petrarch/report.js';
import { out } from './options.js';

/** Help lines for `eventwire eval petrarch`. */
export const EVAL_PETRARCH_HELP = `  petrarch  code PETRARCH validation records (<Sentence> with <EventCoding>, <Config> options) with
          only the given dictionaries (default: petrarch:<folder 'dictionaries' beside the file>),
          dated by each record; print exact records, tuple P/R/F1, CAMEO-root F1, a table per
          category; --show-failures lists wrong records, --predictions FILE writes JSONL events
          eventwire eval petrarch RECORDS.xml [--dictionaries petrarch:DIR] [--show-failures]
                                  [--json] [--predictions FILE]`;

/** Run `eventwire eval petrarch FILE`; returns the exit code. */
export function runEvalPetrarch(file: string, values: { dictionaries?: unknown; json?: unknown; 'show-failures'?: unknown; predictions?: unknown; syntax?: unknown }): number {
  const result = evaluatePetrarch(file, { dictionaries: values.dictionaries as string[] | undefined, syntax: values.syntax === 'order' ? 'order' : 'parse' });
  if (typeof values.predictions === 'string') writeFileSync(values.predictions, petrarchPredictions(result));
  out(values.json ? JSON.stringify(petrarchEvalJson(result), null, 2) : formatPetrarchEval(result, !!values['show-failures']));
  return 0;
}
