import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EventwireError } from '../../model/errors.js';

const ACTOR = z.string().regex(/^[A-Z0-9]{3,}$/, 'an actor code such as SYR or SYRGOV').nullable();
const FACTUALITY = z.enum(['asserted', 'reported', 'denied', 'hypothetical', 'negated', 'future']);

const GoldEvent = z.object({
  id: z.string(),
  source: ACTOR,
  target: ACTOR,
  root: z.string().regex(/^\d{2}$/),
  codes: z.array(z.string().regex(/^\d{2,4}$/)).min(1),
  symmetric: z.boolean().default(false),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  location: z.string().nullable().optional(),
  factuality: FACTUALITY,
  required: z.boolean(),
  evidence: z.unknown().optional(),
});

const Forbidden = z.object({
  source: ACTOR.optional(),
  target: ACTOR.optional(),
  root: z.string().regex(/^\d{2}$/).optional(),
  factuality: FACTUALITY.optional(),
  /** Only events dated within this (yyyy[-mm[-dd]]) are forbidden: another meeting of the same pair may be real. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  why: z.string().optional(),
});

const GoldFile = z.object({
  doc: z.string(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  events: z.array(GoldEvent),
  forbidden: z.array(Forbidden).default([]),
});

/** One expected event of a gold file. */
export type GoldEvent = z.infer<typeof GoldEvent>;
/** An event that must not be produced. */
export type Forbidden = z.infer<typeof Forbidden>;
/** A gold file: the expected events of one article. */
export type GoldFile = z.infer<typeof GoldFile>;

/** Read and validate a gold file; a bad file throws an error naming it and the field. */
export function readGoldFile(path: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new EventwireError('EW_ERR_INPUT', `${path}: not readable JSON: ${(err as Error).message}`);
  }
  const parsed = GoldFile.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new EventwireError('EW_ERR_INPUT', `${path}: ${first.path.join('.') || '(top)'}: ${first.message}`);
  }
  return parsed.data;
}
