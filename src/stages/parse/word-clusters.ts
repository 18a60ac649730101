/**
 * Word classes learned without labels: each frequent word is described by the words seen just before
 * and after it in running text, and those context vectors are grouped by two-level spherical k-means
 * (16 coarse classes, each split into 16 fine ones). A word the treebank never saw still shares a
 * class with words it did see ("Magnitogorsk" with other place names), which a 46k-word treebank
 * badly needs. Words are keyed by the same normalised hash as the parser's word atom (hash.ts), so
 * the model stores no text. Deterministic: no randomness, ties broken by order.
 */
import { hashChars } from './hash.js';

export const WORD_SEED = 0x811c9dc5;
/** Cluster ids: fine id = coarse * FINE + sub; NO_CLUSTER for words without one. */
export const COARSE = 16;
export const FINE = 16;
export const NO_CLUSTER = COARSE * FINE;

export function wordKey(w: string): number {
  return hashChars(w, 0, w.length, WORD_SEED);
}

/** Splits running text into roughly treebank-like tokens (punctuation apart, "n't" and "'s" split). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*|\S/gu)) {
    const t = m[0];
    const clitic = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu.exec(t);
    if (clitic !== null) out.push(clitic[1], clitic[2]);
    else out.push(t);
  }
  return out;
}

export interface ClusterOptions {
  minCount: number;
  contexts: number;
  iterations: number;
}

/** Keys and fine cluster ids of the clustered words, sorted by key. */
export interface WordClusters {
  keys: Int32Array;
  ids: Uint16Array;
}

export function learnClusters(sentences: string[][], options: ClusterOptions): WordClusters {
  // Vocabulary by normalised key, counted; ordered by count then key so the result never depends on Map order.
  const counts = new Map<number, number>();
  for (const s of sentences) for (const w of s) { const k = wordKey(w); counts.set(k, (counts.get(k) ?? 0) + 1); }
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const vocab = byFreq.filter(([, c]) => c >= options.minCount).map(([k]) => k);
  const index = new Map(vocab.map((k, i) => [k, i]));
  const contextOf = new Map(byFreq.slice(0, options.contexts).map(([k], i) => [k, i]));
  const C = options.contexts + 1; // the last slot is "some other word" and the sentence boundary
  const dims = 2 * C;

  // Sparse context counts per word: left context in [0, C), right context in [C, 2C).
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of sentences) {
    const keys = s.map(wordKey);
    for (let i = 0; i < keys.length; i++) {
      const row = index.get(keys[i]);
      if (row === undefined) continue;
      const left = i > 0 ? contextOf.get(keys[i - 1]) ?? C - 1 : C - 1;
      const right = i + 1 < keys.length ? contextOf.get(keys[i + 1]) ?? C - 1 : C - 1;
      const r = rows[row];
      r.set(left, (r.get(left) ?? 0) + 1);
      r.set(C + right, (r.get(C + right) ?? 0) + 1);
    }
  }
  // sqrt-damped counts, unit length: frequent and rare words are compared on their distribution alone.
  const vectors = rows.map((r) => {
    const dimsOf = Int32Array.from([...r.keys()].sort((a, b) => a - b));
    const vals = Float64Array.from(dimsOf, (d) => Math.sqrt(r.get(d)!));
    let norm = 0;
    for (const v of vals) norm += v * v;
    norm = Math.sqrt(norm);
    for (let j = 0; j < vals.length; j++) vals[j] /= norm;
    return { dims: dimsOf, vals };
  });

  const coarse = kmeans(vectors, range(vectors.length), COARSE, dims, options.iterations);
  const ids = new Uint16Array(vocab.length);
  for (let c = 0; c < COARSE; c++) {
    const members = range(vectors.length).filter((i) => coarse[i] === c);
    const fine = kmeans(vectors, members, FINE, dims, options.iterations);
    members.forEach((m, j) => { ids[m] = c * FINE + fine[j]; });
  }
  const order = range(vocab.length).sort((a, b) => vocab[a] - vocab[b]);
  return { keys: Int32Array.from(order, (i) => vocab[i]), ids: Uint16Array.from(order, (i) => ids[i]) };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

type Sparse = { dims: Int32Array; vals: Float64Array };

/**
 * Spherical k-means over the given members; centroids start at evenly spaced members of the
 * frequency-ordered list, so frequent and rare words both seed classes. Returns a class per member.
 */
function kmeans(vectors: Sparse[], members: number[], k: number, dims: number, iterations: number): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) {
    members.forEach((_, j) => { assign[j] = j; });
    return assign;
  }
  const centroids = new Float64Array(k * dims);
  for (let c = 0; c < k; c++) {
    const v = vectors[members[Math.floor((c * members.length) / k)]];
    for (let j = 0; j < v.dims.length; j++) centroids[c * dims + v.dims[j]] = v.vals[j];
  }
  for (let it = 0; it < iterations; it++) {
    for (let m = 0; m < members.length; m++) {
      const v = vectors[members[m]];
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        let sim = 0;
        const base = c * dims;
        for (let j = 0; j < v.dims.length; j++) sim += centroids[base + v.dims[j]] * v.vals[j];
        if (sim > bestSim) { bestSim = sim; best = c; }
      }
      assign[m] = best;
    }
    centroids.fill(0);
    for (let m = 0; m < members.length; m++) {
      const v = vectors[members[m]];
      const base = assign[m] * dims;
      for (let j = 0; j < v.dims.length; j++) centroids[base + v.dims[j]] += v.vals[j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
  }
  return assign;
}

/** Run-time lookup: word key -> fine cluster id, an open-addressing table. */
export class ClusterTable {
  private readonly slots: Int32Array;
  private readonly values: Uint16Array;
  private readonly mask: number;

  constructor(clusters: WordClusters) {
    let size = 1024;
    while (size < clusters.keys.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.values = new Uint16Array(size);
    this.mask = size - 1;
    for (let r = 0; r < clusters.keys.length; r++) {
      let i = clusters.keys[r] & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = clusters.keys[r];
      this.values[i] = clusters.ids[r];
    }
  }

  get(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const k = this.slots[i];
      if (k === key) return this.values[i];
      if (k === 0) return NO_CLUSTER;
      i = (i + 1) & this.mask;
    }
  }
}
