// PETRARCH synsets (`&CURRENCY` = DOLLAR | EURO | SWISS FRANCS ...) expanded into word alternatives:
// each phrase is a run of consecutive words; regular plurals are added unless the label or the phrase
// ends with `_`; a member may itself be a synset (`+&TIETYPES`), which is expanded in place.
import type { RawSynset } from './read-verbs.js';

/** An expanded synset: each alternative a sequence of lower-case words that stand next to each other. */
export type Alternatives = string[][];

/** Regular plural as PETRARCH documents it: Y -> IES, SS -> +ES, otherwise +S. */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(ss|sh|ch|x)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Words of a phrase: blanks and underscores both join consecutive words inside a synset. */
export function phraseWords(text: string): string[] {
  return text.split(/[\s_]+/).filter(Boolean).map((w) => w.toLowerCase());
}

/** Expand every synset once (members first), reporting undefined or circular references. */
export function expandSynsets(raw: Map<string, RawSynset>, problem: (line: number, message: string) => void): Map<string, Alternatives> {
  const done = new Map<string, Alternatives>();
  const busy = new Set<string>();
  const expand = (name: string): Alternatives | null => {
    const known = done.get(name);
    if (known) return known;
    const s = raw.get(name);
    if (!s || busy.has(name)) return null;
    busy.add(name);
    const out: Alternatives = [];
    const seen = new Set<string>();
    const add = (words: string[]) => {
      const key = words.join(' ');
      if (words.length && !seen.has(key)) (seen.add(key), out.push(words));
    };
    for (const p of s.phrases) {
      if (p.text.startsWith('&')) {
        const inner = p.text.slice(1).replace(/_$/, '').toUpperCase();
        const alts = expand(inner);
        if (!alts) problem(p.line, `synset &${s.name}: member &${inner} is ${raw.has(inner) ? 'circular' : 'not defined'}; left out`);
        else alts.forEach(add);
        continue;
      }
      if (/[$%^*+&]/.test(p.text)) {
        problem(p.line, `synset &${s.name}: "${p.text}" may hold only words; left out`);
        continue;
      }
      const words = phraseWords(p.text);
      add(words);
      if (s.plurals && !p.text.endsWith('_') && words.length) add([...words.slice(0, -1), plural(words[words.length - 1])]);
    }
    busy.delete(name);
    done.set(name, out);
    return out;
  };
  for (const name of raw.keys()) expand(name);
  return done;
}
