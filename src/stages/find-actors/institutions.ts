/**
 * Institutions the dictionaries do not name: a run of capitalised words whose head is an institution
 * word of an agent entry (`head:` in agents.dict) becomes an actor of that sector. "the Superior Court
 * of Quebec" is JUD, "Bradford Council" GOV, "the House Foreign Affairs Committee" LEG (by "House").
 * A country word inside the name gives its country ("Russian Investigative Directorate" = RUSGOV);
 * otherwise the name keeps no country here and inherit-country may give it one from the context.
 * Names of buildings and places ("Legislative Council Complex", "Opera House") are left alone.
 */
import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/span.js';

// Words inside a name that make it a place or a building rather than the institution itself.
const PLACE_WORDS = new Set([
  'complex', 'building', 'square', 'street', 'avenue', 'road', 'bridge', 'airport', 'station', 'stadium', 'hall',
  'hotel', 'park', 'opera', 'museum', 'gate', 'tower', 'plaza', 'district', 'province', 'region', 'county', 'island',
  'islands', 'river', 'valley', 'mountain', 'mountains', 'camp', 'prison', 'base', 'port', 'village', 'city', 'town',
  'road', 'highway', 'canal', 'strait', 'sea', 'lake', 'beach', 'cathedral', 'church', 'mosque', 'temple', 'palace',
]);
// Words that make a federation, union or association a body of sport, not of labour or politics
// ("Georgian Tennis Federation", "Football Association"): it takes no sector code.
const SPORT_WORDS = new Set([
  'tennis', 'football', 'soccer', 'chess', 'basketball', 'volleyball', 'handball', 'hockey', 'cricket', 'rugby', 'baseball',
  'athletics', 'olympic', 'paralympic', 'boxing', 'wrestling', 'judo', 'cycling', 'golf', 'swimming', 'skating', 'ski', 'skiing',
  'gymnastics', 'fencing', 'rowing', 'sailing', 'badminton', 'weightlifting', 'sports', 'sport', 'racing', 'motorsport',
]);
// Lower-case words allowed inside a name between capitalised ones ("Court of Appeal", "Ministry for Europe").
const JOINERS = new Set(['of', 'for', 'on', 'and', 'de', 'du', 'des', 'la', 'al']);

const capitalised = (t: Token) => /^[A-Z]/.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB');

/** Maximal runs [start, end) of capitalised words, joined by "of", "for", ... between capitals. */
function capitalRuns(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (!capitalised(tokens[i])) continue;
    let j = i + 1;
    while (j < to && (capitalised(tokens[j]) || (JOINERS.has(tokens[j].lower) && j + 1 < to && capitalised(tokens[j + 1])))) j++;
    runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}

// The head of an English name is its last noun: names ending in these are publications, funds,
// laws, prizes and firms, whatever sector word stands inside ("World Population Review", "Police Act").
const OTHER_HEADS = new Set([
  'review', 'times', 'post', 'journal', 'news', 'herald', 'report', 'reports', 'magazine', 'gazette', 'tribune', 'daily', 'weekly',
  'foundation', 'institute', 'institution', 'center', 'centre', 'project', 'network', 'company', 'corporation', 'corp', 'inc',
  'trust', 'society', 'association', 'award', 'awards', 'prize', 'festival', 'day', 'week', 'act', 'law', 'bill', 'plan', 'program',
  'programme', 'index', 'fund', 'museum', 'library', 'university', 'college', 'school', 'hospital', 'clinic', 'band', 'club', 'team',
]);

/** Does the name end, before any joiner, in a noun of another kind of thing? */
function otherHead(tokens: Token[], start: number, end: number, heads: Map<string, string>): boolean {
  let stop = end;
  for (let i = start; i < end; i++) if (JOINERS.has(tokens[i].lower) && tokens[i].lower !== 'and') { stop = i; break; }
  return OTHER_HEADS.has(tokens[stop - 1].lower) && !heads.has(tokens[stop - 1].lower);
}

// Capitalised titles that are no role nouns in lower case ("a representative of the firm"): as part
// of a name ("Representative Michael McCaul", "Rep. Jason Crow") they are a member of the US House; an
// envoy's title ("U.S. Trade Representative", "EU High Representative") is the executive's.
const TITLES = new Map([['representative', 'LEG'], ['rep.', 'LEG'], ['rep', 'LEG'], ['reps.', 'LEG']]);
const ENVOY_TITLES = new Set(['trade', 'high', 'special', 'permanent', 'personal', 'national']);
// Titles that are American whatever the sentence says: "Representative", "Congressman".
const US_TITLES = new Set(['representative', 'rep.', 'rep', 'reps.', 'congressman', 'congresswoman']);
// A US party's name before a title ("Republican Senator", "Democratic Rep.") makes the title American.
const US_PARTIES = new Set(['republican', 'democratic', 'democrat', 'gop']);

function titleSector(tokens: Token[], i: number, start: number): string | undefined {
  const code = TITLES.get(tokens[i].lower);
  if (!code || !/^[A-Z]/.test(tokens[i].text)) return undefined;
  return i > start && ENVOY_TITLES.has(tokens[i - 1].lower) ? 'GOV' : code;
}

/** The sector of a name: its rightmost head word before a joiner ("Court" in "Court of Appeal"). */
function sectorOf(tokens: Token[], start: number, end: number, heads: Map<string, string>): { code: string; at: number } | null {
  let stop = end;
  for (let i = start; i < end; i++) if (JOINERS.has(tokens[i].lower) && tokens[i].lower !== 'and') { stop = i; break; }
  for (let i = stop - 1; i >= start; i--) {
    const code = heads.get(tokens[i].lower) ?? titleSector(tokens, i, start);
    if (code) return { code, at: i };
  }
  return null;
}

/** A US title, or a title after a US party's name, in a name with no country of its own. */
function americanTitle(tokens: Token[], start: number, at: number): boolean {
  if (US_TITLES.has(tokens[at].lower) && !(at > start && ENVOY_TITLES.has(tokens[at - 1].lower))) return true;
  for (let i = start; i < at; i++) if (US_PARTIES.has(tokens[i].lower)) return true;
  return false;
}

/** The role of the rightmost role noun among mentions ("Court" in "Superior Court"), with its head token. */
function lastRole(mentions: ActorMention[]): { code: string; at: number } | null {
  const withRole = mentions.filter((m) => m.actor.role).sort((a, b) => b.tokenEnd - a.tokenEnd)[0];
  return withRole ? { code: withRole.actor.role!, at: withRole.headToken } : null;
}

/**
 * New mentions for institution names in sentence tokens [from, to); `mentions` are the sentence's
 * dictionary mentions; those the new names cover are removed from it.
 */
export function findInstitutions(doc: Doc, from: number, to: number, mentions: ActorMention[], heads: Map<string, string>): ActorMention[] {
  const tokens = doc.tokens;
  const out: ActorMention[] = [];
  const replaced = new Set<ActorMention>();
  for (const [runStart, runEnd] of capitalRuns(tokens, from, to)) {
    // A name opening the sentence may start with an ordinary capitalised word ("Police said ...").
    let start = runStart;
    while (start < runEnd && JOINERS.has(tokens[start].lower)) start++;
    let end = runEnd;
    while (end > start && JOINERS.has(tokens[end - 1].lower)) end--;
    if (end - start < 2) continue; // one capitalised word is a role noun or a name, not an institution's name
    let placeLike = false;
    for (let i = start; i < end; i++) if (PLACE_WORDS.has(tokens[i].lower) || SPORT_WORDS.has(tokens[i].lower)) placeLike = true;
    if (placeLike) continue;
    // Parts the dictionaries already named may be countries and role nouns ("Russian", "Court of
    // Quebec"): the whole name replaces them and keeps their country. A person or an organisation
    // inside means the name is something else ("Putin Foundation" is left to the dictionaries).
    const inside = mentions.filter((m) => m.tokenStart < end && m.tokenEnd > start);
    if (inside.some((m) => (m.kind !== 'country' && m.kind !== 'agent') || m.tokenStart < start || m.tokenEnd > end)) continue;
    if (inside.length === 1 && inside[0].tokenStart === start && inside[0].tokenEnd === end) continue; // named already
    const countries = new Set(inside.map((m) => m.actor.country).filter((c): c is string => !!c));
    if (countries.size > 1) continue;
    if (otherHead(tokens, start, end, heads)) continue;
    const sector = sectorOf(tokens, start, end, heads) ?? lastRole(inside);
    if (!sector) continue;
    for (const m of inside) replaced.add(m);
    const nation = countries.size ? [...countries][0] : americanTitle(tokens, start, sector.at) && (sector.code === 'LEG' || sector.code === 'GOV') ? 'USA' : null;
    const s = tokens[start].start;
    const e = tokens[end - 1].end;
    const text = doc.text.slice(s, e);
    out.push({
      id: `actor:${s}-${e}`, start: s, end: e, label: 'actor', by: 'find-actors:institution', ref: `institution:${tokens[sector.at].lower}`,
      tokenStart: start, tokenEnd: end, headToken: sector.at, kind: 'agent',
      actor: { code: (nation ?? '') + sector.code, country: nation, role: sector.code, name: text },
    });
  }
  if (replaced.size) {
    for (let i = mentions.length - 1; i >= 0; i--) if (replaced.has(mentions[i])) mentions.splice(i, 1);
  }
  return out;
}
