// PETRARCH and TABARI dictionary files share one comment syntax: `#` to the end of the line, XML
// comments `<!-- ... -->` (on one line or several), and TABARI's legacy `;` in actor and verb lines.
// Every reader here starts from the same cleaned lines, each keeping its 1-based line number.

/** One meaningful line of a PETRARCH file: comments removed, trailing space trimmed. */
export interface SourceLine {
  line: number;
  text: string;
  /** True when the raw line began with a tab (actor date restrictions are tab-indented). */
  indented: boolean;
}

// `#` starts a comment at the line start or after a blank, `]` or `}` ("[ZBW]#jw 9/30/91"); never
// inside a code such as `[###]`.
function stripHash(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '#') continue;
    const prev = i === 0 ? ' ' : text[i - 1];
    if (/\s|\]|\}/.test(prev)) return text.slice(0, i);
  }
  return text;
}

// TABARI's `;` comment ("JAMES_BYRNES_  ; CountryInfo.txt", "RIP {RIPPING RIPS RIPPED};shan").
function stripSemicolon(text: string): string {
  const m = /(^|[\s\]}]);/.exec(text);
  return m ? text.slice(0, m.index + m[1].length) : text;
}

/** Split a PETRARCH dictionary file into meaningful lines. */
export function readSourceLines(text: string, opts: { semicolonComments?: boolean } = {}): SourceLine[] {
  const out: SourceLine[] = [];
  const lines = text.split(/\r?\n/);
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i];
    if (inComment) {
      const close = raw.indexOf('-->');
      if (close < 0) continue;
      inComment = false;
      raw = raw.slice(close + 3);
    }
    // Remove complete XML comments, then open a multi-line one if a `<!` is left unclosed.
    raw = raw.replace(/<!--.*?-->/g, '');
    const open = raw.search(/<!/);
    if (open >= 0) {
      if (!raw.slice(open).includes('>')) inComment = true;
      raw = raw.slice(0, open);
    }
    let text = stripHash(raw);
    if (opts.semicolonComments) text = stripSemicolon(text);
    if (!text.trim()) continue;
    out.push({ line: i + 1, text: text.trimEnd(), indented: /^\t/.test(raw) });
  }
  return out;
}

/** The contents of every `[...]` on a line, with the text before the first bracket. */
export function splitBrackets(text: string): { head: string; brackets: string[]; rest: string } {
  const first = text.indexOf('[');
  if (first < 0) return { head: text.trim(), brackets: [], rest: '' };
  const brackets: string[] = [];
  let i = first;
  let rest = '';
  while (i >= 0 && i < text.length) {
    const close = text.indexOf(']', i);
    // TABARI files sometimes close a code with `}` ("CONGRESS!PERSON! [~LEG}").
    const alt = text.indexOf('}', i);
    const end = close >= 0 ? close : alt;
    if (end < 0) {
      brackets.push(text.slice(i + 1).trim());
      break;
    }
    brackets.push(text.slice(i + 1, end).trim());
    const next = text.indexOf('[', end);
    if (next < 0) rest = text.slice(end + 1).trim();
    i = next;
  }
  return { head: text.slice(0, first).trim(), brackets, rest };
}
