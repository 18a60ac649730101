/**
 * CAMEO keeps root 19 (fight: conventional military force, small arms, artillery, air strikes) for
 * armed bodies: armies, police, rebels, militias. The same verbs said of a criminal, a civilian, a
 * protester or a person the dictionaries do not know ("the attacker killed two people", "a man
 * attacked a group of men") are unconventional violence, root 18: the generic 180.
 */
import type { Doc } from '../../model/doc.js';
import type { EventDraft } from './build-event.js';

const UNARMED = new Set(['CRM', 'CVL', 'OPP', 'EDU', 'LAB', 'AGR', 'REF', 'MED', 'BUS', 'REL', 'HLH']);

// Roles of bodies that bear arms: an attack by or on one of them may be force.
const ARMED = new Set(['MIL', 'COP', 'REB', 'INS', 'SEP', 'UAF', 'SPY', 'CRM']);
const WORD_ATTACKS = new Set(['attack', 'assail']);

// "Biden attacked Trump on his taxes", "Harris attacked Pence": one person or party attacking another
// person, party or newspaper, neither of them armed, is criticism (111), not military force.
function verbalAttack(doc: Doc, d: EventDraft): boolean {
  const s = d.source;
  const t = d.target;
  if (!s || !t || !d.by.endsWith(':verb')) return false;
  const trigger = doc.tokens.find((x) => x.start === d.triggerStart);
  if (!trigger || !WORD_ATTACKS.has(trigger.lemma)) return false;
  const civil = (m: NonNullable<EventDraft['source']>) => (m.kind === 'person' || m.kind === 'org' || !!m.personLike)
    && !ARMED.has(m.actor.role ?? '') && !m.actor.code.startsWith('IMG');
  return civil(s) && civil(t);
}

// Acts of unconventional violence that may stand as the subject of "killed": "a mass stabbing killed
// three people", "the shooting left two dead".
const UNCONVENTIONAL = new Set(['stabbing', 'stabbings', 'shooting', 'shootings', 'rampage', 'spree', 'knifing', 'massacre']);

// With no doer named, the act named as the subject of the verb tells the kind of violence.
function unconventionalSubject(doc: Doc, d: EventDraft): boolean {
  const at = doc.tokens.findIndex((x) => x.start === d.triggerStart);
  for (let t = at - 1; t >= 0 && t >= at - 3; t--) {
    const w = doc.tokens[t];
    if (UNCONVENTIONAL.has(w.lower)) return true;
    if (w.pos !== 'ADV' && w.pos !== 'AUX' && w.pos !== 'ADJ') return false;
  }
  return false;
}

/** The code a draft's act takes given who did it. */
export function codeForDoer(doc: Doc, d: EventDraft): string {
  if (!d.code.startsWith('19')) return d.code;
  if (!d.source) return unconventionalSubject(doc, d) ? '180' : d.code;
  if (verbalAttack(doc, d)) return '111';
  const a = d.source.actor;
  const unarmed = a.code === '' ? d.source.kind === 'unknown' : !!a.role && UNARMED.has(a.role);
  return unarmed ? '180' : d.code;
}
