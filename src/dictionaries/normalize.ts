// Text folding shared by the segmenter and the dictionary compiler, so that names in the
// dictionaries and words in the text meet in one form ("Erdoğan" and "Erdogan" alike).

const FOLD_CACHE = new Map<string, string>();

/** Fold one UTF-16 unit to ASCII when it is a Latin letter with a diacritic or a typographic quote; same length. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return ch;
  let out = FOLD_CACHE.get(ch);
  if (out === undefined) {
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') out = "'";
    else if (ch === '\u201c' || ch === '\u201d') out = '"';
    else if (ch === '\u00a0') out = ' ';
    else if (ch === '\u0131') out = 'i'; // dotless i (Turkish)
    else if (ch === '\u00df') out = 's';
    else {
      const base = ch.normalize('NFD')[0];
      out = base.charCodeAt(0) < 128 && /[A-Za-z]/.test(base) ? base : ch;
    }
    FOLD_CACHE.set(ch, out);
  }
  return out;
}

/** Fold text character by character, keeping its length so offsets stay valid. */
export function foldText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

/** Split a dictionary name into tokens the way the segmenter splits text: spaces, hyphens, possessive 's. */
export function tokenizeName(name: string): string[] {
  // Dictionaries repeat the same words thousands of times ("with", "against", "+T"): tokenise each once.
  let cached = NAME_CACHE.get(name);
  if (!cached) {
    cached = tokenizeUncached(name);
    NAME_CACHE.set(name, cached);
  }
  return cached;
}

const NAME_CACHE = new Map<string, string[]>();

// Characters that make a word split further; most words have none and skip the regular expressions.
const SPECIAL = /[-/',;:]/;

function tokenizeUncached(name: string): string[] {
  const folded = foldText(name).toLowerCase();
  const out: string[] = [];
  for (const word of folded.split(/\s+/)) {
    if (!word) continue;
    if (!SPECIAL.test(word)) {
      out.push(word);
      continue;
    }
    const parts = word.split(/(-|\/)/).filter(Boolean);
    for (const part of parts) {
      const poss = /^(.+?)('s|')$/.exec(part);
      if (poss && poss[1].length > 1 && !part.endsWith(".'")) out.push(poss[1], poss[2]);
      else if (/^.+[,;:]$/.test(part)) out.push(part.slice(0, -1), part.slice(-1));
      else out.push(part);
    }
  }
  return out;
}
