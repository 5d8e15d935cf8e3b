/** A small seeded PRNG, so the same seed always yields the same population on any machine. */

/** mulberry32: 32-bit state, fast, good enough for synthetic data (not for cryptography). */
export function mulberry32(state: number): () => number {
  let a = state | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes two integers into one well-spread 32-bit state (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a | 0, 0x9e3779b1) ^ (b | 0)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** A stable small hash of a string, to derive per-organisation choices without a table. */
export function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export class Random {
  private readonly next: () => number;
  constructor(state: number) { this.next = mulberry32(state); }
  float(): number { return this.next(); }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number { return min + Math.floor(this.next() * (max - min + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(items: readonly T[]): T { return items[Math.floor(this.next() * items.length)]; }
  /** A uniformly random instant between two epoch milliseconds. */
  between(fromMs: number, toMs: number): Date { return new Date(fromMs + Math.floor(this.next() * Math.max(0, toMs - fromMs))); }
  digits(count: number): string { let s = ""; for (let i = 0; i < count; i++) s += Math.floor(this.next() * 10); return s; }
}
