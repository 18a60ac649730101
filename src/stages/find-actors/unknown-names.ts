/**
 * Names the dictionaries do not know are kept, not dropped: a run of proper nouns that no entry
 * covers becomes an actor with its text and no code ("Hydro-Quebec", "Ahmed Mansour"), so events
 * about it are still recorded and the gaps in the dictionaries can be counted. Right after a title
 * ("Iraqi Foreign Minister Fuad Hussein"), the name joins the title's mention and takes its code.
 * Runs after a locative preposition ("in Kharkiv") are places, and calendar words are dates.
 */
import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/span.js';
import { PARTITIVE_HEADS } from './partitive.js';
import { readsAsFullName } from './unknown-people.js';

const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|easter|ramadan|eid)\.?$/i;
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within', 'into', 'from', 'to', 'toward', 'towards', 'via', 'through']);
// Name particles that may stand inside a name in lower case ("Mohammed bin Salman", "Ursula von der Leyen").
const PARTICLES = new Set(['al', 'bin', 'ibn', 'bint', 'abu', 'de', 'del', 'der', 'van', 'von', 'la', 'le', 'da', 'di', 'dos', 'el']);
// Words tagged as proper nouns that are not names of actors.
const BUILDING_WORDS = new Set(['complex', 'building', 'buildings', 'headquarters', 'hall', 'compound', 'chamber', 'chambers', 'house', 'palace', 'tower', 'centre', 'center', 'plaza', 'square']);
const TITLE_WORDS = new Set(['representative', 'rep', 'rep.', 'congressman', 'congresswoman', 'republican', 'democratic', 'democrat', 'u.s.', 'us', 'state', 'senior', 'former']);
export const NOT_NAMES = new Set(['i', "i'm", "i've", "i'll", "i'd", 'i’m', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'u.s.', 'covid-19', 'covid', 'internet', 'god',
  'yesterday', 'today', 'tomorrow', 'tonight',
  // Words capitalised before a title ("Former Vice President Joe Biden", "Acting Defence Secretary").
  'former', 'ex', 'then', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'top', 'senior', 'veteran', 'embattled', 'newly']);

const isName = (t: Token) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && !CALENDAR.test(t.text);

/** Proper-noun runs [start, end) in sentence tokens [from, to) that no mention touches. */
function freeRuns(tokens: Token[], from: number, to: number, covered: Uint8Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (covered[i - from] || !isName(tokens[i])) continue;
    let j = i + 1;
    while (j < to && !covered[j - from] && (isName(tokens[j]) || (PARTICLES.has(tokens[j].lower) && j + 1 < to && (isName(tokens[j + 1]) || (tokens[j + 1].text === '-' && j + 2 < to && isName(tokens[j + 2])))) || (tokens[j].text === '-' && j + 1 < to && !covered[j + 1 - from] && isName(tokens[j + 1]) && tokens[j].start === tokens[j - 1].end))) j++;
    runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}

/**
 * New mentions for unknown names in sentence tokens [from, to); a name right after a title mention
 * extends that mention in place instead.
 */
export function findUnknownNames(doc: Doc, from: number, to: number, mentions: ActorMention[]): ActorMention[] {
  const tokens = doc.tokens;
  const covered = new Uint8Array(to - from);
  const endingAt = new Map<number, ActorMention>();
  const roleNounAt = new Map<number, ActorMention>();
  for (const m of mentions) {
    if (m.kind === 'agent' || m.kind === 'org') roleNounAt.set(m.tokenStart, m);
    for (let t = Math.max(m.tokenStart, from); t < Math.min(m.tokenEnd, to); t++) covered[t - from] = 1;
    endingAt.set(m.tokenEnd, m);
  }
  const out: ActorMention[] = [];
  // A title-case line (a headline: "Putin Meets Assad In Moscow") capitalises its verbs and
  // prepositions too, and the tagger calls many of its words proper nouns: no names are taken from it.
  let upper = 0;
  let lower = 0;
  for (let t = from + 1; t < to; t++) {
    if (tokens[t].pos === 'PROPN' || !/^[A-Za-z]/.test(tokens[t].text)) continue;
    if (/^[A-Z]/.test(tokens[t].text)) upper++;
    else lower++;
  }
  if (upper >= 2 && upper > lower) return out;
  for (const [start, end] of freeRuns(tokens, from, to, covered)) {
    if (tokens.slice(start, end).every((w) => NOT_NAMES.has(w.lower) || PARTITIVE_HEADS.has(w.lower))) continue;
    // "Republican Representative" before "Michael McCaul": a title before a known person is no name.
    if (end < to && covered[end - from] && tokens.slice(start, end).every((w) => TITLE_WORDS.has(w.lower))) continue;
    const s = tokens[start].start;
    const e = tokens[end - 1].end;
    const text = doc.text.slice(s, e);
    const title = endingAt.get(start);
    // Not a role word inside a longer name ("World Population Review"): a capitalised word no entry
    // covers before the title makes the whole run one unknown name, unless a person's full name
    // follows ("District Court Judge Victor Marrero").
    const beforeTitle = title && title.tokenStart > from ? tokens[title.tokenStart - 1] : null;
    const insideName = !!beforeTitle && isName(beforeTitle) && !covered[title!.tokenStart - 1 - from] && !readsAsFullName(tokens, start, end);
    // ("the Legislative Council Complex": a building named after the body is no person with its title.)
    const building = BUILDING_WORDS.has(tokens[end - 1].lower);
    if (title && title.kind === 'agent' && building && !insideName) {
      // The whole name is the building: a place, not an actor.
      title.end = e;
      title.tokenEnd = end;
      title.headToken = end - 1;
      title.id = `actor:${title.start}-${e}`;
      title.locative = true;
      continue;
    }
    if (title && title.kind === 'agent' && title.actor.role && !title.locative && !insideName) {
      // "Foreign Minister Fuad Hussein": the person holds the title's code.
      title.end = e;
      title.tokenEnd = end;
      title.headToken = end - 1;
      title.id = `actor:${title.start}-${e}`;
      title.actor = { ...title.actor, name: `${title.actor.name} ${text}` };
      title.ref = `${title.ref}+name`;
      continue;
    }
    const prev = start > from ? tokens[start - 1] : null;
    const prevPrev = start > from + 1 ? tokens[start - 2] : null;
    if (prev && (LOCATIVE.has(prev.lower) || (prev.pos === 'DET' && prevPrev && LOCATIVE.has(prevPrev.lower)))) continue;
    // "Top diplomats", "Senior officials": the first word of a sentence, capitalised only for being
    // first, right before a role noun in lower case modifies it; it names no one.
    if (start === from && end === start + 1 && roleNounAt.get(end) && /^[a-z]/.test(tokens[end].text)) continue;
    out.push({
      id: `actor:${s}-${e}`, start: s, end: e, label: 'actor', by: 'find-actors:unknown-name', ref: `name:${text.toLowerCase()}`,
      tokenStart: start, tokenEnd: end, headToken: end - 1, kind: 'unknown',
      actor: { code: '', country: null, role: null, name: text },
    });
  }
  return out;
}
