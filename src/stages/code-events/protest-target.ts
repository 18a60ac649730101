import type { ActorMention } from '../../model/actor.js';

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
export function protestTarget(list: ActorMention[], source: ActorMention, trigger: number, slotted: ActorMention | null): ActorMention | null {
  if (slotted && !slotted.locative) return slotted;
  if (source.kind !== 'country' && !PROTESTERS.has(source.actor.role ?? '')) return null;
  const home = (p: ActorMention) => p.locative && !!p.actor.country && (!source.actor.country || source.actor.country === p.actor.country);
  if (slotted) return home(slotted) ? governmentOf(slotted) : null;
  const places = list.filter(home);
  const place = places.find((p) => p.tokenStart > trigger) ?? places.filter((p) => p.tokenEnd <= trigger).pop();
  return place ? governmentOf(place) : null;
}

function governmentOf(place: ActorMention): ActorMention {
  const country = place.actor.country!;
  return {
    ...place,
    id: `${place.id}~government`,
    kind: 'seat',
    locative: false,
    ref: `${place.ref}+government-of-place`,
    actor: { code: `${country}GOV`, country, role: 'GOV', name: `${place.actor.name} (its government)` },
  };
}
