import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';

const LIST_GLUE = new Set([',', 'and', 'or', 'nor', '&']);

/** "Syrian and Turkish officials": a bare demonym before "and" shares the next phrase's role noun. */
export function shareRoleNouns(doc: Doc, mentions: ActorMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.kind !== 'country' || a.actor.role || !b.actor.role || !b.actor.country) continue;
    if (doc.tokens[a.tokenStart].lower === doc.tokens[a.tokenStart].lemma && !/an$|ish$|ese$|i$|ic$/.test(doc.tokens[a.tokenStart].lower)) continue;
    if (!onlyGlue(doc, a.tokenEnd, b.tokenStart)) continue;
    a.actor = { ...a.actor, code: a.actor.country + b.actor.role, role: b.actor.role, name: `${a.actor.name} ${b.actor.role}` };
    a.kind = 'agent';
  }
}

function onlyGlue(doc: Doc, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let t = from; t < to; t++) if (!LIST_GLUE.has(doc.tokens[t].lower)) return false;
  return true;
}

const ROLE_PREPS = new Set(['of', 'from', 'in']);

/** "ministers from Turkey, Syria and Russia", "the president of Syria", "soldiers in Gondor": a role noun takes its country from "of/from/in". */
export function attachCountries(doc: Doc, mentions: ActorMention[], lists: ActorMention[][]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (m.kind === 'agent' && !m.actor.country) {
      const prep = doc.tokens[m.tokenEnd];
      const after = (x: ActorMention) => x.tokenStart === m.tokenEnd + 1 || (x.tokenStart === m.tokenEnd + 2 && doc.tokens[m.tokenEnd + 1].pos === 'DET');
      const single = mentions.find((x) => x !== m && after(x));
      const list = prep && ROLE_PREPS.has(prep.lower) ? lists.find((l) => after(l[0])) ?? (single ? [single] : undefined) : undefined;
      if (list && list.every((c) => c.actor.country && !c.actor.role)) {
        const role = m.actor.role;
        const members = list.map((c) => ({ ...c, id: `${c.id}~${role}`, actor: { ...c.actor, code: c.actor.country + (role ?? ''), role }, kind: 'agent' as const, locative: undefined }));
        out.push(...members);
        if (members.length === 1) {
          Object.assign(m, { actor: members[0].actor, end: list[0].end, tokenEnd: list[0].tokenEnd, ref: `${m.ref}+${list[0].ref}` });
          out.pop();
        } else {
          m.kind = 'compound';
          m.members = members.map((x) => x.id);
          m.end = list[list.length - 1].end;
          m.tokenEnd = list[list.length - 1].tokenEnd;
        }
        list.forEach((c) => (c.locative = true)); // the country names now serve the role noun
      } else if (prep && (prep.lower === 'for' || prep.lower === 'of' || prep.lower === 'from') && single?.kind === 'org') {
        // "a spokesman for the PMF", "the head of the IAEA", "diplomats from the Group of Seven": the
        // person speaks for the organisation.
        Object.assign(m, { actor: { ...single.actor }, kind: 'org', end: single.end, tokenEnd: single.tokenEnd, ref: `${m.ref}+${single.ref}` });
        single.locative = true;
      }
    }
    out.push(m);
  }
  return out;
}

/** Lists of mentions joined by commas and "and": "Turkey, Syria, and Russia", "Erdogan and Assad". */
export function findLists(doc: Doc, mentions: ActorMention[]): ActorMention[][] {
  const lists: ActorMention[][] = [];
  let current: ActorMention[] = [];
  for (const m of mentions) {
    const prev = current[current.length - 1];
    // A member's own determiner and adjectives are not glue: "Evil Mordor, the awful Fornost, and good Gondor".
    let from = m.tokenStart;
    while (prev && from > prev.tokenEnd + 1 && (doc.tokens[from - 1].pos === 'DET' || doc.tokens[from - 1].pos === 'ADJ')) from--;
    // "in Fornost and Gondor": a place joined by a bare "and" to a place after "in" is a place there too.
    const samePlace = !!prev?.locative && !m.locative && (m.kind === 'country' || m.kind === 'seat') && !doc.tokens.slice(prev.tokenEnd, from).some((t) => t.text === ',');
    if (prev && onlyGlue(doc, prev.tokenEnd, from) && (!m.locative === !prev.locative || samePlace)) {
      if (samePlace) m.locative = true;
      current.push(m);
    } else {
      if (current.length > 1) lists.push(current);
      current = [m];
    }
  }
  if (current.length > 1) lists.push(current);
  // "Erdogan met Putin, and Turkish jets attacked ...": a last member followed by a verb opens a new
  // clause when the list stands after a verb (as an object), so it leaves the list.
  const trimmed = lists.map((l) => {
    const first = l[0];
    const last = l[l.length - 1];
    const before = doc.tokens[first.tokenStart - 1];
    const after = doc.tokens[last.tokenEnd];
    const commaAnd = l.length === 2 && doc.tokens.slice(first.tokenEnd, last.tokenStart).some((t) => t.text === ',');
    const objectPosition = before && (before.pos === 'VERB' || (before.pos === 'ADP' && commaAnd));
    return objectPosition && after && (after.pos === 'VERB' || after.pos === 'AUX') ? l.slice(0, -1) : l;
  }).filter((l) => l.length > 1);
  // A list must end with "and"/"or" before its last member, or it is just commas between phrases.
  return trimmed.filter((l) => {
    const last = l[l.length - 1];
    const before = l[l.length - 2];
    for (let t = before.tokenEnd; t < last.tokenStart; t++) if (doc.tokens[t].lower === 'and' || doc.tokens[t].lower === 'or' || doc.tokens[t].lower === 'nor' || doc.tokens[t].lower === '&') return true;
    return false;
  });
}

/** Make a compound mention covering a list, pointing at its members. */
export function compoundOf(list: ActorMention[]): ActorMention {
  const first = list[0];
  const last = list[list.length - 1];
  return {
    id: `actor:${first.start}-${last.end}`,
    start: first.start,
    end: last.end,
    label: 'actor',
    by: 'find-actors:compound',
    kind: 'compound',
    tokenStart: first.tokenStart,
    tokenEnd: last.tokenEnd,
    headToken: first.headToken,
    members: list.map((m) => m.id),
    plural: true,
    actor: { code: '', country: null, role: null, name: list.map((m) => m.actor.name).join(' + ') },
  };
}
