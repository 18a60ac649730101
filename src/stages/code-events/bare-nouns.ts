import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/span.js';
import type { CompiledDictionary } from '../../dictionaries/compile.js';
import { patternsFor } from './match-pattern.js';

const ANAPHORIC_DET = new Set(['the', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'such']);
// Roots whose nouns name a happening between the possessors themselves: "their meeting", "their talks".
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06']);

/** The plain meaning of an event noun: the code of its most general (shortest) pattern, or null. */
export function nounCode(dict: CompiledDictionary, tok: Token): string | null {
  if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN') return null;
  const patterns = patternsFor(dict.nouns, tok);
  if (!patterns?.length) return null;
  let best = patterns[0];
  for (const p of patterns) if (p.weight < best.weight) best = p;
  return best.code;
}

/**
 * An event noun that no pattern matched in full. "their last encounter" (two possessors) is a mutual
 * event between them; "the meeting took place on Wednesday" (a definite noun with no actors) refers
 * back to an event already coded and is kept as a reference for merge-events to date.
 */
export function bareNoun(doc: Doc, dict: CompiledDictionary, t: number, possessor: ActorMention | null): { code: string } | null {
  const tok = doc.tokens[t];
  const code = nounCode(dict, tok);
  if (!code) return null;
  const root = dict.cameo.get(code)?.root ?? '';
  if (possessor?.kind === 'compound' && (possessor.members?.length ?? 0) >= 2 && MUTUAL_ROOTS.has(root)) return { code };
  const det = doc.tokens[t - 1];
  if (!possessor && det && ANAPHORIC_DET.has(det.lower)) {
    doc.triggers.push({ id: `trigger:${tok.start}-${tok.end}`, start: tok.start, end: tok.end, label: 'event-reference', by: 'code-events', ref: code });
  }
  return null;
}
