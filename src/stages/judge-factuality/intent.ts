/**
 * A statement of intent is an event of its own. "The United States said it would resume military
 * aid to Ukraine", "Turkey vowed to strike", "Kyiv is ready to accept the proposal": nothing has been
 * given, struck or accepted yet, but the source has asserted an intent, which CAMEO codes in root 03
 * (intent to cooperate, aid, yield, meet ...) or 13 (threats) according to the act intended. A planned
 * or scheduled act that nobody has pledged ("talks will take place next week") stays a future event.
 */
import type { Doc } from '../../model/doc.js';
import type { CodedEvent } from '../../model/event.js';
import type { CameoCode } from '../../dictionaries/cameo.js';
import { REPORT_VERBS } from './cues.js';

/** Verbs and adjectives before "to" by which the subject commits to the act after it. */
export const INTENT_VERBS = new Set(['plan', 'intend', 'prepare', 'aim', 'seek', 'hope', 'want', 'vow', 'pledge', 'promise', 'offer', 'propose', 'decide', 'agree', 'commit', 'threaten', 'undertake', 'volunteer', 'resolve', 'wish']);
export const INTENT_ADJ = new Set(['ready', 'willing', 'prepared', 'eager', 'determined', 'committed']);

// Intent codes by the code (or its first three or two digits) of the act intended.
const INTENT: Record<string, string> = {
  '04': '036', '05': '032',
  '06': '031', '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '07': '033', '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '08': '035', '081': '0351', '082': '0352', '083': '034', '0831': '0341', '0832': '0342', '0833': '0343', '0834': '0344',
  '084': '0353', '085': '0354', '086': '0355', '087': '0356',
  '14': '133', '15': '138',
  '16': '131', '161': '1313', '162': '1311', '163': '1312', '166': '1313',
  '17': '137', '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324',
  '18': '1383', '19': '1384', '191': '1381', '192': '1382', '20': '1383', '204': '1385',
};

/** The CAMEO code for intending the act coded `code`, or null when the act has none (statements, demands, threats). */
export function intentCode(code: string): string | null {
  return INTENT[code] ?? INTENT[code.slice(0, 3)] ?? INTENT[code.slice(0, 2)] ?? null;
}

// The token of the event's sentence that starts at `char` (-1 when none): cue and source lie in it.
function tokenStarting(doc: Doc, e: CodedEvent, char: number): number {
  const s = doc.sentences[e.sentence];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (doc.tokens[t].start === char) return t;
  return -1;
}

// "X said (that) it would/will act": a verb of saying before the cue whose speaker is the event's
// source: the source named before the verb, or a pronoun after it that refers back to the source.
function speakerPledges(doc: Doc, e: CodedEvent, cueToken: number): boolean {
  const s = doc.sentences[e.sentence];
  if (!e.source) return false;
  const sourceToken = tokenStarting(doc, e, e.source.start);
  for (let t = cueToken - 1; t >= s.tokenStart; t--) {
    const tok = doc.tokens[t];
    if (tok.pos !== 'VERB' || !REPORT_VERBS.has(tok.lemma)) continue;
    if (sourceToken >= 0 && sourceToken < t) return true;
    const m = doc.actors.find((a) => a.start === e.source!.start && a.end === e.source!.end);
    return !!m && m.by === 'find-actors:coref' && sourceToken > t && sourceToken < cueToken;
  }
  return false;
}

/** Recode `e` as a statement of intent when its cue is one; returns whether it did. */
export function expressIntent(doc: Doc, e: CodedEvent, cameo: Map<string, CameoCode>): boolean {
  const f = e.factuality;
  if ((f.value !== 'future' && f.value !== 'hypothetical') || f.start === undefined || !e.source) return false;
  if (e.code.startsWith('03') || e.code.startsWith('13')) return false;
  const cueToken = tokenStarting(doc, e, f.start);
  if (cueToken < 0) return false;
  const first = doc.tokens[cueToken];
  const committed = doc.tokens[cueToken + 1]?.lower === 'to' && (INTENT_VERBS.has(first.lemma) || INTENT_ADJ.has(first.lower));
  const pledged = (first.lower === 'will' || first.lower === 'would' || first.lower === "'ll") && speakerPledges(doc, e, cueToken);
  if (!committed && !pledged) return false;
  // Threatening to cooperate is no threat; intending to harm is one only when it is a threat. Cutting
  // ties or aid that a government says it will do is announced policy, not a threat, unless it threatens.
  const harm = /^(1[4-9]|20)/.test(e.code);
  if (first.lemma === 'threaten' ? !harm : harm && !pledged && !['vow', 'resolve', 'determined'].includes(first.lemma)) return false;
  if (e.code.startsWith('16') && first.lemma !== 'threaten') {
    // ("announced that it would cease military aid": a future act the speaker has announced, not a
    // hypothetical one; "would" is the future of a past verb of saying.)
    if (pledged) e.factuality = { ...f, value: 'future' };
    return false;
  }
  const code = intentCode(e.code);
  const facts = code ? cameo.get(code) : undefined;
  if (!facts) {
    // ("announced she would be launching an impeachment inquiry": an act with no intent code that
    // its doer said they would do is a future one, not a supposition.)
    if (pledged) e.factuality = { ...f, value: 'future' };
    return false;
  }
  e.rule = `${e.rule}+intent(${doc.text.slice(f.start, f.end)}):${e.code}`;
  e.code = facts.code;
  e.root = facts.root;
  e.quad = facts.quad;
  e.goldstein = facts.goldstein;
  e.plover = { type: facts.ploverType, mode: facts.ploverMode };
  e.id = e.id.replace(/:[^:]*$/, `:${facts.code}`);
  e.factuality = { value: 'asserted', cue: f.cue, start: f.start, end: f.end };
  return true;
}
