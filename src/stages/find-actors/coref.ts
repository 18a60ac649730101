import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import { ownedByUncodedBody } from './body-nouns.js';
import { unknownPersonNames } from './unknown-people.js';

const SINGULAR = new Set(['he', 'him', 'his', 'she', 'her']);
const OBJECT_FORMS = new Set(['him', 'her']);
const FEMININE = new Set(['she', 'her', 'hers', 'herself']);
const MASCULINE = new Set(['he', 'him', 'his', 'himself']);
const sameReferent = (a: ActorMention, b: ActorMention) => a === b || (!!a.ref && a.ref === b.ref);
const PLURAL = new Set(['they', 'them', 'their']);
// Plurals without an -s ("the Cuban people ... its support": "its" is not the people's).
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'folk', 'personnel']);
const BODY_ROLES = new Set(['COP', 'MIL', 'GOV', 'LEG', 'JUD', 'REB', 'INS', 'SEP', 'OPP', 'SPY', 'UAF']);
const GROUP_COUNTS = new Map([['two', 2], ['both', 2], ['three', 3], ['four', 4]]);
const GROUP_NOUNS = new Set(['leader', 'president', 'side', 'nation', 'country', 'government', 'state', 'neighbor', 'neighbour', 'rival', 'ally', 'foe', 'power', 'minister', 'party']);
// "it seems", "it emerged that", "it remains unclear": verbs whose "it" stands for nothing.
const EMPTY_IT_VERBS = new Set(['seem', 'appear', 'happen', 'matter', 'remain', 'turn', 'transpire', 'emerge', 'follow', 'mean', 'take', 'rain', 'snow', 'look', 'sound', 'feel', 'depend']);
const WILLING = new Set(['ready', 'willing', 'prepared', 'eager', 'determined', 'committed', 'unwilling', 'reluctant']);
const RELATIVE_WORDS = new Set(['which', 'that', 'whom', 'who']);
const PERSON_NOUNS = new Set(['leader', 'president', 'minister', 'man', 'prime']);

/** Candidate antecedents: mentions that stand as actors, not as places. */
function isAntecedent(m: ActorMention): boolean {
  return !m.locative && (m.kind !== 'compound') && !!m.actor.code;
}

function personLike(m: ActorMention): boolean {
  return m.kind === 'person';
}

/** How many items at the start of a list in text order pass a test that holds up to some point (binary search). */
function leadingCount<T>(list: readonly T[], passes: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passes(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Resolve "he", "their", "the two leaders", "both countries" to actors named earlier in the doc. */
export function resolveReferences(doc: Doc, named: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const tokens = doc.tokens;
  const byStart = [...named].sort((a, b) => a.start - b.start);
  // The number of mentions beginning before a token.
  const startingBefore = (tokenIndex: number): number => leadingCount(byStart, (m) => m.tokenStart < tokenIndex);
  const before = (tokenIndex: number, pick: (m: ActorMention) => boolean, n: number): ActorMention[] => {
    const found: ActorMention[] = [];
    const seen = new Set<string>();
    for (let i = startingBefore(tokenIndex) - 1; i >= 0 && found.length < n; i--) {
      const m = byStart[i];
      // (Distance first: with nothing that fits, the search must not run back through the whole doc.)
      if (tokens[m.tokenStart].sentence < tokens[tokenIndex].sentence - 3) break;
      if (m.tokenEnd > tokenIndex || !isAntecedent(m) || !pick(m)) continue;
      const key = m.kind === 'person' ? m.ref ?? m.actor.code : m.actor.code;
      if (seen.has(key!)) continue;
      seen.add(key!);
      found.push(m);
    }
    return found.reverse();
  };
  // The first actor of a sentence, when it is a body (police, troops, authorities, a government)
  // rather than a person or a place.
  const openingBody = (sentence: number): ActorMention | null => {
    const s = doc.sentences[sentence];
    if (!s) return null;
    const first = byStart[startingBefore(s.tokenStart)];
    if (!first || first.tokenStart >= s.tokenEnd || first.tokenStart > s.tokenStart + 3 || first.locative) return null;
    return (first.kind === 'agent' || first.kind === 'org') && !!first.actor.role && BODY_ROLES.has(first.actor.role) ? first : null;
  };
  const compoundBefore = (t: number): ActorMention[] => {
    const sentence = tokens[t].sentence;
    let list: ActorMention | undefined;
    for (let i = startingBefore(t) - 1; i >= 0 && !list; i--) {
      const m = byStart[i];
      if (tokens[m.tokenStart].sentence < sentence) break;
      if (m.kind === 'compound' && !m.locative && m.tokenEnd <= t && tokens[m.tokenStart].sentence === sentence) list = m;
    }
    if (!list?.members?.length) return [];
    const ids = new Set(list.members);
    return byStart.filter((m) => ids.has(m.id) && isAntecedent(m));
  };
  // "it" as the subject of a verb of its own ("it would", "it has agreed"), not the empty "it" of "it
  // is likely that" or "it was reported".
  const subjectIt = (t: number): boolean => {
    const next = tokens[t + 1];
    if (!next || tokens[t + 1].sentence !== tokens[t].sentence) return false;
    // "it is ready to accept" is the state speaking; "it is likely that" is empty.
    if (next.lemma === 'be' || next.lower === "'s") return WILLING.has(tokens[t + 2]?.lower ?? '') && tokens[t + 3]?.lower === 'to';
    if (next.pos === 'VERB') return !EMPTY_IT_VERBS.has(next.lemma);
    const after = tokens[t + 2];
    return next.pos === 'AUX' && !!after && (after.pos === 'VERB' || (after.lower === 'not' && tokens[t + 3]?.pos === 'VERB')) && !(after.lemma === 'be' || after.lower === 'been');
  };
  // The referent of a "he"/"she" subject earlier in the clause of token t, if one was resolved.
  const clauseSubjectRef = (t: number): ActorMention | null => {
    for (let k = t - 1; k >= 0 && tokens[k].sentence === tokens[t].sentence; k--) {
      const w = tokens[k];
      if (w.text === ',' || w.text === ';' || w.pos === 'SCONJ' || w.lower === 'and' || w.lower === 'but') return null;
      if ((w.lower === 'he' || w.lower === 'she') && w.pos === 'PRON') return resolvedAt.get(k) ?? null;
    }
    return null;
  };
  const unknownPeople = unknownPersonNames(doc.tokens, byStart);
  // The last one ending before token t, within three sentences (binary search: they are in text order).
  const unknownPersonBefore = (t: number): ActorMention | undefined => {
    const m = unknownPeople[leadingCount(unknownPeople, (x) => x.tokenEnd <= t) - 1];
    return m && tokens[m.tokenStart].sentence >= tokens[t].sentence - 3 ? m : undefined;
  };
  const resolvedAt = new Map<number, ActorMention>();
  const covered = new Uint8Array(tokens.length);
  for (const m of named) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered[t] = 1;

  const clauseBreakBetween = (from: number, to: number) => {
    for (let k = from; k < to - 1; k++) if ((tokens[k].text === ',' && tokens[k + 1].pos === 'CCONJ') || tokens[k].text === ';') return true;
    return false;
  };
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t]) continue;
    const tok = tokens[t];
    let refs: ActorMention[] = [];
    let end = t + 1;
    if (SINGULAR.has(tok.lower) && tok.pos === 'PRON') {
      // Prefer the subject: the first person named in the nearest sentence that names one.
      const last = before(t, personLike, 1)[0];
      const sentence = last ? tokens[last.tokenStart].sentence : -1;
      refs = last ? [byStart.find((m) => personLike(m) && isAntecedent(m) && tokens[m.tokenStart].sentence === sentence && m.tokenEnd <= t) ?? last] : [];
      // "Obama commuted the sentence of Rod Blagojevich. He was ...": a person the dictionaries do not
      // know, named after the last known one and first in their sentence, is the likelier referent;
      // "he" then stays unresolved rather than jumping back to the known person.
      const stranger = unknownPersonBefore(t);
      // (Unless a pronoun of the other gender between them already took the stranger: "Whitson ...
      // She explained, 'By confessing this, he is ...'".)
      const other = tok.lower === 'he' || tok.lower === 'him' || tok.lower === 'his' ? FEMININE : MASCULINE;
      const otherGender = stranger !== undefined && tokens.slice(stranger.tokenEnd, t).some((x) => x.pos === 'PRON' && other.has(x.lower));
      if (stranger && !otherGender && (!last || stranger.tokenStart > last.tokenStart)) {
        const first = byStart.find((m) => tokens[m.tokenStart].sentence === tokens[stranger.tokenStart].sentence && m.tokenEnd <= t && ((personLike(m) && isAntecedent(m)) || m === stranger));
        if (first === stranger) refs = [];
      }
      // "She criticized him": an object pronoun is not the subject of its own clause; it is the other
      // person named last ("Merkel met Trump. She criticized him.").
      // "Trump lashed out at Bowser on Twitter, accusing her": in its own sentence, an object pronoun
      // is not the subject named first; it is the other person named after the subject.
      if (OBJECT_FORMS.has(tok.lower) && refs[0] && tokens[refs[0].tokenStart].sentence === tok.sentence) {
        const later = before(t, (m) => personLike(m) && !sameReferent(m, refs[0]) && m.tokenStart > refs[0].tokenStart && tokens[m.tokenStart].sentence === tok.sentence, 1)[0];
        if (later) refs = [later];
        // "Rep. Jason Crow criticized him": with no other person in the sentence, the object of the
        // first person's own clause is the last other person named before it (not "labeled
        // Soleimani ... and levied sanctions against him", where that person is an object too).
        else if (!tokens.slice(refs[0].tokenEnd, t).some((x) => x.text === ',' || x.pos === 'SCONJ' || x.pos === 'CCONJ') && !tokens.slice(doc.sentences[tok.sentence].tokenStart, refs[0].tokenStart).some((x) => x.pos === 'VERB')) {
          const subject = refs[0];
          const earlier = before(t, (m) => personLike(m) && !sameReferent(m, subject) && tokens[m.tokenStart].sentence < tok.sentence, 1)[0];
          refs = earlier && tokens[earlier.tokenStart].sentence >= tok.sentence - 2 ? [earlier] : [];
        }
      }
      const subject = OBJECT_FORMS.has(tok.lower) ? clauseSubjectRef(t) : null;
      if (subject && refs[0] && sameReferent(refs[0], subject)) {
        const other = before(t, (m) => personLike(m) && !sameReferent(m, subject), 1)[0];
        refs = other ? [other] : [];
      }
    } else if ((tok.lower === 'its' || (tok.lower === 'it' && subjectIt(t))) && tok.pos === 'PRON') {
      // "The United States said it would ...", "Iran and its allies": the nearest state or body
      // named before, in this sentence or the one before (people are "he" and "she").
      // A name used as a modifier ("the Iranian vessel ... it arrived") is not what "it" stands for.
      // Plural nouns ("crowds", "officials") are "they", not "it".
      const plural = (m: ActorMention) => !!m.plural || IRREGULAR_PLURALS.has(tokens[m.headToken].lower) || (tokens[m.headToken].pos === 'NOUN' && tokens[m.headToken].lower !== tokens[m.headToken].lemma && tokens[m.headToken].lower.endsWith('s'));
      const fits = (m: ActorMention) => !personLike(m) && !plural(m) && tokens[m.tokenEnd]?.pos !== 'NOUN';
      let last: ActorMention | undefined = before(t, fits, 1)[0];
      // "Iran, which it accused of ...": a pronoun right after a relative pronoun is not the noun the
      // relative clause hangs from (that noun is the relative pronoun's referent).
      const rel = tokens[t - 1];
      if (last && rel && RELATIVE_WORDS.has(rel.lower) && tokens[t - 1].sentence === tok.sentence) {
        let k = t - 2;
        if (tokens[k]?.text === ',') k--;
        if (last.tokenEnd - 1 === k) last = before(t, (m) => fits(m) && !sameReferent(m, last!) && m.actor.code !== last!.actor.code, 1)[0];
      }
      // "banned the group and arrested its leaders": a body named by a common noun between the actor
      // and "its" is the likelier owner; with no code for it, "its" stays unresolved.
      if (last && ownedByUncodedBody(doc, t + 1, (k) => covered[k] === 1)) last = undefined;
      if (last && tokens[last.tokenStart].sentence >= tokens[t].sentence - 1) refs = [last];
    } else if (PLURAL.has(tok.lower) && tok.pos === 'PRON') {
      // "Cyprus, Greece and Israel had met for their summit": a list named earlier in the same
      // sentence comes first; otherwise the last two people named.
      const list = compoundBefore(t);
      refs = list.length >= 2 ? list : before(t, personLike, 2);
      if (refs.length < 2) refs = [];
      // "Police arrested a man ... They released him": "they" opening a sentence is the body that
      // opened the one before, when that is a force, an office or a group and no list stands between.
      const body = !list.length && tok.lower === 'they' && t === doc.sentences[tok.sentence].tokenStart ? openingBody(tok.sentence - 1) : null;
      if (body) refs = [body];
    } else if (GROUP_COUNTS.has(tok.lower) && t + 1 < tokens.length && GROUP_NOUNS.has(tokens[t + 1].lemma) && tokens[t + 1].lower !== tokens[t + 1].lemma) {
      // (Plural only: "the two leaders", not "the two party system".)
      const noun = tokens[t + 1].lemma;
      // "X called on both sides": the sides are not X itself. Actors of the same sentence count only
      // across a clause break ("Fidan met Hussein, and the two ministers signed ...").
      const sentence = tokens[t].sentence;
      const reachable = (m: ActorMention) => tokens[m.tokenStart].sentence < sentence || clauseBreakBetween(m.tokenEnd, t);
      // ("All three nations": as many as the number says.)
      const count = GROUP_COUNTS.get(tok.lower)!;
      refs = before(t, (m) => reachable(m) && (PERSON_NOUNS.has(noun) ? personLike(m) : m.kind !== 'person'), count);
      if (refs.length < count) refs = [];
      end = t + 2;
    }
    if (!refs.length) continue;
    const start = tok.start;
    const stop = tokens[end - 1].end;
    const base = { start, end: stop, label: 'actor' as const, by: 'find-actors:coref', tokenStart: t, tokenEnd: end, headToken: end - 1 };
    if (refs.length === 1) {
      resolvedAt.set(t, refs[0]);
      out.push({ ...refs[0], ...base, id: `actor:${start}-${stop}`, kind: refs[0].kind, corefOf: [refs[0].id], members: undefined });
    } else {
      const members = refs.map((r, k) => ({ ...r, ...base, id: `actor:${start}-${stop}#${k}`, corefOf: [r.id] }));
      out.push(...members);
      out.push({ ...base, id: `actor:${start}-${stop}`, kind: 'compound', plural: true, members: members.map((m) => m.id), corefOf: refs.map((r) => r.id), actor: { code: '', country: null, role: null, name: refs.map((r) => r.actor.name).join(' + ') } });
    }
  }
  return out;
}
