/**
 * Integer hashing for features. Every feature is a 32-bit hash of a template id and a few integer
 * atoms, so the hot loops build no strings and allocate nothing.
 */

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  return h ^ (h >>> 16);
}

/**
 * Feature key from a template id and up to four atoms: a cheap linear combination with distinct odd
 * multipliers per argument position, then murmur3's fmix32 avalanche, which matters because the
 * weight tables index by the low bits. Never 0: 0 marks an empty slot.
 */
export function featureKey(t: number, a: number, b: number, c: number, d: number): number {
  let h = (Math.imul(t + 1, 0x27d4eb2f) + Math.imul(a, 0x9e3779b1) + Math.imul(b, 0x85ebca6b) + Math.imul(c, 0xc2b2ae35) + Math.imul(d, 0x165667b1)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** Combines two atoms into one (e.g. the two halves of a label bit set). */
export function combine(a: number, b: number): number {
  return mix(mix(0x27d4eb2f, a), b);
}

/**
 * FNV-1a over the characters from..to of a word, ASCII-lowercased, with every digit read as 0 so
 * that "1999" and "2024" share a form. Seeds keep whole words, suffixes and prefixes apart.
 */
export function hashChars(w: string, from: number, to: number, seed: number): number {
  let h = seed;
  for (let c = from; c < to; c++) {
    let code = w.charCodeAt(c);
    if (code >= 65 && code <= 90) code += 32;
    else if (code >= 48 && code <= 57) code = 48;
    h = Math.imul(h ^ code, 0x01000193);
  }
  return h;
}

/** Atom slot 0 of a template vector always holds 0, the value of an unused template argument. */
export const TEMPLATE_ZERO = 0;

/**
 * Feature templates as (id, slot, slot, slot, slot) rows, unused slots pointing at TEMPLATE_ZERO.
 * Each template is [id, ...atom slots], at most four slots.
 */
export function templateRows(templates: ReadonlyArray<readonly number[]>): Int32Array {
  const rows = new Int32Array(templates.length * 5);
  templates.forEach((t, j) => {
    if (t.length > 5) throw new Error('a feature template has at most four atoms');
    for (let i = 0; i < t.length; i++) rows[j * 5 + i] = t[i];
  });
  return rows;
}

/**
 * Writes featureKey(id, v[slot], ...) of each of the first `count` rows to `out`; returns count.
 * Feature extraction fills an atom vector and calls this once instead of calling featureKey per
 * feature: V8 inlines only the first few of ~80 call sites in one function and the calls cost ~15%
 * of parsing time, while the one call site here is inlined into a tight loop.
 */
export function hashTemplates(rows: Int32Array, count: number, v: Int32Array, out: Int32Array): number {
  v[TEMPLATE_ZERO] = 0;
  for (let j = 0, r = 0; j < count; j++, r += 5) {
    out[j] = featureKey(rows[r], v[rows[r + 1]], v[rows[r + 2]], v[rows[r + 3]], v[rows[r + 4]]);
  }
  return count;
}
