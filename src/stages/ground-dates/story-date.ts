/**
 * A news story dates its main happening once, in its lead ("On Thursday ... an IT worker went on a
 * stabbing spree"), and tells the rest of it without dates ("The woman was killed in a stairwell").
 * Those later acts of violence happened then, not on the publication day.
 */
import type { Doc } from '../../model/doc.js';
import type { EventDate } from '../../model/event.js';
import { parseIsoDate } from './resolve.js';
import { fromSpan } from './pick-event-date.js';
import { tokenAt } from './clause.js';

const LEAD_SENTENCES = 3;
const MAX_DAYS_BEFORE = 10;
const DAY = 86_400_000;
// Roots of the acts of violence a story is about: assault, fight, mass violence.
const VIOLENCE = new Set(['18', '19', '20']);
const PAST_AUX = new Set(['was', 'were', 'had', 'been', 'did', 'got']);

type Story = { date: EventDate; sentence: number } | null;
const stories = new WeakMap<Doc, { n: number; story: Story }>();

/** The story's date and the sentence it is given in: the first day in the lead a few days before publication. */
export function storyDate(doc: Doc): Story {
  const known = stories.get(doc);
  if (known && known.n === doc.dates.length) return known.story;
  const story = findStoryDate(doc);
  stories.set(doc, { n: doc.dates.length, story });
  return story;
}

function findStoryDate(doc: Doc): Story {
  const published = parseIsoDate(doc.published);
  if (!published) return null;
  for (const d of doc.dates) {
    const sentence = doc.tokens[tokenAt(doc, d.start)].sentence;
    if (sentence >= LEAD_SENTENCES) break;
    const day = d.precision === 'day' ? parseIsoDate(d.value) : null;
    if (!day) continue;
    const before = (published.getTime() - day.getTime()) / DAY;
    if (before >= 1 && before <= MAX_DAYS_BEFORE) return { date: fromSpan(d), sentence };
  }
  return null;
}

/**
 * The date for an act of violence told after the lead with no date of its own: the story's, when its
 * verb is in the past ("was killed", "attacked"). Otherwise the date it has.
 */
export function withStoryDate(doc: Doc, code: string, sentence: number, trigger: number, date: EventDate): EventDate {
  if (date.from !== 'published' || !pastForm(doc, trigger)) return date;
  const story = storyDate(doc);
  if (story && sentence > story.sentence && VIOLENCE.has(code.slice(0, 2))) return { ...story.date };
  const scene = sceneDate(doc, sentence);
  return scene ? { ...scene } : date;
}

// A past form, with no auxiliary of the present or of mood before it ("are killed", "has been
// wounded", "would be shot" tell of no past happening).
function pastForm(doc: Doc, trigger: number): boolean {
  const tok = doc.tokens[trigger];
  if (tok.pos !== 'VERB' || tok.lower === tok.lemma || tok.lower.endsWith('ing')) return false;
  for (let t = trigger - 1; t >= 0 && ['AUX', 'ADV', 'PART'].includes(doc.tokens[t].pos) && doc.tokens[t].sentence === tok.sentence; t--) {
    if (doc.tokens[t].pos === 'AUX' && !PAST_AUX.has(doc.tokens[t].lower)) return false;
  }
  return true;
}

const SCENE_SENTENCES = 2;
const MAX_DAYS_BEFORE_NEXT = 45;

/**
 * "Several groups gathered on Saturday in the capital. Thousands of supporters turned out. Flynn urged
 * the crowd ...": a past act told with no date of its own right after a sentence that names a recent
 * day happened that day. The last such day in the one or two sentences before, when it lies a few
 * days before publication (older days are background, not the scene being told).
 */
function sceneDate(doc: Doc, sentence: number): EventDate | null {
  const published = parseIsoDate(doc.published);
  if (!published) return null;
  let best: EventDate | null = null;
  for (const d of doc.dates) {
    const at = doc.tokens[tokenAt(doc, d.start)].sentence;
    if (at >= sentence) break;
    if (at < sentence - SCENE_SENTENCES || d.precision !== 'day') continue;
    const day = parseIsoDate(d.value);
    const before = day ? (published.getTime() - day.getTime()) / DAY : -1;
    // (A day named in the sentence just before may lie further back: a month's chronicle, "At the
    // first debate, held October 8 ...".)
    const reach = at === sentence - 1 ? MAX_DAYS_BEFORE_NEXT : MAX_DAYS_BEFORE;
    best = before >= 1 && before <= reach ? fromSpan(d) : null;
  }
  return best;
}
