/**
 * A string assembled from pieces of a source text (lines joined, prefixes cut), that can map any of its
 * offsets back to the source. Inserted characters (a joining space) map to the end of the piece before them.
 */
export class Mapped {
  private readonly starts: number[] = [];
  private readonly sources: number[] = [];
  private readonly lengths: number[] = [];
  text = '';

  /** Appends `source.slice(from, to)` of the source text. */
  pushSource(sourceText: string, from: number, to: number): this {
    if (to <= from) return this;
    this.starts.push(this.text.length);
    this.sources.push(from);
    this.lengths.push(to - from);
    this.text += sourceText.slice(from, to);
    return this;
  }

  /** Appends another Mapped of the same source, its mapping kept. */
  append(other: Mapped): this {
    for (let k = 0; k < other.starts.length; k++) {
      this.starts.push(this.text.length + other.starts[k]!);
      this.sources.push(other.sources[k]!);
      this.lengths.push(other.lengths[k]!);
    }
    this.text += other.text;
    return this;
  }

  /** Appends text that is not in the source (a space put between joined lines). */
  pushInserted(s: string): this {
    this.text += s;
    return this;
  }

  /** Source offset of `i`, an offset into `this.text` (0 ≤ i ≤ length). */
  toSource(i: number): number {
    const n = this.starts.length;
    if (n === 0) return 0;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    const off = i - this.starts[lo]!;
    return this.sources[lo]! + Math.min(Math.max(off, 0), this.lengths[lo]!);
  }

  /** Source span of `[from, to)` in `this.text`. */
  span(from = 0, to = this.text.length): [number, number] {
    const start = this.toSource(from);
    const end = to <= from ? start : this.toSource(to - 1) + 1;
    return [start, Math.max(start, end)];
  }

  /** A new Mapped holding `this.text.slice(from, to)`, still mapped to the same source. */
  slice(from: number, to = this.text.length): Mapped {
    const out = new Mapped();
    for (let k = 0; k < this.starts.length; k++) {
      const a = Math.max(from, this.starts[k]!);
      const b = Math.min(to, this.starts[k]! + this.lengths[k]!);
      if (b > a) {
        out.starts.push(a - from);
        out.sources.push(this.sources[k]! + (a - this.starts[k]!));
        out.lengths.push(b - a);
      }
    }
    out.text = this.text.slice(from, to);
    return out;
  }

  /** The same text without leading and trailing white space. */
  trim(): Mapped {
    const t = this.text;
    let a = 0;
    let b = t.length;
    while (a < b && /\s/.test(t[a]!)) a++;
    while (b > a && /\s/.test(t[b - 1]!)) b--;
    return this.slice(a, b);
  }

  /**
   * The same pieces read from another text of the source's length (its folded copy): what this text is there.
   * Inserted characters stay as they are.
   */
  project(other: string): string {
    let out = '';
    let at = 0;
    for (let k = 0; k < this.starts.length; k++) {
      out += this.text.slice(at, this.starts[k]);
      out += other.slice(this.sources[k], this.sources[k]! + this.lengths[k]!);
      at = this.starts[k]! + this.lengths[k]!;
    }
    return out + this.text.slice(at);
  }
}
