import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';
import type { CodedEvent, EventActor, EventDate } from '../../model/event.js';
import type { CameoCode } from '../../dictionaries/cameo.js';
import { codeOnDate } from '../find-actors/roles.js';

/** Everything code-events decided about one event before it becomes a record. */
export interface EventDraft {
  sentence: number;
  code: string;
  source: ActorMention | null;
  target: ActorMention | null;
  triggerStart: number;
  triggerEnd: number;
  rule: string;
  by: string;
  date: EventDate;
}

// States talk, agree, sanction and cut ties through their governments: in those roots a bare country
// ("Turkey severed ties with Syria", "the United States announced") is coded as its government, as
// analysts code it. Protest, force and violence (14, 15, 17-20) keep the bare country, whose actor
// the text leaves open.
const STATE_ACTS = new Set(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '16']);

function eventActor(m: ActorMention | null, date: string | null, isCountry: (c: string) => boolean, root: string | null): EventActor | null {
  if (!m) return null;
  let a = codeOnDate(m, date, isCountry);
  if (root && STATE_ACTS.has(root) && m.kind === 'country' && !a.role && a.country && a.code === a.country) a = { ...a, code: `${a.country}GOV`, role: 'GOV' };
  return { code: a.code, country: a.country, role: a.role, name: a.name, start: m.start, end: m.end, ref: m.ref };
}

const idPart = (a: EventActor | null) => (a ? a.code || `@${a.start}` : '-');

/** Turn a draft into a coded event with CAMEO facts; factuality and place are filled by later stages. */
export function buildEvent(doc: Doc, d: EventDraft, cameo: CameoCode, isCountry: (c: string) => boolean, statesAsGovernments = true): CodedEvent {
  const root = statesAsGovernments ? cameo.root : null;
  const dateValue = d.date.value;
  const source = eventActor(d.source, dateValue, isCountry, root);
  const target = eventActor(d.target, dateValue, isCountry, root);
  return {
    // (An actor with no code is told apart by where its name starts.)
    id: `${doc.id}#${d.triggerStart}:${idPart(source)}:${idPart(target)}:${d.code}`,
    doc: doc.id,
    sentence: d.sentence,
    source,
    target,
    code: d.code,
    root: cameo.root,
    quad: cameo.quad,
    goldstein: cameo.goldstein,
    plover: { type: cameo.ploverType, mode: cameo.ploverMode },
    date: d.date,
    place: null,
    factuality: { value: 'asserted', cue: null },
    trigger: { text: doc.text.slice(d.triggerStart, d.triggerEnd), start: d.triggerStart, end: d.triggerEnd },
    rule: d.rule,
    by: d.by,
    mentions: [{ sentence: d.sentence, start: d.triggerStart, end: d.triggerEnd }],
  };
}
