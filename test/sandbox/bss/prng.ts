const HEX_CODES: readonly number[] = [...'0123456789abcdef'].map((ch) => ch.charCodeAt(0));
const HEX_BUF: number[] = new Array<number>(64).fill(48);

/** Seeded PRNG (mulberry32): fast, deterministic across runs and platforms, good enough for fake data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Lowercase hex of `length` digits. */
  hex(length: number): string {
    // One string allocation per id: the generator makes hundreds of thousands of these.
    const codes = HEX_BUF.length >= length ? HEX_BUF : new Array<number>(length);
    for (let i = 0; i < length; i += 8) {
      let n = (this.next() * 0x100000000) >>> 0;
      for (let j = Math.min(7, length - 1 - i); j >= 0; j--) {
        codes[i + j] = HEX_CODES[n & 15] ?? 48;
        n >>>= 4;
      }
    }
    return String.fromCharCode(...codes.slice(0, length));
  }
}

/** Mixes numbers into one 32-bit seed, so per-customer data can be generated lazily and still deterministically. */
export function deriveSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return h >>> 0;
}
