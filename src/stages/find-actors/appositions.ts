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

// "an al-Qaeda member", "a Hamas commander": an organisation's name before one of these nouns names
// one of its people.
const MEMBER_NOUNS = new Set(['member', 'leader', 'commander', 'fighter', 'militant', 'official', 'spokesman', 'spokeswoman', 'spokesperson',
  'chief', 'head', 'activist', 'lawmaker', 'politician', 'candidate', 'operative', 'figure', 'cleric', 'organiser', 'organizer', 'founder', 'co-founder']);
// Prepositions of a role's complement: "spokeswoman for the Department of Justice", "head of the council".
const COMPLEMENT = new Set(['for', 'of', 'at', 'in', 'to', 'with']);
const GIVERS = new Set(['org', 'agent']);

/** Give each unknown name in an apposition with a coded role that role's code; `mentions` are one sentence's. */
export function resolveAppositions(doc: Doc, unknown: ActorMention[], mentions: ActorMention[], sentenceEnd: number): void {
  if (!unknown.length) return;
  const tokens = doc.tokens;
  const startingAt = new Map<number, ActorMention>();
  const endingAt = new Map<number, ActorMention>();
  const orgAt = new Map<number, ActorMention>();
  for (const m of mentions) {
    if (GIVERS.has(m.kind) && m.actor.code && !m.locative) orgAt.set(m.tokenStart, m);
    if (!isRole(m)) continue;
    startingAt.set(m.tokenStart, m);
    endingAt.set(m.tokenEnd, m);
  }
  const closes = (t: number) => t >= sentenceEnd || CLOSERS.has(tokens[t].text);
  // The role phrase ends the apposition, or its complement does ("spokeswoman for X,", "member and son of Y,").
  const closesPhrase = (t: number) => {
    if (closes(t)) return true;
    if (!COMPLEMENT.has(tokens[t].lower) && tokens[t].lower !== 'and') return false;
    for (let k = t + 1; k < Math.min(sentenceEnd, t + 14); k++) if (CLOSERS.has(tokens[k].text)) return true;
    return false;
  };
  for (const u of unknown) {
    let role: ActorMention | undefined;
    // Name, [the] [high-ranking] role,
    if (tokens[u.tokenEnd]?.text === ',') {
      let at = ARTICLES.has(tokens[u.tokenEnd + 1]?.lower) ? u.tokenEnd + 2 : u.tokenEnd + 1;
      const modifier = (t: number) => tokens[t].pos === 'ADJ' || (tokens[t].text === '-' && tokens[t].start === tokens[t - 1].end);
      while (at < sentenceEnd && modifier(at) && !startingAt.has(at) && !orgAt.has(at)) at++;
      const m = startingAt.get(at);
      if (m && closesPhrase(m.tokenEnd)) role = m;
      const org = m ? undefined : orgAt.get(at);
      if (org && MEMBER_NOUNS.has(tokens[org.tokenEnd]?.lower ?? '') && closesPhrase(org.tokenEnd + 1)) role = org;
    }
    // Name of [the] organisation: "Joanna Cherry of the Scottish National Party".
    if (!role && tokens[u.tokenEnd]?.lower === 'of') {
      const at = ARTICLES.has(tokens[u.tokenEnd + 1]?.lower) ? u.tokenEnd + 2 : u.tokenEnd + 1;
      const org = orgAt.get(at);
      if (org && org.kind === 'org' && (closes(org.tokenEnd) || tokens[org.tokenEnd].pos === 'VERB' || tokens[org.tokenEnd].pos === 'AUX')) role = org;
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
