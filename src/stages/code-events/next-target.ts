import type { ActorMention } from '../../model/actor.js';
import type { Token } from '../../model/span.js';
import type { MatchContext } from './match-pattern.js';

// Where the target comes from for `target: next` patterns (dictionaries/FORMAT.md).

// A short comma-delimited aside ("..., the state's fiercest foe, ...", "..., a senior official said.") of
// 2 to 8 words, as TABARI's default comma rules: returns the token after it, or -1 when `t` opens none.
function asideEnd(tokens: Token[], t: number, end: number): number {
  if (tokens[t].text !== ',') return -1;
  let words = 0;
  for (let k = t + 1; k < end; k++) {
    const tok = tokens[k];
    if (tok.text === ',' || tok.text === ';' || (tok.pos === 'PUNCT' && k === end - 1)) return words >= 2 && words <= 8 ? k : -1;
    if (tok.pos !== 'PUNCT') words++;
  }
  return words >= 2 && words <= 8 ? end : -1;
}

/**
 * PETRARCH's rule for patterns that name no target: the first actor after the verb that no slot took,
 * not inside a short comma-delimited aside. Pronouns resolved to an earlier actor are not names, and in
 * a passive the target is the subject.
 */
export function nextTarget(ctx: MatchContext, from: number, used: ActorMention[]): ActorMention | null {
  if (ctx.passive) return null;
  for (let t = from; t < ctx.end; t++) {
    const skip = asideEnd(ctx.tokens, t, ctx.end);
    if (skip >= 0) {
      t = skip - 1;
      continue;
    }
    const a = ctx.actorAt(t);
    if (!a || a.by === 'find-actors:coref' || used.some((u) => u.tokenStart <= t && t < u.tokenEnd)) continue;
    return a;
  }
  return null;
}

