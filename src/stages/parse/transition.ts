/**
 * Arc-eager transition system with the root placed at the END of the buffer (Ballesteros & Nivre
 * 2013): no word can be attached to the root before the whole sentence has been read, which keeps
 * the greedy parser from committing to a root early. The state also tracks the children summaries
 * (outermost children, valency, label sets) that the feature templates read, updated in O(1) per arc.
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const N_ACTIONS = 4;

export class ParseState {
  /** Number of words; index n is the root, which sits at the end of the buffer. */
  n = 0;
  stack = new Int32Array(0);
  sp = 0;
  b0 = 0;
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  /** Leftmost and second-leftmost children, rightmost and second-rightmost (-1 when absent). */
  lc1 = new Int32Array(0);
  lc2 = new Int32Array(0);
  rc1 = new Int32Array(0);
  rc2 = new Int32Array(0);
  nLeft = new Int32Array(0);
  nRight = new Int32Array(0);
  /** Bit sets of the labels of left / right children (label ids < 64, split over two words). */
  leftSetLo = new Int32Array(0);
  leftSetHi = new Int32Array(0);
  rightSetLo = new Int32Array(0);
  rightSetHi = new Int32Array(0);
  /** Every per-word array above (and the stack) is a view into this one buffer, so copying a state is one memcpy. */
  private buffer = new Int32Array(0);
  private capacity = 0;

  /** Prepares the state for a sentence of n words, reusing buffers so parsing allocates nothing. */
  reset(n: number): void {
    if (n + 1 > this.capacity) this.grow(Math.max(n + 1, this.capacity * 2, 64));
    this.n = n;
    this.sp = 0;
    this.b0 = 0;
    const m = n + 1;
    this.heads.fill(-1, 0, m);
    this.labels.fill(-1, 0, m);
    this.lc1.fill(-1, 0, m);
    this.lc2.fill(-1, 0, m);
    this.rc1.fill(-1, 0, m);
    this.rc2.fill(-1, 0, m);
    this.nLeft.fill(0, 0, m);
    this.nRight.fill(0, 0, m);
    this.leftSetLo.fill(0, 0, m);
    this.leftSetHi.fill(0, 0, m);
    this.rightSetLo.fill(0, 0, m);
    this.rightSetHi.fill(0, 0, m);
  }

  /** Makes this state a copy of `other` (beam search keeps a few states alive at once). */
  copyFrom(other: ParseState): void {
    if (this.capacity !== other.capacity) this.grow(other.capacity);
    this.buffer.set(other.buffer);
    this.n = other.n;
    this.sp = other.sp;
    this.b0 = other.b0;
  }

  private grow(size: number): void {
    this.capacity = size;
    const buffer = new ArrayBuffer(size * 13 * 4);
    this.buffer = new Int32Array(buffer);
    const view = (i: number): Int32Array<ArrayBuffer> => new Int32Array(buffer, i * size * 4, size);
    this.stack = view(0);
    this.heads = view(1);
    this.labels = view(2);
    this.lc1 = view(3);
    this.lc2 = view(4);
    this.rc1 = view(5);
    this.rc2 = view(6);
    this.nLeft = view(7);
    this.nRight = view(8);
    this.leftSetLo = view(9);
    this.leftSetHi = view(10);
    this.rightSetLo = view(11);
    this.rightSetHi = view(12);
  }

  s0(): number {
    return this.sp > 0 ? this.stack[this.sp - 1] : -1;
  }

  s1(): number {
    return this.sp > 1 ? this.stack[this.sp - 2] : -1;
  }

  isTerminal(): boolean {
    return this.sp === 0 && this.b0 >= this.n;
  }

  isValid(action: number): boolean {
    switch (action) {
      case SHIFT:
        return this.b0 < this.n;
      case REDUCE:
        return this.sp > 0 && this.heads[this.stack[this.sp - 1]] !== -1;
      case LEFT:
        return this.sp > 0 && this.heads[this.stack[this.sp - 1]] === -1;
      default:
        return this.sp > 0 && this.b0 < this.n;
    }
  }

  /** Applies a valid action; `label` is used by LEFT and RIGHT only. */
  apply(action: number, label: number): void {
    switch (action) {
      case SHIFT:
        this.stack[this.sp++] = this.b0++;
        break;
      case REDUCE:
        this.sp--;
        break;
      case LEFT:
        this.addArc(this.b0, this.stack[--this.sp], label);
        break;
      default:
        this.addArc(this.stack[this.sp - 1], this.b0, label);
        this.stack[this.sp++] = this.b0++;
    }
  }

  /** The word that the next LEFT or RIGHT would make a head / dependent. */
  arcHead(action: number): number {
    return action === LEFT ? this.b0 : this.stack[this.sp - 1];
  }

  arcDependent(action: number): number {
    return action === LEFT ? this.stack[this.sp - 1] : this.b0;
  }

  private addArc(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label & 31);
    if (dep < head) {
      this.nLeft[head]++;
      if (label < 32) this.leftSetLo[head] |= bit;
      else this.leftSetHi[head] |= bit;
      const l1 = this.lc1[head];
      if (l1 === -1 || dep < l1) {
        this.lc2[head] = l1;
        this.lc1[head] = dep;
      } else if (this.lc2[head] === -1 || dep < this.lc2[head]) {
        this.lc2[head] = dep;
      }
    } else {
      this.nRight[head]++;
      if (label < 32) this.rightSetLo[head] |= bit;
      else this.rightSetHi[head] |= bit;
      const r1 = this.rc1[head];
      if (r1 === -1 || dep > r1) {
        this.rc2[head] = r1;
        this.rc1[head] = dep;
      } else if (this.rc2[head] === -1 || dep > this.rc2[head]) {
        this.rc2[head] = dep;
      }
    }
  }
}
