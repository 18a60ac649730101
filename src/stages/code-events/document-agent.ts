/**
 * The maker of a passive act named inside the phrase that says how it was done: "condemned in a joint
 * statement by Egypt", "killed in an Israeli airstrike", "killed in a suicide bombing by rebels".
 */
import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { SentenceActors } from './arguments.js';


const FORCE_NOUNS = new Set(['airstrike', 'strike', 'raid', 'attack', 'operation', 'offensive', 'bombing', 'bombardment', 'shelling', 'assault', 'ambush', 'drone', 'missile', 'rocket']);
const DOCUMENT_NOUNS = new Set(['statement', 'joint statement', 'communique', 'communiqué', 'declaration', 'letter', 'resolution', 'report', 'post', 'tweet', 'message', 'speech', 'interview', 'decree', 'order', 'ruling', 'verdict', 'vote']);

/**
 * "Turkey was condemned in a joint statement by Egypt, Greece and Cyprus", "the plan was approved in
 * a vote by parliament": a passive whose maker is named as the author of the statement, ruling or
 * vote that did it.
 */
export function documentAgent(doc: Doc, actors: SentenceActors, v: number, end: number): ActorMention | null {
  const tokens = doc.tokens;
  let t = v + 1;
  while (t < end && (tokens[t].pos === 'ADV' || tokens[t].pos === 'ADP' && tokens[t].lower !== 'in' && tokens[t].lower !== 'through' && tokens[t].lower !== 'via')) t++;
  if (t >= end || !['in', 'through', 'via'].includes(tokens[t].lower)) return null;
  t++;
  while (t < end && (tokens[t].pos === 'DET' || tokens[t].pos === 'ADJ' || tokens[t].lower === 'joint')) t++;
  // "killed in an Israeli airstrike", "in a United States counterterrorism operation": the actor
  // named before an act of force did it.
  const doer = actors.covering(t);
  if (doer && doer.tokenStart === t && doer.actor.code) {
    let k = doer.tokenEnd;
    while (k < end && k < doer.tokenEnd + 3 && tokens[k].pos === 'NOUN' && !FORCE_NOUNS.has(tokens[k].lemma)) k++;
    if (k < end && FORCE_NOUNS.has(tokens[k].lemma)) return doer;
  }
  // "killed in a suicide bombing by Syrian rebels": an act of force named with its doer after "by".
  let k = t;
  while (k < end && k < t + 2 && tokens[k].pos === 'NOUN' && !FORCE_NOUNS.has(tokens[k].lemma)) k++;
  if (k < end && FORCE_NOUNS.has(tokens[k].lemma) && tokens[k + 1]?.lower === 'by') {
    let a = k + 2;
    if (a < end && tokens[a].pos === 'DET') a++;
    const m = actors.at(a);
    if (m && !m.locative && m.actor.code) return m;
  }
  if (t >= end || !DOCUMENT_NOUNS.has(tokens[t].lemma) && !DOCUMENT_NOUNS.has(tokens[t].lower)) return null;
  t++;
  if (t >= end || !['by', 'from', 'of'].includes(tokens[t].lower)) return null;
  t++;
  if (t < end && tokens[t].pos === 'DET') t++;
  const m = actors.at(t);
  return m && !m.locative ? m : null;
}
