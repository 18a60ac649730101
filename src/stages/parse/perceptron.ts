/**
 * Averaged perceptron over hashed features. Training keeps one dense row of class weights per
 * feature key in an open-addressing table that grows as needed; averaging uses the "accumulate
 * c * delta" trick, so an update costs O(features) and the averaged weights come out as w - u / c.
 */

/** Scores classes for a set of feature keys; implemented by the training and the shipped tables. */
export interface Scorer {
  readonly classes: number;
  score(keys: Int32Array, count: number, out: Float32Array): void;
}

/** Averaged weights, row r holding rowLen[r] (class, weight) pairs. */
export interface AveragedRows {
  keys: Int32Array;
  rowLen: Uint8Array;
  cls: Uint8Array;
  val: Float32Array;
}

export class TrainingTable implements Scorer {
  readonly classes: number;
  private keys: Int32Array;
  private rowOf: Int32Array;
  private mask: number;
  private rows = 0;
  private weights: Float32Array;
  private totals: Float64Array;
  /** Number of training examples seen: the averaging clock. */
  private clock = 1;

  constructor(classes: number, initialSlots = 1 << 16) {
    this.classes = classes;
    this.keys = new Int32Array(initialSlots);
    this.rowOf = new Int32Array(initialSlots);
    this.mask = initialSlots - 1;
    this.weights = new Float32Array((initialSlots >> 1) * classes);
    this.totals = new Float64Array((initialSlots >> 1) * classes);
  }

  get size(): number {
    return this.rows;
  }

  tick(): void {
    this.clock++;
  }

  private find(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === key) return this.rowOf[i];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  private insert(key: number): number {
    // Keep the load factor under one half so probes stay short.
    if ((this.rows + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    let i = key & this.mask;
    while (this.keys[i] !== 0) {
      if (this.keys[i] === key) return this.rowOf[i];
      i = (i + 1) & this.mask;
    }
    const row = this.rows++;
    this.keys[i] = key;
    this.rowOf[i] = row;
    if (this.rows * this.classes > this.weights.length) {
      const w = new Float32Array(this.weights.length * 2);
      w.set(this.weights);
      this.weights = w;
      const t = new Float64Array(this.totals.length * 2);
      t.set(this.totals);
      this.totals = t;
    }
    return row;
  }

  private rehash(slots: number): void {
    const oldKeys = this.keys;
    const oldRows = this.rowOf;
    this.keys = new Int32Array(slots);
    this.rowOf = new Int32Array(slots);
    this.mask = slots - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] === 0) continue;
      let i = oldKeys[j] & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = oldKeys[j];
      this.rowOf[i] = oldRows[j];
    }
  }

  score(keys: Int32Array, count: number, out: Float32Array): void {
    const c = this.classes;
    out.fill(0, 0, c);
    for (let f = 0; f < count; f++) {
      const row = this.find(keys[f]);
      if (row < 0) continue;
      const base = row * c;
      for (let j = 0; j < c; j++) out[j] += this.weights[base + j];
    }
  }

  /** Moves weight from the wrongly predicted class to the class that should have won. */
  update(keys: Int32Array, count: number, good: number, bad: number): void {
    const c = this.classes;
    const stamp = this.clock;
    for (let f = 0; f < count; f++) {
      const base = this.insert(keys[f]) * c;
      this.weights[base + good] += 1;
      this.totals[base + good] += stamp;
      this.weights[base + bad] -= 1;
      this.totals[base + bad] -= stamp;
    }
  }

  /** Adds `delta` to class `cls` of every key (structured updates move whole action sequences). */
  add(keys: Int32Array, from: number, count: number, cls: number, delta: number): void {
    const c = this.classes;
    const stamp = this.clock * delta;
    for (let f = from; f < from + count; f++) {
      const base = this.insert(keys[f]) * c;
      this.weights[base + cls] += delta;
      this.totals[base + cls] += stamp;
    }
  }

  /**
   * Averaged weights of every row, dropping entries whose magnitude is below `minAbs` (pruning) and
   * rows left empty. Returns parallel arrays ready for the compact run-time table.
   */
  averaged(minAbs: number): AveragedRows {
    const c = this.classes;
    const keys: number[] = [];
    const rowLen: number[] = [];
    const cls: number[] = [];
    const val: number[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === 0) continue;
      const base = this.rowOf[i] * c;
      let len = 0;
      for (let j = 0; j < c; j++) {
        const avg = this.weights[base + j] - this.totals[base + j] / this.clock;
        if (Math.abs(avg) < minAbs || avg === 0) continue;
        cls.push(j);
        val.push(avg);
        len++;
      }
      if (len === 0) continue;
      keys.push(this.keys[i]);
      rowLen.push(len);
    }
    return {
      keys: Int32Array.from(keys),
      rowLen: Uint8Array.from(rowLen),
      cls: Uint8Array.from(cls),
      val: Float32Array.from(val),
    };
  }
}

/** Sums several averaged tables row by row (the rows of an ensemble); output rows sorted by key. */
export function sumRows(tables: AveragedRows[]): AveragedRows {
  if (tables.length === 1) return tables[0];
  const sums = new Map<number, Map<number, number>>();
  for (const t of tables) {
    for (let r = 0, e = 0; r < t.keys.length; r++) {
      let row = sums.get(t.keys[r]);
      if (row === undefined) sums.set(t.keys[r], (row = new Map()));
      for (let j = 0; j < t.rowLen[r]; j++, e++) row.set(t.cls[e], (row.get(t.cls[e]) ?? 0) + t.val[e]);
    }
  }
  const keys = [...sums.keys()].sort((a, b) => a - b);
  const rowLen: number[] = [];
  const cls: number[] = [];
  const val: number[] = [];
  for (const k of keys) {
    const row = [...sums.get(k)!].sort((a, b) => a[0] - b[0]);
    rowLen.push(row.length);
    for (const [c, v] of row) {
      cls.push(c);
      val.push(v);
    }
  }
  return { keys: Int32Array.from(keys), rowLen: Uint8Array.from(rowLen), cls: Uint8Array.from(cls), val: Float32Array.from(val) };
}
