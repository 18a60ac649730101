/**
 * News introduces the people the dictionaries do not know with an apposition: "Brekelmans, the
 * Dutch defence minister, said", "Iraq's foreign minister, Fuad Hussein, met". The role phrase is
 * coded (NLDGOV) and the name is not; set off by commas, the two name one person, so the name takes
 * the role's code and the role mention is marked as the same actor (no event between the two).
 */
import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';

const ARTICLES = new Set(['the', 'a', 'an']);
const CLOSERS = new Set([',', '.', ';', ':', ')', '—', '–']);

// A coded role: an agent with a sector ("the Dutch defence minister" NLDGOV, "a spokesman for the
// PMF"), not a bare country or organisation name.
const isRole = (m: ActorMention) => (m.kind === 'agent' || (m.kind === 'org' && !!m.ref?.includes('agent:'))) && !!m.actor.code && !!m.actor.role && !m.locative;

/** Give each unknown name in an apposition with a coded role that role's code; `mentions` are one sentence's. */
export function resolveAppositions(doc: Doc, unknown: ActorMention[], mentions: ActorMention[], sentenceEnd: number): void {
  if (!unknown.length) return;
  const tokens = doc.tokens;
  const startingAt = new Map<number, ActorMention>();
  const endingAt = new Map<number, ActorMention>();
  for (const m of mentions) {
    if (!isRole(m)) continue;
    startingAt.set(m.tokenStart, m);
    endingAt.set(m.tokenEnd, m);
  }
  const closes = (t: number) => t >= sentenceEnd || CLOSERS.has(tokens[t].text);
  for (const u of unknown) {
    let role: ActorMention | undefined;
    // Name, [the] role,
    if (tokens[u.tokenEnd]?.text === ',') {
      const at = ARTICLES.has(tokens[u.tokenEnd + 1]?.lower) ? u.tokenEnd + 2 : u.tokenEnd + 1;
      const m = startingAt.get(at);
      if (m && closes(m.tokenEnd)) role = m;
    }
    // [the] role, Name,
    if (!role && u.tokenStart >= 2 && tokens[u.tokenStart - 1].text === ',' && closes(u.tokenEnd)) {
      const m = endingAt.get(u.tokenStart - 1);
      const before = m ? tokens[m.tokenStart - 1] : undefined;
      // "..., the minister, Name": the role must open its phrase, not end a list of names.
      if (m && (!before || ARTICLES.has(before.lower) || before.text === ',' || before.pos === 'ADP' || before.pos === 'VERB' || m.tokenStart === 0)) role = m;
    }
    if (!role) continue;
    u.kind = 'agent';
    u.actor = { ...role.actor, name: u.actor.name };
    if (role.roles) u.roles = role.roles;
    u.ref = `${role.ref ?? role.id}+appos`;
    u.corefOf = [role.id];
    role.corefOf = [...(role.corefOf ?? []), u.id];
  }
}
