/**
 * First-person words inside a quotation belong to whoever the text says spoke it: in
 * '"We will not give up," said the Ukrainian president' or 'Trump wrote: "I informed Bolton"',
 * "we" and "I" are the speaker. A quotation's speaker is the actor of a verb of saying right after it
 * ('"...," said X' / '"...," X said') or right before it ('X said: "..."').
 */
import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';

const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our']);
const SPEECH = new Set(['say', 'tell', 'add', 'write', 'tweet', 'state', 'declare', 'announce', 'insist', 'warn', 'note', 'explain', 'argue', 'ask', 'reply', 'respond', 'continue', 'stress', 'post']);
const OPEN = new Set(['\u201c', '"']);
const CLOSE = new Set(['\u201d', '"']);

/**
 * Quotation spans [open, close] as token indexes. A straight quote opens when it stands after a space
 * (or at the start) before a word, and closes otherwise, so a quotation inside a quotation ('"The
 * "United States" is not ..."') nests instead of flipping every later pair. A quotation still open at
 * a paragraph break ends there: news reopens a quotation that runs on into the next paragraph.
 */
const spansByDoc = new WeakMap<Doc, Array<[number, number]>>();

export function quotations(doc: Doc): Array<[number, number]> {
  // (Asked for by the speaker search and the self-reference check: found once per document.)
  const known = spansByDoc.get(doc);
  if (known) return known;
  const spans: Array<[number, number]> = [];
  spansByDoc.set(doc, spans);
  const text = doc.text;
  let open = -1;
  let depth = 0;
  doc.tokens.forEach((t, i) => {
    if (depth > 0 && i > 0 && paragraphBreak(text, doc.tokens[i - 1].end, t.start)) {
      spans.push([open, i]); // (the close is exclusive: the quotation holds the tokens before the break)
      depth = 0;
      open = -1;
    }
    if (!OPEN.has(t.text) && !CLOSE.has(t.text)) return;
    const before = text[t.start - 1];
    const after = text[t.end];
    const opening = t.text === '\u201c' || (t.text === '"' && (before === undefined || /[\s(\[\u2014-]/.test(before)) && after !== undefined && !/\s/.test(after));
    if (opening) {
      if (depth === 0) open = i;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        spans.push([open, i]);
        open = -1;
      }
    }
  });
  return spans;
}

// Two line breaks with only spaces between them.
function paragraphBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++breaks === 2) return true;
    } else if (c > 32) breaks = 0;
  }
  return false;
}

const isSpeech = (doc: Doc, t: number) => doc.tokens[t] && doc.tokens[t].pos === 'VERB' && SPEECH.has(doc.tokens[t].lemma);

/** New mentions for first-person words inside quotations, resolved to the quotation's speaker. */
export function resolveQuoteSpeakers(doc: Doc, mentions: ActorMention[]): ActorMention[] {
  const tokens = doc.tokens;
  // (A person no entry knows speaks too: "I strongly reject ...," Parrilla said.)
  const speakers = mentions.filter((m) => !m.locative && m.kind !== 'compound' && (m.kind === 'unknown' ? !!m.personLike : !!m.actor.code));
  const at = new Map(speakers.map((m) => [m.tokenStart, m]));
  const endingAt = new Map(speakers.map((m) => [m.tokenEnd, m]));
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered[t] = 1;
  const out: ActorMention[] = [];
  let last: { speaker: ActorMention; sentence: number } | null = null;
  for (const [open, close] of quotations(doc)) {
    let speaker: ActorMention | undefined;
    // After: '," said X' or '," X said' (a comma may stand before or after the closing mark).
    let k = close + 1;
    if (tokens[k]?.text === ',') k++;
    if (isSpeech(doc, k)) speaker = at.get(k + 1) ?? (tokens[k + 1]?.pos === 'DET' ? at.get(k + 2) : undefined);
    else {
      // The speaker's mention may start a word or two in ("Republican senator Lindsey Graham told").
      for (let v = k + 1; v < k + 8 && v < tokens.length && !speaker; v++) {
        if (tokens[v].pos === 'PUNCT') break;
        if (isSpeech(doc, v)) speaker = endingAt.get(v);
      }
    }
    // Before: 'X said: "..."' / 'X said, "..."' (the speaker before the verb, within a few words).
    // ('Trump wrote on Twitter: "..."': a short phrase may stand between the verb and the quotation.)
    if (!speaker) {
      let v = open - 1;
      if (tokens[v] && (tokens[v].text === ',' || tokens[v].text === ':')) v--;
      for (let back = 0; back < 4 && v > 0 && !isSpeech(doc, v) && tokens[v].pos !== 'VERB' && tokens[v].pos !== 'PUNCT'; back++) v--;
      if (isSpeech(doc, v) && tokens[v].sentence === tokens[open].sentence) {
        // (Not past the end of an earlier sentence or quotation: '... to Turkey." McGurk wrote, "...').
        for (let t = v; t > v - 6 && t >= 0 && !speaker; t--) {
          if (t < v && (OPEN.has(tokens[t].text) || CLOSE.has(tokens[t].text) || tokens[t].sentence !== tokens[v].sentence)) break;
          speaker = endingAt.get(t);
        }
      }
    }
    // A quotation right after an attributed one, with none of its own, goes on in the same voice.
    if (!speaker && last && tokens[open].sentence <= last.sentence + 1) speaker = last.speaker;
    if (!speaker) continue;
    last = { speaker, sentence: tokens[close].sentence };
    for (let t = open + 1; t < close; t++) {
      const tok = tokens[t];
      if (covered[t] || tok.pos !== 'PRON' || !FIRST_PERSON.has(tok.lower)) continue;
      out.push({ ...speaker, id: `actor:${tok.start}-${tok.end}`, start: tok.start, end: tok.end, tokenStart: t, tokenEnd: t + 1, headToken: t, by: 'find-actors:coref', corefOf: [speaker.id], members: undefined });
    }
  }
  return out;
}

const THIRD_PERSON = new Set(['he', 'him', 'his', 'she', 'her']);
const FIRST_SINGULAR = new Set(['i', 'me', 'my']);

/**
 * 'Duda said: "I am unconditionally with him and his loved ones"': a speaker does not name himself
 * "him" in his own quotation, so a third-person pronoun resolved to the quotation's "I" is dropped
 * (its referent is someone the resolver could not find).
 */
export function dropSelfReferences(doc: Doc, mentions: ActorMention[]): ActorMention[] {
  const spans = quotations(doc);
  if (!spans.length) return mentions;
  const spanOf = (t: number) => spans.find(([open, close]) => open < t && t < close);
  const speakers = new Map<[number, number], Set<string>>();
  for (const m of mentions) {
    if (m.by !== 'find-actors:coref' || !FIRST_SINGULAR.has(doc.tokens[m.tokenStart].lower) || !m.ref) continue;
    const span = spanOf(m.tokenStart);
    if (!span) continue;
    if (!speakers.has(span)) speakers.set(span, new Set());
    speakers.get(span)!.add(m.ref);
  }
  if (!speakers.size) return mentions;
  return mentions.filter((m) => {
    if (m.by !== 'find-actors:coref' || !THIRD_PERSON.has(doc.tokens[m.tokenStart].lower) || !m.ref) return true;
    const span = spanOf(m.tokenStart);
    return !(span && speakers.get(span)?.has(m.ref));
  });
}
