import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';

const WINDOW = 3; // sentences back
const SAME_NOUN_WINDOW = 12; // sentences back for a mention with the same role noun

// The role noun an agent mention was named by ("embassy" of "agent:GOV:embassy" and of
// "country:USA+agent:GOV:embassy").
const roleNoun = (m: ActorMention) => /agent:[A-Z]+:([^+]+)/.exec(m.ref ?? '')?.[1] ?? null;

/**
 * A bare role noun ("the president", "lawmakers", "the administration") names the sector of a country
 * the article has just been talking about: it takes the country of the nearest earlier mention with
 * the same role within a few sentences ("U.S. lawmakers ... Republican lawmakers praised"). With no
 * such mention it stays without a country rather than borrowing the nearest country name. A mention
 * with the same role noun ("the US Embassy ... the embassy") is preferred over a nearer one of the same
 * sector, and looked for further back.
 */
export function inheritCountries(doc: Doc, mentions: ActorMention[]): void {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i < ordered.length; i++) {
    const m = ordered[i];
    if (m.kind !== 'agent' || m.actor.country || !m.actor.role) continue;
    const sentence = doc.tokens[m.tokenStart].sentence;
    // "the embassy" is the embassy named last ("the US Embassy in London"), whoever spoke in between.
    const noun = roleNoun(m);
    let found = false;
    for (let j = i - 1; noun && j >= 0; j--) {
      const p = ordered[j];
      if (doc.tokens[p.tokenStart].sentence < sentence - SAME_NOUN_WINDOW) break;
      if (p.locative || !p.actor.country || p.actor.role !== m.actor.role || roleNoun(p) !== noun) continue;
      m.actor = { ...m.actor, code: p.actor.country + m.actor.role, country: p.actor.country };
      m.ref = `${m.ref}+context:${p.id}`;
      found = true;
      break;
    }
    for (let j = i - 1; !found && j >= 0; j--) {
      const p = ordered[j];
      if (doc.tokens[p.tokenStart].sentence < sentence - WINDOW) break;
      if (p.locative || !p.actor.country || p.actor.role !== m.actor.role) continue;
      m.actor = { ...m.actor, code: p.actor.country + m.actor.role, country: p.actor.country };
      m.ref = `${m.ref}+context:${p.id}`;
      break;
    }
  }
}
