import type { Doc } from '../model/doc.js';

/** A doc layer a stage can require or assign. */
export type Layer = 'text' | 'sentences' | 'tokens' | 'parse' | 'actors' | 'dates' | 'places' | 'triggers' | 'events' | 'factuality' | 'merged';

/** Run one doc through a stage; stages do no I/O and return the doc. */
export type StageFn = (doc: Doc) => Doc;

/** A pipeline stage: what it needs, what it adds, and how to build it from its dependencies. */
export interface Stage<D = unknown, O = unknown> {
  name: string;
  version: string;
  requires: Layer[];
  assigns: Layer[];
  create(deps: D, options: O): StageFn;
}

/** Declare a stage (identity helper that keeps the types). */
export function defineStage<D, O>(stage: Stage<D, O>): Stage<D, O> {
  return stage;
}
