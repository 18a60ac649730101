import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';

// Who may protest at their own government: people, protesters, workers, students, opposition.
const PROTESTERS = new Set(['CVL', 'OPP', 'LAB', 'EDU', 'AGR', 'REF', 'HRI', 'ENV', 'REB', 'SEP', 'MED', 'LEG', 'JUD', 'PTY']);

/**
 * A protest that names no target ("a million people marched in London demanding a new referendum",
 * "Iraqis rallied in Basra") is addressed to the government of the country it takes place in. The
 * place named in the sentence stands for that government, as a capital does when it speaks ("London
 * said"), so the target keeps the place's characters. Only a protest by people of that country, or
 * of none named, qualifies: "Iranians rallied in Paris" is aimed at no one the sentence names.
 * The place after the trigger is preferred ("marched in London"), then the nearest one before it.
 * A place a pattern took as the target ("protest in +T") is read the same way: where the protest
 * was, not whom it was against.
 */
export function protestTarget(doc: Doc, list: ActorMention[], source: ActorMention, trigger: number, slotted: ActorMention | null): ActorMention | null {
  if (slotted && !slotted.locative) return slotted;
  if (source.kind !== 'country' && !PROTESTERS.has(source.actor.role ?? '')) return null;
  // "rallied in support of President Trump to protest the results": a rally for the government is not against it.
  if (supportive(doc, trigger)) return slotted && !slotted.locative ? slotted : null;
  const home = (p: ActorMention) => p.locative && !!p.actor.country && (!source.actor.country || source.actor.country === p.actor.country);
  if (slotted) return home(slotted) ? governmentOf(slotted) : null;
  // (Not a place someone is of or from: "a resident of Antioch, Illinois, ... killed two people who
  // were protesting" names where the killer lives, not where the protest was.)
  const places = list.filter((p) => home(p) && !originOf(doc, p));
  const place = places.find((p) => p.tokenStart > trigger) ?? places.filter((p) => p.tokenEnd <= trigger).pop();
  return place ? governmentOf(place) : null;
}

// The place follows "of" or "from", directly or after the name of a town in it ("of Antioch, Illinois").
function originOf(doc: Doc, p: ActorMention): boolean {
  let t = p.tokenStart - 1;
  if (doc.tokens[t]?.text === ',') {
    t--;
    while (t >= 0 && /^[A-Z]/.test(doc.tokens[t].text) && doc.tokens[t].sentence === doc.tokens[p.tokenStart].sentence) t--;
  }
  return t >= 0 && (doc.tokens[t].lower === 'of' || doc.tokens[t].lower === 'from');
}

/**
 * An actor the sentence implies, named by the characters of a mention it stands on (a place for its
 * government or people, a declarer for its own people): `why` names the inference in id and ref.
 */
export function impliedActor(base: ActorMention, why: string, kind: ActorMention['kind'], actor: ActorMention['actor']): ActorMention {
  return { ...base, id: `${base.id}~${why}`, kind, locative: false, ref: `${base.ref}+${why}`, actor };
}

export function governmentOf(place: ActorMention): ActorMention {
  const country = place.actor.country!;
  return impliedActor(place, 'government-of-place', 'seat', { code: `${country}GOV`, country, role: 'GOV', name: `${place.actor.name} (its government)` });
}

const ANTI_GOVERNMENT = /^anti-?(government|regime)$/;

/**
 * "anti-government protests continue in Baghdad": a protest noun that names its target by an
 * "anti-government" modifier and its protesters by no one is the people of the place it is in
 * against that place's government. Both sides keep the place's characters; null without a place.
 */
export function antiGovernmentProtest(doc: Doc, list: ActorMention[], trigger: number): [ActorMention, ActorMention] | null {
  const tokens = doc.tokens;
  let t = trigger - 1;
  while (t >= 0 && t >= trigger - 3 && tokens[t].sentence === tokens[trigger].sentence && !ANTI_GOVERNMENT.test(tokens[t].lower)) t--;
  if (t < 0 || t < trigger - 3 || !ANTI_GOVERNMENT.test(tokens[t].lower)) return null;
  const places = list.filter((p) => p.locative && !!p.actor.country);
  const place = places.find((p) => p.tokenStart > trigger) ?? places.filter((p) => p.tokenEnd <= trigger).pop();
  if (!place) return null;
  const country = place.actor.country!;
  const people = impliedActor(place, 'people-of-place', 'country', { code: country, country, role: null, name: `${place.actor.name} (its people)` });
  return [people, governmentOf(place)];
}

// A sentence that says the crowd backs someone: "in support of", "in favour of", "pro-government".
function supportive(doc: Doc, trigger: number): boolean {
  const s = doc.sentences[doc.tokens[trigger].sentence];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (SUPPORT.test(doc.tokens[t].lower)) return true;
  return false;
}
const SUPPORT = /^(support|favour|favor|pro-government|pro-regime|supporters?|loyalists?)$/;
