import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { SentenceActors } from './arguments.js';
import { anaphoricAct, askedActor, objectOwner } from './object-owner.js';
import { namedHost } from './named-host.js';
import { impliedActor, protestTarget } from './protest-target.js';
import { membersOf } from './pairs.js';
import { roleAt, splitCode } from '../find-actors/roles.js';

const REACTION_ROOTS = new Set(['01', '05', '11', '12']);
const APPEAL_ROOTS = new Set(['02', '10']);

/**
 * A target the sentence implies where no pattern slot or object named one, with the name of the rule
 * that found it (added to the event's rule):
 * - "welcomed the proposal from Qatar": praise, criticism and rejection are aimed at the author of
 *   the act they react to; "called for G7 action" asks the one named to act (object-owner.ts);
 * - "G7 diplomats gathered in Quebec as host country Canada outlined ...": a meeting with no one
 *   named to meet is held with the host the sentence names (named-host.ts);
 * - a protest with no target, or a place as target, is aimed at the government of its place
 *   (protest-target.ts).
 * Null when nothing applies (the target stays as it was); `why` is null when a place taken for the
 * target is dropped without a replacement.
 */
export function impliedTarget(
  doc: Doc, actors: SentenceActors & { list: ActorMention[] }, byId: Map<string, ActorMention>,
  root: string, form: 'verb' | 'noun', t: number, source: ActorMention | null, target: ActorMention | null, code = '', date: string | null = null,
): { target: ActorMention | null; why: string | null } | null {
  const s = doc.sentences[doc.tokens[t].sentence];
  if (!target && form === 'verb' && (REACTION_ROOTS.has(root) || APPEAL_ROOTS.has(root))) {
    const reaction = REACTION_ROOTS.has(root);
    const owner = reaction ? objectOwner(doc, actors, t, s.tokenStart, s.tokenEnd) : askedActor(doc, actors, t, s.tokenStart, s.tokenEnd);
    if (owner && owner !== source && owner.actor.code !== source?.actor.code) return { target: owner, why: reaction ? 'author-of-object' : 'asked-actor' };
    const author = reaction && !owner ? lastActor(doc, t) : null;
    if (author && anaphoricAct(doc, t, s.tokenStart, s.tokenEnd) && author.actor.code !== source?.actor.code) return { target: author, why: 'author-of-last-act' };
  }
  if (root === '04' && source && !target) {
    const host = namedHost(doc, actors.list);
    if (host && host !== source && !membersOf(source, byId).includes(host) && host.actor.code !== source.actor.code) return { target: host, why: 'named-host' };
  }
  if (root === '14' && source && (!target || target.locative) && source.kind !== 'compound') {
    const place = protestTarget(doc, actors.list, source, t, target);
    // (A place taken for the target, with no government found for it, leaves the protest with none.)
    return place ? { target: place, why: 'government-of-place' } : target ? { target: null, why: null } : null;
  }
  // (Conceding an election yields to the winner, not to one's own people: only a resignation does.)
  const yieldsOffice = code !== '0831' || doc.tokens.slice(t, t + 4).some((w) => RESIGNING.has(w.lemma) || w.lower.startsWith('resign'));
  if (!target && source && OWN_PEOPLE_CODES.has(code) && yieldsOffice) {
    const people = ownPeople(source, date);
    if (people) return { target: people, why: 'own-people' };
  }
  return null;
}

// Curfews, states of emergency and martial law (CAMEO 1723, 1724) fall on the people of the
// government that declares them ("Governor Evers declared a state of emergency"); a leader who
// resigns (0831) yields to the people of the country led, and so does lifting a curfew or an
// emergency (0813, 0814).
const RESIGNING = new Set(['resign', 'quit', 'abdicate', 'resignation', 'step', 'stand', 'vacate', 'leave']);
const OWN_PEOPLE_CODES = new Set(['1723', '1724', '0831', '0813', '0814']);
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD']);

/** The people of a state actor's own country, named by the characters of the actor itself. */
function ownPeople(source: ActorMention, date: string | null): ActorMention | null {
  // (A person is taken with the office held on the event's date: "On Friday, Rosselló resigned".)
  const held = source.kind === 'person' && source.roles ? roleAt(source.roles, date) : null;
  const { country, role } = held ? splitCode(held.code, () => true) : source.actor;
  if (!country || !role || !STATE_ROLES.has(role)) return null;
  return impliedActor(source, 'own-people', 'country', { code: `${country}CVL`, country, role: 'CVL', name: `${source.actor.name} (its people)` });
}

// The doer of the last event coded in the sentence just before the trigger's (an act coded further back,
// or not coded at all, is too often another than the one meant), as
// an actor mention ("the move" in a reaction refers back to it).
function lastActor(doc: Doc, t: number): ActorMention | null {
  const sentence = doc.tokens[t].sentence;
  const last = doc.events[doc.events.length - 1];
  if (!last?.source || last.sentence !== sentence - 1 || /^0[1-2]/.test(last.code)) return null;
  return doc.actors.find((a) => a.start === last.source!.start && a.end === last.source!.end && !a.locative) ?? null;
}
