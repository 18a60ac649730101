/**
 * CAMEO keeps root 19 (fight: conventional military force, small arms, artillery, air strikes) for
 * armed bodies: armies, police, rebels, militias. The same verbs said of a criminal, a civilian, a
 * protester or a person the dictionaries do not know ("the attacker killed two people", "a man
 * attacked a group of men") are unconventional violence, root 18: the generic 180.
 */
import type { EventDraft } from './build-event.js';

const UNARMED = new Set(['CRM', 'CVL', 'OPP', 'EDU', 'LAB', 'AGR', 'REF', 'MED', 'BUS', 'REL', 'HLH']);

/** The code a draft's act takes given who did it. */
export function codeForDoer(d: EventDraft): string {
  if (!d.code.startsWith('19') || !d.source) return d.code;
  const a = d.source.actor;
  const unarmed = a.code === '' ? d.source.kind === 'unknown' : !!a.role && UNARMED.has(a.role);
  return unarmed ? '180' : d.code;
}
