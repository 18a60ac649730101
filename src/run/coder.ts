import type { Doc } from '../model/doc.js';
import { EventwireError } from '../model/errors.js';
import { loadCompiled, type CompiledDictionary } from '../dictionaries/compile.js';
import type { DictionaryIssue } from '../dictionaries/schema.js';
import { BUILTIN_DICTIONARIES } from '../dictionaries/load.js';
import { defaultPipeline } from '../pipeline/default.js';
import { loadParser, type Parser } from '../stages/parse/parser.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { readInputs, inputToDoc, isInputProblem, type InputProblem, type ReadInputsOptions } from '../input/read-inputs.js';

/** A ready coder: compiled dictionaries and the pipeline built over them. */
export interface Coder {
  dictionary: CompiledDictionary;
  issues: DictionaryIssue[];
  pipeline: Pipeline;
  /** Code one doc (already holding raw input) through every stage. */
  code(doc: Doc): Doc;
}

/** Options for building a coder: extra dictionary folders, and whether the built-in ones are used. */
export interface CoderOptions {
  dictionaries?: string[];
  builtin?: boolean;
  /** 'parse' (default) takes source and target from the dependency parse; 'order' from word order alone. */
  syntax?: 'parse' | 'order';
  /** Drop events done to no one, as PETRARCH's require_dyad (default true). */
  requireDyad?: boolean;
  /** Code a bare country acting diplomatically as its government (default true); PETRARCH does not. */
  statesAsGovernments?: boolean;
}

let sharedParser: Parser | null = null;

/** Load dictionaries and build the pipeline; refuses dictionaries with errors. */
export function createCoder(opts: CoderOptions = {}): Coder {
  const dirs = [...(opts.builtin === false ? [] : [BUILTIN_DICTIONARIES]), ...(opts.dictionaries ?? [])];
  const { compiled, issues } = loadCompiled(dirs);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) {
    const list = errors.slice(0, 10).map((i) => `  ${i.file}:${i.line}: ${i.message}`).join('\n');
    throw new EventwireError('EW_ERR_DICTIONARY', `dictionaries have ${errors.length} error(s):\n${list}`);
  }
  const parser = opts.syntax === 'order' ? null : (sharedParser ??= loadParser());
  const pipeline = defaultPipeline({ dictionary: compiled, parser, requireDyad: opts.requireDyad ?? true, statesAsGovernments: opts.statesAsGovernments ?? true });
  return { dictionary: compiled, issues, pipeline, code: (doc) => pipeline.run(doc) };
}

/** One result of coding a batch: a coded doc, or a problem with one input. */
export type BatchItem = { doc: Doc; origin: { input: string; line?: number } } | { problem: InputProblem };

/** Read and code every input, yielding coded docs and input problems in input order. */
export function* codeInputs(coder: Coder, paths: string[], opts: ReadInputsOptions & { published?: string | null } = {}): Generator<BatchItem> {
  for (const item of readInputs(paths, opts)) {
    if (isInputProblem(item)) {
      yield { problem: item };
      continue;
    }
    const doc = inputToDoc(item);
    if (opts.published) doc.published = opts.published;
    yield { doc: coder.code(doc), origin: item.origin };
  }
}
