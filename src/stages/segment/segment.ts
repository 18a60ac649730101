import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc } from '../../model/doc.js';
import type { Sentence, Token } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { foldText } from '../../dictionaries/normalize.js';
import type { CompiledDictionary } from '../../dictionaries/compile.js';
import { repairLemmas } from './repair-lemmas.js';
import { repairTags } from './repair-tags.js';

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;

/**
 * The wink-nlp instance, built once per thread (building it costs ~150 ms). Only the sentence splitter
 * and the tagger run: wink's default pipe also finds named and custom entities, negation and
 * sentiment, which nothing here reads. Tokens, tags, lemmas and sentences are the same either way
 * (checked on all 292 corpus articles), and readDoc takes ~40% less time.
 */
export function getNlp(): Nlp {
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
}

// wink tokens carry no character offsets, so we find each token in the text from a moving cursor.
// wink keeps token text verbatim (it only splits), so indexOf from the cursor finds it; a token it
// normalised (rare) is located by skipping whitespace and taking its length.
function locate(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  if (at >= 0 && at - from < 64) return at;
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** Split a doc into sentences and tokens with part of speech and lemma (wink-nlp). */
export function segmentText(doc: Doc): Doc {
  const nlp = getNlp();
  const its = nlp.its;
  // wink splits words at letters it does not know (Erdoğan -> Erdo ğ an); a same-length ASCII fold
  // keeps every offset valid while giving it words it can tokenise.
  const folded = foldText(doc.text);
  const wdoc = nlp.readDoc(folded);
  const texts = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as any) as string[];
  const tokens: Token[] = [];
  // wink emits line breaks as tokens; we drop them, so keep where each wink index landed.
  const ours = new Int32Array(texts.length + 1);
  let cursor = 0;
  for (let i = 0; i < texts.length; i++) {
    ours[i] = tokens.length;
    if (!texts[i].trim()) continue;
    const start = locate(folded, texts[i], cursor);
    const end = Math.min(doc.text.length, start + texts[i].length);
    cursor = end;
    tokens.push({ start, end, text: doc.text.slice(start, end), lower: texts[i].toLowerCase(), lemma: (lemmas[i] ?? texts[i]).toLowerCase(), pos: pos[i], sentence: 0 });
  }
  ours[texts.length] = tokens.length;
  const sentences: Sentence[] = [];
  wdoc.sentences().each((s: any) => {
    const [first, last] = s.out(its.span) as [number, number];
    const a = ours[first];
    const b = ours[last + 1];
    if (b <= a) return;
    sentences.push({ id: '', label: 'sentence', by: 'segment', start: tokens[a].start, end: tokens[b - 1].end, index: 0, tokenStart: a, tokenEnd: b });
  });
  doc.tokens = tokens;
  doc.sentences = splitOnNewlines(doc, sentences);
  return doc;
}

// News text often has headlines and list items without final punctuation; wink joins them with the
// next line. A blank line or a newline after a line that ends without punctuation ends a sentence.
function splitOnNewlines(doc: Doc, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let first = s.tokenStart;
    for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
      if (newlineBetween(doc.text, doc.tokens[t - 1].end, doc.tokens[t].start)) {
        out.push(makeSentence(doc, first, t, out.length));
        first = t;
      }
    }
    out.push(makeSentence(doc, first, s.tokenEnd, out.length));
  }
  return out;
}

function newlineBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function makeSentence(doc: Doc, first: number, end: number, index: number): Sentence {
  for (let t = first; t < end; t++) doc.tokens[t].sentence = index;
  const start = doc.tokens[first].start;
  const stop = doc.tokens[end - 1].end;
  return { id: `sentence:${index}`, label: 'sentence', by: 'segment', start, end: stop, index, tokenStart: first, tokenEnd: end };
}

/** The segment stage: sentences and tokens. */
export const segmentStage = defineStage<{ dictionary?: CompiledDictionary }, unknown>({
  name: 'segment',
  version: '3',
  requires: ['text'],
  assigns: ['sentences', 'tokens'],
  create: (deps) => {
    const dict = deps?.dictionary;
    // Lemmas are repaired against the words the event dictionaries know (repair-lemmas.ts).
    const known = dict ? (w: string) => dict.verbs.has(w) || dict.nouns.has(w) : null;
    return (doc) => {
      segmentText(doc);
      for (const s of doc.sentences) repairTags(doc.tokens, s.tokenStart, s.tokenEnd);
      if (known) repairLemmas(doc.tokens, known);
      return doc;
    };
  },
});
