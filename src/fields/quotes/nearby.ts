/**
 * Mentions filed by name and by stretch of text, so "is this name mentioned within `reach` characters of here?"
 * reads a few entries, not every mention: a paragraph that names one person thousands of times stays linear.
 */
export class NearbyNames {
  private readonly stretches = new Map<string, number[]>();

  constructor(
    private readonly reach: number,
    mentions: Iterable<{ name: string | null; at: number }> = [],
  ) {
    for (const m of mentions) this.add(m);
  }

  add({ name, at }: { name: string | null; at: number }): void {
    if (name === null) return;
    const key = this.key(name, Math.floor(at / this.reach));
    const list = this.stretches.get(key);
    if (list) list.push(at);
    else this.stretches.set(key, [at]);
  }

  /** Whether `name` is mentioned less than `reach` characters from `at`. */
  has(name: string, at: number): boolean {
    const s = Math.floor(at / this.reach);
    // Anything within reach lies in this stretch or a neighbouring one.
    for (let i = s - 1; i <= s + 1; i++) {
      if (this.stretches.get(this.key(name, i))?.some((a) => Math.abs(a - at) < this.reach)) return true;
    }
    return false;
  }

  private key(name: string, stretch: number): string {
    return `${stretch}\u0000${name}`;
  }
}
