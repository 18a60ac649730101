import type { Doc } from '../model/doc.js';
import { EventwireError } from '../model/errors.js';
import type { Layer, Stage, StageFn } from './stage.js';

/** A built pipeline: stages checked for order and ready to run. */
export interface Pipeline {
  stages: string[];
  run(doc: Doc): Doc;
}

/** Build a pipeline from an ordered list of stages, checking that each requirement is met earlier. */
export function buildPipeline<D>(stages: Stage<D, any>[], deps: D, options: Record<string, unknown> = {}): Pipeline {
  const have = new Set<Layer>(['text']);
  const fns: Array<{ name: string; version: string; fn: StageFn }> = [];
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !have.has(layer));
    if (missing.length) {
      throw new EventwireError('EW_ERR_STAGE_ORDER', `stage ${stage.name} requires ${missing.join(', ')}, which no earlier stage assigns`);
    }
    stage.assigns.forEach((layer) => have.add(layer));
    fns.push({ name: stage.name, version: stage.version, fn: stage.create(deps, options[stage.name] ?? {}) });
  }
  return {
    stages: fns.map((s) => s.name),
    run(doc: Doc): Doc {
      let current = doc;
      for (const s of fns) {
        current = s.fn(current);
        current.runs.push({ stage: s.name, version: s.version });
      }
      return current;
    },
  };
}
