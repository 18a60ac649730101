import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';

const WINDOW = 3; // sentences back

/**
 * A bare role noun ("the president", "lawmakers", "the administration") names the sector of a country
 * the article has just been talking about: it takes the country of the nearest earlier mention with
 * the same role within a few sentences ("U.S. lawmakers ... Republican lawmakers praised"). With no
 * such mention it stays without a country rather than borrowing the nearest country name.
 */
export function inheritCountries(doc: Doc, mentions: ActorMention[]): void {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i < ordered.length; i++) {
    const m = ordered[i];
    if (m.kind !== 'agent' || m.actor.country || !m.actor.role) continue;
    const sentence = doc.tokens[m.tokenStart].sentence;
    for (let j = i - 1; j >= 0; j--) {
      const p = ordered[j];
      if (doc.tokens[p.tokenStart].sentence < sentence - WINDOW) break;
      if (p.locative || !p.actor.country || p.actor.role !== m.actor.role) continue;
      m.actor = { ...m.actor, code: p.actor.country + m.actor.role, country: p.actor.country };
      m.ref = `${m.ref}+context:${p.id}`;
      break;
    }
  }
}
