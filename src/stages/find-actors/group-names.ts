import type { Token } from '../../model/span.js';
import { PEOPLE_HEADS, type NameMatch } from './match-names.js';

/** Name matches that form one noun phrase ("Russian President Vladimir Putin", "Assad's government"). */
export interface NameGroup {
  matches: NameMatch[];
  start: number; // first token
  end: number; // one past the last token (trailing plain nouns included: "Syrian insurgent groups")
  possessive: boolean; // first part is a possessor ("Assad's government")
}

const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE = new Set(["'s", "'", '’s']);

// Only role nouns and plain nouns may follow a name inside one phrase; a second proper name after a
// complete one ("Russia Syria") is a new phrase, as is anything after a verb, comma or conjunction.
function canJoin(tokens: Token[], prev: NameMatch, next: NameMatch): { join: boolean; possessive: boolean } {
  let possessive = false;
  for (let t = prev.end; t < next.start; t++) {
    const tok = tokens[t];
    if (t === prev.end && POSSESSIVE.has(tok.lower)) { possessive = true; continue; }
    if (!MODIFIER.has(tok.pos) || /^[A-Z]/.test(tok.text) && tok.pos === 'PROPN') return { join: false, possessive: false };
  }
  const pk = prev.phrase.target.kind;
  const nk = next.phrase.target.kind;
  if (nk === 'agent') return { join: true, possessive };
  // A dictionary name right after a title is the title's holder: "Bree Prime Minister Romendacil".
  if (pk === 'agent' && nk === 'country' && prev.end === next.start) return { join: true, possessive: false };
  // A title or demonym before a person or organisation: "President Putin", "Syrian President Assad".
  if ((nk === 'person' || nk === 'org') && (pk === 'agent' || pk === 'adj') && !possessive) return { join: true, possessive };
  // A demonym before a country-level name is rare; "U.S. Congress" (org after country) joins.
  if (nk === 'org' && pk === 'country' && !possessive) return { join: true, possessive };
  return { join: false, possessive: false };
}

/** Group adjacent name matches of one sentence into noun phrases. */
export function groupNames(tokens: Token[], matches: NameMatch[], sentenceEnd: number): NameGroup[] {
  const groups: NameGroup[] = [];
  let current: NameGroup | null = null;
  for (const m of matches) {
    if (current) {
      const last = current.matches[current.matches.length - 1];
      const { join, possessive } = canJoin(tokens, last, m);
      if (join) {
        current.matches.push(m);
        current.end = m.end;
        if (possessive && current.matches.length === 2) current.possessive = true;
        continue;
      }
    }
    current = { matches: [m], start: m.start, end: m.end, possessive: false };
    groups.push(current);
  }
  // Plain nouns right after a role noun belong to the phrase: "insurgent groups", "security force units".
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    const limit = g + 1 < groups.length ? groups[g + 1].start : sentenceEnd;
    const last = group.matches[group.matches.length - 1].phrase.target.kind;
    if (last !== 'agent' && last !== 'adj') continue;
    // After a demonym only a noun for people joins ("Iranian militia"): "Russian aggression",
    // "Iranian attack plans" keep their event noun out of the actor, so patterns can read it.
    const joins = (t: number) => tokens[t].pos === 'NOUN' && (last === 'agent' || PEOPLE_HEADS.has(tokens[t].lemma));
    while (group.end < limit && group.end - group.matches[group.matches.length - 1].end < 2 && joins(group.end)) group.end++;
  }
  return groups;
}
