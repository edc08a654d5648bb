/**
 * A growable row-major block of doubles (rows × width), so that 100,000 respondents' values are
 * held in one typed array rather than 100,000 small ones.
 *
 * @internal
 * @module
 */
export class Column {
  buffer: Float64Array;
  rows = 0;

  constructor(readonly width: number) {
    this.buffer = new Float64Array(width * 1024);
  }

  /** Adds a row and returns the offset of its first value in `buffer` (which may have been replaced). */
  grow(): number {
    const at = this.rows * this.width;
    if (at + this.width > this.buffer.length) {
      const next = new Float64Array(this.buffer.length * 2);
      next.set(this.buffer);
      this.buffer = next;
    }
    this.rows++;
    return at;
  }

  /** Adds one value (width-1 columns). */
  push(value: number): void {
    // Not `this.buffer[this.grow()] = value`: the old buffer would be read before grow() replaces it.
    const at = this.grow();
    this.buffer[at] = value;
  }

  /** The filled part, as a view. */
  values(): Float64Array {
    return this.buffer.subarray(0, this.rows * this.width);
  }
}
