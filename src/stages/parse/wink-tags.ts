/**
 * Tags already-tokenised words with wink-nlp, so that the parser is trained and measured on the same
 * kind of part-of-speech tags it receives at run time (wink's, not the treebank's gold UPOS).
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;

function nlp(): Nlp {
  // Loading the language model costs ~100 ms; share one instance across every call.
  if (shared === null) shared = winkNLP(model);
  return shared;
}

export interface WinkTags {
  tags: string[];
  lemmas: string[];
}

/**
 * Runs wink on the words joined by single spaces and gives each word the tag of the wink token that
 * covers its first character. Wink splits some words ("U.S.-based") and merges none across spaces,
 * but the covering rule also keeps any future merge from shifting the alignment.
 */
export function tagWords(words: readonly string[]): WinkTags {
  const text = words.join(' ');
  const starts = new Int32Array(words.length);
  for (let i = 0, pos = 0; i < words.length; i++) {
    starts[i] = pos;
    pos += words[i].length + 1;
  }
  const its = nlp().its;
  const tokens = nlp().readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  // wink's typings give precedingSpaces and lemma signatures that `out` does not accept; both work at run time.
  const spaces = tokens.out(its.precedingSpaces as unknown as ItsFunction<string>) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemma = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];

  // Character span of each wink token; re-synchronise by searching if wink's value ever differs
  // from the source text, so a single odd token cannot misalign the rest of the sentence.
  const tokStart = new Int32Array(values.length);
  const tokEnd = new Int32Array(values.length);
  let cursor = 0;
  for (let t = 0; t < values.length; t++) {
    let at = cursor + spaces[t].length;
    if (!text.startsWith(values[t], at)) {
      const found = text.indexOf(values[t], cursor);
      at = found >= 0 ? found : at;
    }
    tokStart[t] = at;
    tokEnd[t] = Math.max(at + values[t].length, at + 1);
    cursor = Math.max(cursor, tokEnd[t]);
  }

  const tags = new Array<string>(words.length);
  const lemmas = new Array<string>(words.length);
  let t = 0;
  for (let i = 0; i < words.length; i++) {
    const start = starts[i];
    while (t + 1 < values.length && tokEnd[t] <= start) t++;
    // A word no token covers (should not happen) borrows the nearest token's tag rather than failing.
    tags[i] = values.length === 0 ? 'X' : pos[t];
    lemmas[i] = values.length === 0 ? words[i].toLowerCase() : lemma[t];
  }
  return { tags, lemmas };
}
