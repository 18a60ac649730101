import type { Doc } from '../../model/doc.js';

/** Singular common nouns for bodies that have leaders, members or forces of their own. */
export const BODY_NOUNS = new Set(['group', 'organisation', 'organization', 'party', 'movement', 'company', 'firm', 'network', 'militia', 'faction', 'outfit', 'agency', 'union', 'coalition', 'alliance', 'association', 'body', 'council', 'committee', 'board', 'newspaper', 'channel', 'station', 'charity', 'bank', 'club', 'team', 'regime', 'cartel', 'gang', 'sect', 'church', 'university', 'court', 'commission', 'bloc', 'cabinet', 'army', 'force']);

/**
 * "banned the group and arrested its leaders", "the group's leaders": the owner named by "its",
 * "their" or "'s" right before token `t` is a body named by a common noun that no actor covers.
 * Looks back through the sentence for the nearest noun before the possessive.
 */
export function ownedByUncodedBody(doc: Doc, t: number, covered: (token: number) => boolean): boolean {
  const prev = doc.tokens[t - 1];
  if (!prev || prev.sentence !== doc.tokens[t].sentence) return false;
  if (prev.lower === "'s" || prev.lower === '’s') {
    const owner = doc.tokens[t - 2];
    return !!owner && owner.pos === 'NOUN' && BODY_NOUNS.has(owner.lower) && !covered(t - 2) && !codedModifier(doc, t - 2, covered);
  }
  if (prev.lower !== 'its' && prev.lower !== 'their') return false;
  for (let k = t - 2; k >= 0 && doc.tokens[k].sentence === prev.sentence; k--) {
    if (covered(k)) return false;
    if (doc.tokens[k].pos === 'NOUN') return BODY_NOUNS.has(doc.tokens[k].lower) && !codedModifier(doc, k, covered);
  }
  return false;
}

// "the Minneapolis city council": a body whose own phrase names a coded actor has that code.
function codedModifier(doc: Doc, noun: number, covered: (token: number) => boolean): boolean {
  for (let j = noun - 1; j >= 0 && doc.tokens[j].sentence === doc.tokens[noun].sentence; j--) {
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(doc.tokens[j].pos)) return false;
    if (covered(j)) return true;
  }
  return false;
}
