import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';

// Procedures only one body of a state can carry out: "Clinton was impeached" (by the legislature),
// "Manafort was convicted" (by the courts).
const PROCEDURES = new Map([['impeach', 'LEG'], ['convict', 'JUD'], ['acquit', 'JUD'], ['sentence', 'JUD'], ['indict', 'JUD']]);

/**
 * The body that did a passive procedure whose maker the text leaves out, of the country of the one it
 * was done to, named by the characters of the verb that implies it; null for other verbs or when that
 * country is unknown.
 */
export function procedureAgent(doc: Doc, t: number, target: ActorMention | null): ActorMention | null {
  const tok = doc.tokens[t];
  const role = PROCEDURES.get(tok.lemma);
  const country = target?.actor.country;
  if (!role || !country) return null;
  const body = role === 'LEG' ? 'legislature' : 'courts';
  return {
    id: `actor:${tok.start}-${tok.end}~procedure`, start: tok.start, end: tok.end, label: 'actor', by: 'code-events:procedure',
    ref: `procedure:${tok.lemma}`, tokenStart: t, tokenEnd: t + 1, headToken: t, kind: 'agent',
    actor: { code: country + role, country, role, name: `${country} ${body} (implied by "${tok.text}")` },
  };
}
