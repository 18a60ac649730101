/**
 * Partitive and collective heads: "thousands of Iraqis", "hundreds of protesters", "a group of
 * rebels", "some of the soldiers". The head word names a quantity, not an actor; the actor is the
 * noun after "of", and it is the one that acts ("thousands of Iraqis protested" is Iraqis
 * protesting). Such a head is never an unknown name either ("Dozens of Syrian rebels ...").
 */
import type { Token } from '../../model/span.js';

export const PARTITIVE_HEADS = new Set([
  'thousands', 'hundreds', 'dozens', 'millions', 'scores', 'tens', 'thousand', 'hundred', 'dozen', 'million',
  'number', 'group', 'groups', 'crowd', 'crowds', 'throng', 'throngs', 'band', 'bands', 'handful', 'contingent',
  'majority', 'minority', 'rest', 'some', 'many', 'most', 'all', 'several', 'few', 'none', 'both', 'each',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** Is this token a partitive head (a listed word, or a number written in digits)? */
export function isPartitive(tok: Token): boolean {
  return PARTITIVE_HEADS.has(tok.lower) || (tok.pos === 'NUM' && /^\d[\d,.]*$/.test(tok.text));
}

/** Is token `of` the "of" right after a partitive head ("thousands of", "a group of")? */
export function partitiveOf(tokens: Token[], of: number, start: number): boolean {
  if (tokens[of]?.lower !== 'of' || of - 1 < start) return false;
  return isPartitive(tokens[of - 1]);
}
