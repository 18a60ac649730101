import type { CompiledDictionary } from '../dictionaries/compile.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { extractTextStage } from '../stages/extract-text/extract-text.js';
import { segmentStage } from '../stages/segment/segment.js';
import { findActorsStage } from '../stages/find-actors/find-actors.js';
import { parseStage } from '../stages/parse/parse-stage.js';
import type { Parser } from '../stages/parse/parser.js';
import { codeEventsStage } from '../stages/code-events/code-events.js';
import { judgeFactualityStage } from '../stages/judge-factuality/judge-factuality.js';
import { placeEventsStage } from '../stages/place-events/place-events.js';
import { mergeEventsStage } from '../stages/merge-events/merge-events.js';
import { groundDatesStage } from '../stages/ground-dates/ground-dates.js';

/** What the default stages need: compiled dictionaries and, for syntax, the parser (null = word order only). */
export interface PipelineDeps {
  dictionary: CompiledDictionary;
  parser: Parser | null;
  /** Drop events done to no one (default true). */
  requireDyad?: boolean;
  /** Code bare countries as governments in diplomatic roots (default true). */
  statesAsGovernments?: boolean;
}


/**
 * The full coding pipeline. Parsing runs after find-actors (unlike the flow drawn in DESIGN.md) so
 * that only sentences holding an actor and a possible trigger pay for it.
 */
export function defaultPipeline(deps: PipelineDeps): Pipeline {
  const stages = [extractTextStage, segmentStage, findActorsStage, parseStage, groundDatesStage, codeEventsStage, judgeFactualityStage, placeEventsStage, mergeEventsStage];
  // Events take dates from their own sentence, which must hold an actor and a pattern match or an event
  // noun: other sentences need no dates (chrono is costly).
  return buildPipeline<any>(stages, deps, { 'ground-dates': { sentences: 'with-candidates' } });
}
