/**
 * News names a person in full once ("journalist Jamal Khashoggi", "British Prime Minister Boris
 * Johnson") and by surname after that. A bare name the dictionaries do not know (an uncoded mention)
 * that repeats the last word, or the whole, of a person's name met earlier in the same article is
 * that person: it takes the earlier mention's code, roles and entry. The same holds for an
 * institution and its head word ("the House of Representatives ... the House").
 */
import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';

// The name words of a mention: its tokens after the last lower-case word or title ("Jamal Khashoggi"
// of "journalist Jamal Khashoggi"); at least two of them make a full name.
function nameWords(doc: Doc, m: ActorMention): string[] {
  const words: string[] = [];
  for (let t = m.tokenEnd - 1; t >= m.tokenStart; t--) {
    const tok = doc.tokens[t];
    if (tok.pos !== 'PROPN' || !/^[A-Z]/.test(tok.text)) break;
    words.unshift(tok.text);
  }
  return words;
}

/** Give uncoded mentions the code of the person named in full earlier in the doc; `mentions` in text order. */
export function resolveDocAliases(doc: Doc, mentions: ActorMention[]): void {
  const byName = new Map<string, ActorMention>();
  // The last full name met for each surname, known or not.
  const fullBySurname = new Map<string, ActorMention>();
  for (const m of mentions) {
    if (m.kind === 'unknown') {
      const words = nameWords(doc, m);
      if (words.length >= 2 && words.length <= 4 && !m.locative) fullBySurname.set(words[words.length - 1], m);
      const prior = byName.get(m.actor.name);
      if (!prior) continue;
      m.kind = prior.kind;
      m.actor = { ...prior.actor };
      if (prior.roles) m.roles = prior.roles;
      m.ref = `${prior.ref ?? prior.id}+alias`;
      m.corefOf = [prior.id];
      continue;
    }
    if (m.locative || (m.kind !== 'person' && m.kind !== 'agent') || !m.actor.code && m.kind !== 'person') continue;
    // "the US House of Representatives ... the House": an institution named by its head word is also
    // named by that word alone later.
    const head = /^institution:([^+]+)/.exec(m.ref ?? '')?.[1];
    if (head) {
      for (let t = m.tokenStart; t < m.tokenEnd; t++) if (doc.tokens[t].lower === head && /^[A-Z]/.test(doc.tokens[t].text)) byName.set(doc.tokens[t].text, m);
    }
    const words = nameWords(doc, m);
    // "Usman Khan ... Khan was convicted": a surname the dictionaries know for someone else ("Khan" for
    // Sadiq Khan) is the person of that surname the article named in full last, known or not.
    if (words.length === 1 && m.kind === 'person') {
      const full = fullBySurname.get(words[0]);
      if (full && full.kind === 'unknown') {
        m.kind = 'unknown';
        m.actor = { ...full.actor };
        delete m.roles;
        m.ref = `${full.ref ?? full.id}+alias`;
        m.corefOf = [full.id];
        continue;
      }
    }
    if (words.length < 2) continue;
    if (m.kind === 'person') fullBySurname.set(words[words.length - 1], m);
    byName.set(words.join(' '), m);
    byName.set(words[words.length - 1], m);
  }
}
