// Build the clean text line by line and keep, for every character, where it came from, so that
// removing furniture or blank lines never loses the way back to the raw input.

/** Clean text and, per character, its index in the raw input (-1 when unknown); map is null when text equals the source. */
export interface CleanText {
  text: string;
  map: Int32Array | null;
  /** The furniture lines removed, as they read in the source. */
  removed: string[];
}

interface Line {
  start: number; // first char of the line in the source
  end: number; // after its last non-space char
  breakAt: number; // index of its line-break char, or -1 for the last line
  kind: 'text' | 'blank' | 'furniture';
}

// Same-length replacements keep offsets: no-break and narrow spaces become plain spaces.
const SPACE_LIKE = /[\u00a0\u2007\u202f]/g;
// Invisible characters that split words for the tokenizer: dropped (the map skips them).
const INVISIBLE = /[\u200b\u00ad\ufeff\u2060]/;

/**
 * Normalise a source text: line breaks to LF, no-break spaces to spaces, trailing whitespace and
 * invisible characters removed, runs of blank lines to one, furniture lines dropped.
 * `sourceMap` maps the source to raw (null = the source is raw).
 */
export function cleanText(source: string, sourceMap: Int32Array | null, isFurniture: (line: string) => boolean): CleanText {
  const lines = splitLines(source);
  const removed: string[] = [];
  for (const line of lines) {
    const content = source.slice(line.start, line.end).trim();
    if (!content) line.kind = 'blank';
    else if (isFurniture(content.replace(SPACE_LIKE, ' '))) {
      line.kind = 'furniture';
      removed.push(content);
    }
  }
  const chars: string[] = [];
  // The clean text is never longer than the source: every char we emit is one of the source's.
  const map: Mapped = { at: new Int32Array(source.length), length: 0 };
  const from = (i: number) => (sourceMap ? sourceMap[i] : i);
  let previous = -1; // index of the last kept line
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    if (line.kind !== 'text') continue;
    if (previous >= 0) {
      // One newline between adjacent lines; a blank line anywhere in the gap makes a paragraph break.
      chars.push('\n');
      map.at[map.length++] = from(lines[previous].breakAt);
      if (lines.slice(previous + 1, l).some((between) => between.kind === 'blank')) {
        chars.push('\n');
        map.at[map.length++] = from(lines[previous + 1].breakAt);
      }
    }
    appendLine(source, line, chars, map, from);
    previous = l;
  }
  const text = chars.join('');
  const unchanged = sourceMap === null && text === source;
  return { text, map: unchanged ? null : map.at.slice(0, map.length), removed };
}

interface Mapped {
  at: Int32Array;
  length: number;
}

function appendLine(source: string, line: Line, chars: string[], map: Mapped, from: (i: number) => number): void {
  const slice = source.slice(line.start, line.end);
  const visibleOnly = !INVISIBLE.test(slice);
  if (visibleOnly) chars.push(slice.replace(SPACE_LIKE, ' '));
  for (let i = line.start; i < line.end; i++) {
    if (visibleOnly) {
      map.at[map.length++] = from(i);
    } else if (!INVISIBLE.test(source[i])) {
      chars.push(source[i].replace(SPACE_LIKE, ' '));
      map.at[map.length++] = from(i);
    }
  }
}

/** Split at LF, CRLF or lone CR; a CRLF's break is its LF, so the map points at a real newline. */
function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\n' && source[i] !== '\r') continue;
    const end = trimEnd(source, start, i);
    if (source[i] === '\r' && source[i + 1] === '\n') i++;
    lines.push({ start, end, breakAt: i, kind: 'text' });
    start = i + 1;
  }
  lines.push({ start, end: trimEnd(source, start, source.length), breakAt: -1, kind: 'text' });
  return lines;
}

function trimEnd(source: string, start: number, end: number): number {
  while (end > start && /\s/.test(source[end - 1])) end--;
  return end;
}
