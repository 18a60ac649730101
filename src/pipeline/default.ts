import type { CompiledDictionary } from '../dictionaries/compile.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { segmentStage } from '../stages/segment/segment.js';
import { findActorsStage } from '../stages/find-actors/find-actors.js';
import { codeEventsStage } from '../stages/code-events/code-events.js';
import { judgeFactualityStage } from '../stages/judge-factuality/judge-factuality.js';
import { placeEventsStage } from '../stages/place-events/place-events.js';
import { mergeEventsStage } from '../stages/merge-events/merge-events.js';
import { defineStage } from './stage.js';

/** What the default stages need: the compiled dictionaries. */
export interface PipelineDeps {
  dictionary: CompiledDictionary;
}

const noDates = defineStage<unknown, unknown>({ name: 'ground-dates', version: '0', requires: ['sentences'], assigns: ['dates'], create: () => (d) => d });

/** The full coding pipeline, in the order of the flow in DESIGN.md. */
export function defaultPipeline(deps: PipelineDeps): Pipeline {
  return buildPipeline<any>([segmentStage, findActorsStage, noDates, codeEventsStage, judgeFactualityStage, placeEventsStage, mergeEventsStage], deps);
}
