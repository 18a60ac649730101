/** A stretch of `doc.text` (UTF-16 offsets), produced by a stage (`by`) from a dictionary entry (`ref`). */
export interface Span {
  id: string;
  start: number;
  end: number;
  label: string;
  by: string;
  ref?: string;
  score?: number;
}

/** A sentence: its characters and the half-open range of token indexes it covers. */
export interface Sentence extends Span {
  index: number;
  tokenStart: number;
  tokenEnd: number;
}

/** One token with its tag and lemma; `head`/`rel` are filled by the parse stage (head -1 = root). */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  sentence: number;
  head?: number;
  rel?: string;
}

/** Make a span id that is unique inside one doc and stable across runs. */
export function spanId(layer: string, start: number, end: number): string {
  return `${layer}:${start}-${end}`;
}
