// Code every PETRARCH validation record with only the given dictionaries and score the result.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createDoc } from '../../model/doc.js';
import { createCoder, type Coder } from '../../run/coder.js';
import { PETRARCH_PREFIX } from '../../dictionaries/compile.js';
import { readPetrarchRecords, optionFlag, type PetrarchRecord } from './read-records.js';
import { eventTuples, scoreRecord, summarize, type RecordResult, type Tuple } from './score.js';

/** Options of a PETRARCH evaluation run. */
export interface PetrarchEvalOptions {
  /** Dictionary specs; default `petrarch:<folder 'dictionaries' beside the records file>`. */
  dictionaries?: string[];
  syntax?: 'parse' | 'order';
}

/** Everything a run found: per-record results, totals, and what the coder could not honour. */
export interface PetrarchEval {
  records: string;
  dictionaries: string[];
  results: RecordResult[];
  summary: ReturnType<typeof summarize>;
  /** Options set by <Config> that eventwire does not implement, with how many records they touched. */
  ignoredOptions: Record<string, number>;
  dictionaryIssues: number;
}

/** Options eventwire honours; the rest (comma_*, new_actor_length ...) are reported as ignored. */
const HONOURED = new Set(['require_dyad', 'stop_on_error']);
const DEFAULTS: Record<string, string> = { require_dyad: 'true', new_actor_length: '0', comma_min: '2', comma_max: '8', comma_bmin: '0', comma_bmax: '0', comma_emin: '2', comma_emax: '8' };

/** The default dictionaries of a records file: the PETRARCH folder `dictionaries` beside it. */
export function defaultDictionaries(recordsPath: string): string[] {
  return [`${PETRARCH_PREFIX}${join(dirname(recordsPath), 'dictionaries')}`];
}

/** Code one record's text, dated by the record, and turn its events into tuples. */
export function codeRecord(coder: Coder, r: PetrarchRecord): Tuple[] {
  const doc = coder.code(createDoc({ id: r.id, raw: r.text, published: r.date }));
  return eventTuples(doc.events, optionFlag(r.options, 'require_dyad', true));
}

/** Read, code and score a PETRARCH records file. */
export function evaluatePetrarch(recordsPath: string, opts: PetrarchEvalOptions = {}): PetrarchEval {
  const records = readPetrarchRecords(readFileSync(recordsPath, 'utf8'), DEFAULTS);
  const dictionaries = opts.dictionaries?.length ? opts.dictionaries : defaultDictionaries(recordsPath);
  // PETRARCH's records expect its own convention: a bare country stays a bare country.
  const coder = createCoder({ builtin: false, dictionaries, syntax: opts.syntax, statesAsGovernments: false });
  // Records run with require_dyad=false need a coder that keeps events done to no one.
  let loose: Coder | null = null;
  const coderFor = (r: PetrarchRecord) => (optionFlag(r.options, 'require_dyad', true) ? coder : (loose ??= createCoder({ builtin: false, dictionaries, syntax: opts.syntax, requireDyad: false, statesAsGovernments: false })));
  const results = records.map((r) => scoreRecord(r, codeRecord(coderFor(r), r)));
  const ignoredOptions: Record<string, number> = {};
  for (const r of records) {
    for (const [k, v] of Object.entries(r.options)) if (!HONOURED.has(k) && DEFAULTS[k] !== undefined && v !== DEFAULTS[k]) ignoredOptions[`${k}=${v}`] = (ignoredOptions[`${k}=${v}`] ?? 0) + 1;
  }
  return { records: recordsPath, dictionaries, results, summary: summarize(results), ignoredOptions, dictionaryIssues: coder.issues.length };
}
