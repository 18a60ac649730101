/**
 * wink-nlp's lemmatiser strips suffixes by rule and sometimes cuts too deep or too shallow: "fined"
 * becomes "fin", "expelled" "expell". When neither a token's form nor its lemma is a word the event
 * dictionaries know, the regular English inflections are undone one by one and the first base form
 * the dictionaries do know becomes the lemma. Only verbs and plural-looking nouns are repaired, so
 * names are never touched.
 */
import type { Token } from '../../model/span.js';

/** Base forms an inflected word may come from, most likely first. */
export function baseForms(word: string): string[] {
  const out: string[] = [];
  const undouble = (stem: string) => (/([bdgklmnprtz])\1$/.test(stem) ? [stem.slice(0, -1)] : []);
  if (word.endsWith('ied') || word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    out.push(`${stem}e`, stem, ...undouble(stem));
  }
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    out.push(stem, `${stem}e`, ...undouble(stem));
  }
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out.filter((w) => w.length > 1);
}

/** Give tokens whose form and lemma the dictionaries do not know a known base form, when one fits. */
export function repairLemmas(tokens: Token[], known: (word: string) => boolean): void {
  for (const tok of tokens) {
    if (tok.pos !== 'VERB' && !(tok.pos === 'NOUN' && tok.lower.endsWith('s'))) continue;
    if (known(tok.lemma) || known(tok.lower)) continue;
    const base = baseForms(tok.lower).find(known);
    if (base) tok.lemma = base;
  }
}
