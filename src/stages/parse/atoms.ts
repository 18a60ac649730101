/**
 * Per-word atoms of one sentence, computed once before parsing: word and affix hashes, a shape
 * class, wink's tag and the refined tag the parser features read. Index n is the artificial root
 * and index n+1 stands for "no word", so feature code never branches on missing positions.
 */
import { hashChars } from './hash.js';
import { FINE, NO_CLUSTER, type ClusterTable } from './word-clusters.js';

export const UPOS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM',
  'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
const TAG_ID = new Map<string, number>(UPOS.map((t, i) => [t, i]));
const TAG_X = TAG_ID.get('X')!;
export const TAG_ROOT = UPOS.length;
export const TAG_NONE = UPOS.length + 1;

export function tagId(tag: string): number {
  return TAG_ID.get(tag) ?? TAG_X;
}

const SHAPE_LOWER = 0;
const SHAPE_CAPITALISED = 1;
const SHAPE_ALL_CAPS = 2;
const SHAPE_DIGITS = 3;
const SHAPE_NO_LETTERS = 4;
const SHAPE_FIRST_CAPITALISED = 5;
const SHAPE_MIXED = 6;

export class SentenceAtoms {
  n = 0;
  word = new Int32Array(0);
  /** wink-nlp's tag, as given. */
  wink = new Int32Array(0);
  /** The tag the parser's features use: wink's, or the retagger's correction of it. */
  tag = new Int32Array(0);
  suffix1 = new Int32Array(0);
  suffix2 = new Int32Array(0);
  suffix = new Int32Array(0);
  suffix4 = new Int32Array(0);
  prefix2 = new Int32Array(0);
  prefix3 = new Int32Array(0);
  prefix1 = new Int32Array(0);
  prefix4 = new Int32Array(0);
  shape = new Int32Array(0);
  /** Word class learned from unlabeled text (word-clusters.ts): fine (256) and coarse (16) ids. */
  cluster = new Int32Array(0);
  coarse = new Int32Array(0);

  constructor(private readonly clusters: ClusterTable | null = null) {}

  load(words: readonly string[], winkTags: readonly string[]): void {
    const n = words.length;
    this.n = n;
    if (this.word.length < n + 2) this.grow(Math.max(n + 2, this.word.length * 2, 64));
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const len = w.length;
      this.wink[i] = tagId(winkTags[i]);
      this.tag[i] = this.wink[i];
      this.word[i] = hashChars(w, 0, len, 0x811c9dc5);
      this.suffix1[i] = hashChars(w, Math.max(0, len - 1), len, 0x1b873593);
      this.suffix2[i] = hashChars(w, Math.max(0, len - 2), len, 0x2545f491);
      this.suffix[i] = hashChars(w, Math.max(0, len - 3), len, 0x3c6ef372);
      this.suffix4[i] = hashChars(w, Math.max(0, len - 4), len, 0x4b7c8a1d);
      this.prefix2[i] = hashChars(w, 0, Math.min(2, len), 0x5a9d3c21);
      this.prefix3[i] = hashChars(w, 0, Math.min(3, len), 0x6d2b79f5);
      this.prefix1[i] = hashChars(w, 0, Math.min(1, len), 0x71c3a5e9);
      this.prefix4[i] = hashChars(w, 0, Math.min(4, len), 0x1f83d9ab);
      this.shape[i] = shapeOf(w, i === 0);
      const c = this.clusters === null ? NO_CLUSTER : this.clusters.get(this.word[i]);
      this.cluster[i] = c;
      this.coarse[i] = c === NO_CLUSTER ? 99 : (c / FINE) | 0;
    }
    for (let i = n; i <= n + 1; i++) {
      const marker = i === n ? 0x7007 : 0x7117;
      this.word[i] = marker;
      this.wink[i] = i === n ? TAG_ROOT : TAG_NONE;
      this.tag[i] = this.wink[i];
      this.suffix1[i] = this.suffix2[i] = this.suffix[i] = this.suffix4[i] = marker;
      this.prefix2[i] = this.prefix3[i] = this.prefix1[i] = this.prefix4[i] = marker;
      this.shape[i] = i === n ? 7 : 8;
      this.cluster[i] = this.coarse[i] = marker;
    }
  }

  private grow(size: number): void {
    for (const name of ['word', 'wink', 'tag', 'suffix1', 'suffix2', 'suffix', 'suffix4', 'prefix2', 'prefix3', 'prefix1', 'prefix4', 'shape', 'cluster', 'coarse'] as const) {
      this[name] = new Int32Array(size);
    }
  }
}

/** Capitalisation class; a capital on the first word says less than one mid-sentence. */
function shapeOf(w: string, first: boolean): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let c = 0; c < w.length; c++) {
    const code = w.charCodeAt(c);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code >= 48 && code <= 57) digit++;
  }
  if (digit > 0) return SHAPE_DIGITS;
  if (upper === 0) return lower > 0 ? SHAPE_LOWER : SHAPE_NO_LETTERS;
  if (lower === 0) return SHAPE_ALL_CAPS;
  const initial = w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;
  if (upper === 1 && initial) return first ? SHAPE_FIRST_CAPITALISED : SHAPE_CAPITALISED;
  return SHAPE_MIXED;
}
