import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/span.js';
import { clauseBounds } from './clause.js';

/** How a clause places its predicate in time, as far as a date needs it. */
export type ClauseTense = 'past' | 'present' | 'future' | 'modal';

// wink gives universal tags only (VERB/AUX, no VBD/VBZ), so tense comes from the word forms.
// Irregular simple-past and past-participle forms; regular ones end in -ed with a different lemma.
const IRREGULAR_PAST = new Set(`arose awoke was were bore beat became began bent bet bid bit bled blew broke bred brought
built burnt burst bought caught chose clung came cost crept cut dealt dug did drew dreamt drank drove ate fell fed felt
fought found fled flung flew forbade forgot forgave froze got gave went ground grew hung had heard hid hit held hurt
kept knelt knew laid led leant leapt left lent let lay lit lost made meant met paid put quit read rode rang rose ran
said saw sought sold sent set shook shed shone shot showed shut sang sank sat slept slid slung spoke sped spent spun
spat split spread sprang stood stole stuck stung struck strove swore swept swam swung took taught tore told thought
threw thrust understood undertook underwent upheld upset woke wore wove wept won wound withdrew withheld withstood wrote
arisen awoken been borne beaten become begun bitten blown broken chosen done drawn driven eaten fallen flown forbidden
forgotten forgiven frozen gotten given gone grown hidden known lain ridden risen seen shaken shown shrunk spoken stolen
striven sworn swum taken torn thrown woken worn woven withdrawn written overseen overtaken overthrown oversaw overtook
overthrew foresaw mistook sprung sunk sung rung drunk begun`.split(/\s+/));

const NOT_PAST_ED = new Set(['shed', 'wed', 'embed', 'shred', 'bed', 'red']);
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo', 'gonna']);
const MODAL_AUX = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'ought', "'d"]);
// Planning and prospect words make what they govern lie ahead of the time of speaking.
const PLAN_LEMMAS = new Set(['plan', 'expect', 'schedule', 'intend', 'propose', 'aim', 'hope', 'prepare', 'promise', 'pledge',
  'vow', 'threaten', 'anticipate', 'slate', 'envisage', 'envision']);
const PROSPECT_WORDS = new Set(['potential', 'upcoming', 'forthcoming', 'planned', 'proposed', 'scheduled', 'possible', 'prospective',
  'future', 'expected', 'anticipated', 'intended', 'slated']);
const PAST_BE = new Set(['was', 'were', 'had', 'did']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'has', 'have', "'ve", 'do', 'does']);

function isPastForm(t: Token): boolean {
  if (IRREGULAR_PAST.has(t.lower)) return true;
  // wink leaves some lemmas unreduced ("re-enabled"); -eed words ("need", "proceed") are not past forms
  return t.lower.endsWith('ed') && (t.lemma !== t.lower || (!t.lower.endsWith('eed') && !NOT_PAST_ED.has(t.lower)));
}

function isVerbal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

// The tense of an auxiliary chain read from its first (finite) member at index i.
function auxTense(doc: Doc, i: number, end: number): ClauseTense | null {
  const t = doc.tokens[i];
  if (FUTURE_AUX.has(t.lower)) return 'future';
  if (MODAL_AUX.has(t.lower)) {
    if (t.text === 'May') return null;
    // "might have encouraged": a guess about the past
    let j = i + 1;
    while (j < end && (doc.tokens[j].pos === 'ADV' || doc.tokens[j].lower === 'not')) j++;
    const perfect = doc.tokens[j]?.lower === 'have' && doc.tokens[j + 1] && (isPastForm(doc.tokens[j + 1]) || doc.tokens[j + 1].lower === 'been');
    return perfect ? 'past' : 'modal';
  }
  if (PAST_BE.has(t.lower)) return 'past';
  if (PRESENT_BE.has(t.lower)) {
    const next = doc.tokens[i + 1];
    // "is to visit", "is going to visit": a future arrangement; "has to visit": an obligation.
    if (next && next.lower === 'to' && i + 1 < end) return t.lemma === 'have' ? 'modal' : 'future';
    if (next && next.lower === 'going' && doc.tokens[i + 2]?.lower === 'to') return 'future';
    // "has met", "have been involved": perfect, i.e. anterior to the time of speaking.
    if (t.lemma === 'have') {
      for (let j = i + 1; j < end && j <= i + 3; j++) {
        const u = doc.tokens[j];
        if (u.pos === 'ADV' || u.pos === 'PART') continue;
        if (isVerbal(u) || u.pos === 'ADJ') return isPastForm(u) || u.lower === 'been' || u.lower.endsWith('ed') ? 'past' : 'present';
        break;
      }
    }
    return 'present';
  }
  return null;
}

// True when the auxiliaries right before token i are past ("was", "were", "had").
function pastChain(doc: Doc, i: number, lo: number): boolean {
  for (let j = i - 1; j >= lo && /^(AUX|ADV|PART)$/.test(doc.tokens[j].pos); j--) {
    if (PAST_BE.has(doc.tokens[j].lower)) return true;
  }
  return false;
}

// Tense signalled by token i, or null when the token says nothing (then the scan goes on).
function cueAt(doc: Doc, i: number, lo: number, end: number): ClauseTense | null {
  const t = doc.tokens[i];
  // a capitalised word inside the sentence is part of a name ("the Journal of Threatened Taxa")
  if (/^[A-Z]/.test(t.text) && i > doc.sentences[t.sentence].tokenStart && t.lower !== 'i') return null;
  // "is expected to", "plans to": ahead; "was expected to pass Wednesday night": a plan already past.
  if ((PROSPECT_WORDS.has(t.lower) && (t.pos !== 'VERB' || pastChain(doc, i, lo))) || (PLAN_LEMMAS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN' && t.lower.startsWith('plan')))) {
    // A plan verb in the simple past ("pledged on Wednesday to convert") is itself a past act.
    // A plan reported in the past ("was slated for October 15", "was expected to pass Wednesday
    // night") may lie on either side of publication: the nearer date wins, as for a modal. A year
    // back ("slated for October 15" three days before it, read as last October) is never the plan.
    const finitePast = t.pos === 'VERB' && isPastForm(t) && !/^(AUX)$/.test(doc.tokens[i - 1]?.pos ?? '') && !pastChain(doc, i, lo);
    return finitePast ? 'past' : 'modal';
  }
  if (!isVerbal(t)) return null;
  // Walk back over the auxiliary chain ("will not be", "has already been") to its first member; the
  // first auxiliary that carries tense decides, else the lexical verb's own form.
  let first = i;
  while (first - 1 >= lo && /^(AUX|ADV|PART)$/.test(doc.tokens[first - 1].pos) && doc.tokens[first - 1].lower !== 'to') first--;
  for (let j = first; j <= i; j++) {
    if (doc.tokens[j].pos !== 'AUX') continue;
    const tense = auxTense(doc, j, end);
    if (tense) return tense;
  }
  if (t.pos === 'AUX') return null;
  const prev = doc.tokens[first - 1];
  if (prev && prev.lower === 'to' && prev.pos === 'PART') return null; // infinitive: its governor decides
  if (t.lower.endsWith('ing')) return null; // participle: not finite
  if (isPastForm(t)) return 'past';
  if (t.lower.endsWith('s') && t.lemma !== t.lower) return 'present';
  return null;
}

/**
 * The tense of the clause around token `tokenIndex`: the nearest cue to its left inside the clause wins
 * (the word the expression hangs from), then the nearest to its right; for a fronted expression ("In
 * 2011, ...") the right side goes first. `skipTo` is the first token after the expression, so its own
 * words are no cue. With no cue at all the answer is 'present'.
 */
export function clauseTense(doc: Doc, tokenIndex: number, skipTo = tokenIndex + 1): ClauseTense {
  const clause = clauseBounds(doc, tokenIndex);
  const left = () => {
    for (let i = tokenIndex - 1; i >= clause.start; i--) {
      const tense = cueAt(doc, i, clause.start, clause.end);
      if (tense) return tense;
    }
    return null;
  };
  const right = () => {
    for (let i = skipTo; i < clause.end; i++) {
      const tense = cueAt(doc, i, clause.start, clause.end);
      if (tense) return tense;
    }
    return null;
  };
  // A fronted adverbial (", early August debate centered", "In 2011, Turkey ...") hangs from what follows.
  let before = tokenIndex - 1;
  while (before >= clause.start && (doc.tokens[before].pos === 'ADP' || doc.tokens[before].pos === 'ADV')) before--;
  const fronted = before < clause.start || doc.tokens[before].text === ',';
  const inClause = fronted ? right() ?? left() : left() ?? right();
  if (inClause) return inClause;
  // A verbless stretch ("shortly before midnight Wednesday") takes the tense of the sentence around it.
  const sentence = doc.sentences[doc.tokens[tokenIndex].sentence];
  for (let i = clause.start - 1; i >= sentence.tokenStart; i--) {
    const tense = cueAt(doc, i, sentence.tokenStart, clause.start);
    if (tense) return tense;
  }
  for (let i = clause.end; i < sentence.tokenEnd; i++) {
    const tense = cueAt(doc, i, clause.end, sentence.tokenEnd);
    if (tense) return tense;
  }
  return 'present';
}
