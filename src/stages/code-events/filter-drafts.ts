import type { Doc } from '../../model/doc.js';
import type { Sentence } from '../../model/span.js';
import type { EventDraft } from './build-event.js';
import { isPassive } from './arguments.js';
import { STATE_ROLES } from '../find-actors/roles.js';

function tokenOf(doc: Doc, s: Sentence, char: number): number {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (doc.tokens[t].start === char) return t;
  return -1;
}

// "Fidan met his counterpart" must not become Fidan meeting Fidan: an actor acting on itself (the
// same entry, or a reference back to it) is a misread, while two arms of one state (USALEG -> USAGOV) are not.
function sameEntity(d: EventDraft): boolean {
  const s = d.source;
  const t = d.target;
  if (!s || !t || s.actor.code !== t.actor.code) return false;
  const ids = (m: NonNullable<EventDraft['source']>) => new Set([m.id, ...(m.corefOf ?? [])]);
  const a = ids(s);
  if (s.ref === t.ref || [...ids(t)].some((x) => a.has(x))) return true;
  // "people comfort people", "women attack women": one country's population acting on itself, both
  // sides named by the same plain noun, is no interaction between political actors.
  const noun = (m: NonNullable<EventDraft['source']>) => /agent:CVL:([^+]+)/.exec(m.ref ?? '')?.[1];
  return s.kind === 'agent' && t.kind === 'agent' && !!noun(s) && noun(s) === noun(t);
}

// (A plain noun for people, "people", "residents", names no one whatever country it takes.)
const named = (m: EventDraft['source']): boolean => !!m && (STATE_ROLES.has(m.actor.role ?? '') || m.by === 'find-actors:institution' || m.kind === 'person' || m.kind === 'org' || !!m.personLike || !!m.ref?.includes('+name') || (!!m.actor.country && !(m.kind === 'agent' && m.actor.role === 'CVL')) || m.actor.code.startsWith('IGO') || m.actor.code.startsWith('NGO') || m.actor.code.startsWith('IMG'));

const INSTITUTION_PLURALS = new Set(['schools', 'colleges', 'universities', 'companies', 'firms', 'businesses', 'corporations', 'hospitals', 'clinics', 'banks', 'churches', 'mosques', 'unions', 'charities', 'nonprofits']);
const OWNING = new Set(['DET', 'PRON', 'NUM', 'PROPN']);
function genericInstitutions(doc: Doc, m: NonNullable<EventDraft['target']>): boolean {
  if (m.kind !== 'agent' || m.actor.country) return false;
  const head = doc.tokens[m.tokenEnd - 1];
  if (!INSTITUTION_PLURALS.has(head.lower)) return false;
  for (let t = m.tokenStart - 1; t >= 0 && t >= m.tokenStart - 3; t--) {
    const w = doc.tokens[t];
    if (OWNING.has(w.pos) || w.lower === "'s") return false;
    if (w.pos !== 'ADJ' && w.pos !== 'NOUN') break;
  }
  return true;
}

const INTRANSITIVE_ROOTS = new Set(['01', '14']);
const SPEAKING = new Set(['speak', 'talk', 'tell']);
const POSSESSIVE = /^(its|their|his|her|our|my|your)$/i;
const VERBAL_ROOT = /^(0\d|1[0-3]|16)/;

// "the captured fighters", "a disputed boundary", "the banned party": a participle standing as an
// adjective before its noun describes a state; what happened, who did it and when are not in the text.
// One joined to its doer by a hyphen keeps the doer ("a U.S.-designated terrorist group", "Russian-backed
// forces") and stays an event.
function attributive(doc: Doc, s: Sentence, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok.lower.endsWith('ed') && tok.lower === tok.lemma) return false;
  // (Last in its sentence, it stands before no noun; first, it needs no determiner: "Accused rebels fled".)
  if (t + 1 >= s.tokenEnd) return false;
  if (t <= s.tokenStart) return tok.lower.endsWith('ed') && (['NOUN', 'PROPN'].includes(doc.tokens[t + 1].pos) || doc.actors.some((a) => a.kind === 'agent' && a.tokenStart === t + 1));
  const hyphen = doc.tokens[t - 1];
  if (t - 1 > s.tokenStart && hyphen.text === '-' && hyphen.end === tok.start && doc.tokens[t - 2].end === hyphen.start) return false;
  if (tok.rel && tok.rel !== 'amod') return false;
  // Between a determiner or adjective and a noun; the parse alone is not trusted ("and levied/amod sanctions").
  const prev = doc.tokens[t - 1];
  const next = doc.tokens[t + 1];
  // After a preposition only the parse's word is taken: "by protesting legislators" (amod), but
  // "after attacking troops" (a gerund with its object).
  const before = ['DET', 'ADJ', 'NUM'].includes(prev.pos) || (prev.pos === 'ADP' && tok.rel === 'amod');
  // (The noun may be tagged as a verb when it is a role noun: "the detained suspect's identity".)
  const noun = ['NOUN', 'PROPN', 'ADJ'].includes(next.pos) || doc.actors.some((a) => a.kind === 'agent' && a.tokenStart === t + 1);
  return t > s.tokenStart && t + 1 < s.tokenEnd && before && prev.lower !== 'that' && noun;
}
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'who', 'which', 'that']);

// The nearest word before the verb, past auxiliaries, adverbs and negation (-1 when none).
function wordBeforeVerb(doc: Doc, s: Sentence, v: number): number {
  let t = v - 1;
  while (t >= s.tokenStart && ['AUX', 'ADV', 'PART'].includes(doc.tokens[t].pos)) t--;
  return t >= s.tokenStart ? t : -1;
}

// That word is a pronoun.
function pronounSubject(doc: Doc, s: Sentence, v: number): boolean {
  const t = wordBeforeVerb(doc, s, v);
  return t >= 0 && PRONOUNS.has(doc.tokens[t].lower);
}

// That word ends a name the dictionaries do not know ("Garcia invited him").
function unknownSubject(doc: Doc, s: Sentence, v: number): boolean {
  const t = wordBeforeVerb(doc, s, v);
  return t >= 0 && doc.actors.some((a) => a.kind === 'unknown' && !a.personLike && a.end === doc.tokens[t].end);
}

// "A bat struck her on the chin", "the storm hit Florida", "a truck struck the convoy": no one did it.
const NATURAL_DOERS = new Set(['bat', 'dog', 'animal', 'creature', 'bear', 'shark', 'snake', 'bird', 'insect', 'mosquito', 'storm', 'hurricane',
  'typhoon', 'cyclone', 'tornado', 'earthquake', 'quake', 'tsunami', 'flood', 'flooding', 'wildfire', 'fire', 'blaze', 'lightning', 'wave',
  'avalanche', 'landslide', 'mudslide', 'drought', 'heatwave', 'virus', 'disease', 'pandemic', 'outbreak', 'car', 'truck', 'vehicle', 'train', 'bus', 'boat']);

// (A verb coordinated with another shares its subject: "a bat approached her and struck her".)
function naturalSubject(doc: Doc, s: Sentence, v: number): boolean {
  for (let verb = v, hops = 0; hops < 3; hops++) {
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      if (doc.tokens[t].head === verb && doc.tokens[t].rel === 'nsubj') return NATURAL_DOERS.has(doc.tokens[t].lemma);
    }
    const up = doc.tokens[verb].head;
    if (doc.tokens[verb].rel !== 'conj' || up === undefined || up < 0) return false;
    verb = up;
  }
  return false;
}

// Appeals, intents, demands, rejections and threats are about an act that has not happened:
// "indicated an interest in restoring ties", "urged Russia to withdraw", "threatened to attack".
const ABOUT_ANOTHER_ACT = new Set(['02', '03', '10', '12', '13']);

/** Is `d` the act that another draft of the sentence asks for, offers, refuses or threatens? */
function nestedUnder(doc: Doc, s: Sentence, d: EventDraft, all: EventDraft[]): boolean {
  const inner = tokenOf(doc, s, d.triggerStart);
  if (inner < 0 || doc.tokens[inner].pos !== 'VERB') return false;
  const named = new Set<number>();
  for (const o of all) for (const m of [o.source, o.target]) if (m) for (let k = m.tokenStart; k < m.tokenEnd; k++) named.add(k);
  return all.some((o) => {
    if (o === d || !ABOUT_ANOTHER_ACT.has(o.code.slice(0, 2)) || o.triggerStart >= d.triggerStart) return false;
    let t = tokenOf(doc, s, o.triggerStart) + 1;
    if (t <= 0 || inner - t > 12) return false;
    // (At most five words between, not counting the addressee's name: "encouraged newly elected
    // Ukrainian president Volodymyr Zelensky to investigate".)
    let words = 0;
    let link = false;
    for (; t < inner; t++) {
      const tok = doc.tokens[t];
      if (!named.has(t) && ++words > 5) return false;
      if (tok.pos === 'PUNCT' || tok.pos === 'VERB' || tok.pos === 'SCONJ') return false;
      if (tok.lower === 'to' || tok.pos === 'ADP') link = true;
    }
    return link;
  });
}

const FORCE_ROOT = /^(18|19|20)/;
const MEANS_PREP = new Set(['by', 'in', 'with', 'during', 'through']);

// "Soleimani was killed by a US airstrike in Iraq": the airstrike is how the killing was done, one
// happening, not a second event with the place for its target.
function instrumentOf(doc: Doc, s: Sentence, d: EventDraft, all: EventDraft[]): boolean {
  if (!d.by.endsWith(':noun') || !FORCE_ROOT.test(d.code)) return false;
  const noun = tokenOf(doc, s, d.triggerStart);
  let t = noun - 1;
  while (t > s.tokenStart && noun - t <= 5 && !MEANS_PREP.has(doc.tokens[t].lower)) {
    if (doc.tokens[t].pos === 'VERB' || doc.tokens[t].pos === 'PUNCT') return false;
    t--;
  }
  if (!MEANS_PREP.has(doc.tokens[t]?.lower ?? '')) return false;
  return all.some((o) => o !== d && o.by.endsWith(':verb') && FORCE_ROOT.test(o.code) && o.triggerStart < d.triggerStart && tokenOf(doc, s, o.triggerStart) >= t - 4);
}

/**
 * Drop drafts that say less than an event must: an active verb whose subject is a pronoun we could
 * not resolve (the doer is known to the text, so an empty source would be wrong). "X said ..." stays only when nothing more
 * specific was coded in the sentence, and an act that another event of the sentence only asks for,
 * offers, refuses or threatens is no event of its own. Passive verbs and event nouns keep an unknown source
 * ("protesters were shot", "airstrikes on Idlib").
 */
export function filterDrafts(doc: Doc, s: Sentence, drafts: EventDraft[], requireDyad = true): EventDraft[] {
  // Every dropped candidate leaves an info message, so `eventwire dict explain` can say why.
  const drop = (d: EventDraft, why: string) => {
    doc.messages.push({ code: 'EW_MSG_EVENT_DROPPED', severity: 'info', stage: 'code-events', text: `dropped ${d.source?.actor.code ?? '-'} ${d.code} ${d.target?.actor.code ?? '-'} "${doc.text.slice(d.triggerStart, d.triggerEnd)}" (${d.rule}): ${why}`, spanId: `trigger:${d.triggerStart}-${d.triggerEnd}` });
    return false;
  };
  const kept = drafts.filter((d) => {
    if (sameEntity(d)) return drop(d, 'source and target are the same actor');
    // A person the dictionaries do not know may fill one side; the other must say who is involved.
    if (!d.source?.actor.code && !d.target?.actor.code && (d.source?.personLike || d.target?.personLike)) return drop(d, 'no side of the event has a code');
    // "they want to restrict people", "the family expressed concern": with no side a state or an
    // arm of one, a named person or an organisation, nothing says whose politics this is.
    // (Protests, force, arrests and violence by or against unnamed people stay: those are political
    // whoever does them.)
    if (!named(d.source) && !named(d.target) && /^(0|1[0-35-6]|172)/.test(d.code)) return drop(d, 'no side names a country, a person or an organisation');
    // "endorsed charter schools", "opposed private hospitals": a bare plural of institutions after a
    // verb of support or opposition names a policy, not a party to it.
    if (d.target && /^(05|11|12)/.test(d.code) && genericInstitutions(doc, d.target)) return drop(d, 'the target is a kind of institution, a policy position');
    // "X told VOA", "in an interview with CNN": talking to the press is how news is made, not an event.
    // "announcing their withdrawal": a statement's target is the one addressed, never the owner of
    // what was said; and a statement needs a speaker.
    if (d.code.startsWith('01') && d.target && POSSESSIVE.test(doc.text.slice(d.target.start, d.target.end))) d.target = null;
    if (d.code.startsWith('01') && !d.source) return drop(d, 'a statement with no speaker named');
    if (d.target?.actor.role === 'MED' && (d.code.startsWith('01') || SPEAKING.has(doc.tokens[tokenOf(doc, s, d.triggerStart)]?.lemma ?? ''))) return drop(d, 'a statement to the press');
    // "the President traveled to South Dakota": a trip to a place in one's own country visits no one.
    if (d.code === '042' && d.target?.locative && d.source?.actor.country && d.target.actor.country === d.source.actor.country) return drop(d, "a trip inside the traveller's own country");
    // Events are dyadic: an act with no one it is done to says too little, except statements and
    // denials (01: "Iran denied involvement") and protests (14), which often have none in the text;
    // a plain "X said" (010) addressed to no one is no event at all.
    if (requireDyad && !d.target && (!INTRANSITIVE_ROOTS.has(d.code.slice(0, 2)) || d.code === '010')) return drop(d, 'no target');
    if (d.by.endsWith(':verb')) {
      const at = tokenOf(doc, s, d.triggerStart);
      if (at >= 0 && attributive(doc, s, at)) return drop(d, 'a participle used as an adjective');
    }
    if (d.source) return true;
    // Meeting, cooperating, giving or yielding (roots 03-08) takes two parties: with one of them
    // unnamed ("military brass gathered in Paris") nothing is said about who dealt with whom.
    if (/^0[3-8]/.test(d.code)) return drop(d, 'a cooperative act whose maker is not named');
    // "a trade deal with the EU", "peace talks with Ukrainian officials": an event noun of talk,
    // agreement or aid whose maker the sentence does not name says too little to code.
    if (d.by.endsWith(':noun')) return !VERBAL_ROOT.test(d.code) || drop(d, 'a verbal or diplomatic event noun whose maker is not named');
    if (!d.by.endsWith(':verb')) return true;
    // An unresolved pronoun subject ("it said", "they attacked") hides a known doer: no guess.
    const t = tokenOf(doc, s, d.triggerStart);
    if (t < 0) return true;
    // "Residents were told to stay", "the hospital was designated": a passive says who was acted on,
    // and for force that is news ("protesters were shot"); but a statement, appeal, agreement or
    // sanction (roots 01-13, 16) whose maker the text does not name says too little to code.
    if (isPassive(doc.tokens, t, s.tokenStart)) return !VERBAL_ROOT.test(d.code) || drop(d, 'a passive verbal or diplomatic act whose maker is not named');
    if (pronounSubject(doc, s, t)) return drop(d, 'the subject is a pronoun with no antecedent');
    if (naturalSubject(doc, s, t)) return drop(d, 'the doer is an animal, a thing or a force of nature');
    // The doer is named, but not by a name any entry knows: an empty source would say it is unknown.
    return unknownSubject(doc, s, t) ? drop(d, 'the subject is a name the dictionaries do not know') : true;
  });
  // (An appeal dropped for want of a coded addressee still says the act is only asked for: "urged
  // vigilant locals to assist authorities" is no assistance by the one who urged.)
  const unnested = kept.filter((d) => !nestedUnder(doc, s, d, drafts) || drop(d, 'it is the act another event of the sentence asks for, offers, refuses or threatens'));
  const own = unnested.filter((d) => !instrumentOf(doc, s, d, unnested) || drop(d, 'it is the means of another act of force of the sentence ("killed by an airstrike")'));
  const specific = own.some((d) => !d.code.startsWith('01'));
  return specific ? own.filter((d) => d.code !== '010' || drop(d, 'a plain statement beside a more specific event')) : own;
}
