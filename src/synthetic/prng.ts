/**
 * A small seeded PRNG (mulberry32) with the helpers the generator needs. Same seed, same calls
 * in the same order: same values, on every machine (no Math.random, no Date.now).
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** Log-uniform in [min, max): many small values, few large ones, like deal sizes. */
  logUniform(min: number, max: number): number {
    return Math.exp(this.float(Math.log(min), Math.log(max)));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `[["MINER", 40], ["HYPERSCALER", 10]]`. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** `k` distinct integers from [0, n) (k small relative to n). */
  distinct(k: number, n: number): number[] {
    const out: number[] = [];
    const want = Math.min(k, n);
    while (out.length < want) {
      const v = Math.floor(this.next() * n);
      if (!out.includes(v)) out.push(v);
    }
    return out;
  }

  /** `value` or null with probability `pNull`; the value is computed only when kept. */
  maybe<T>(pNull: number, value: () => T): T | null {
    return this.chance(pNull) ? null : value();
  }
}

const DAY_MS = 86_400_000;

/** Days as integers since 1970-01-01 (UTC), so date arithmetic stays exact and cheap. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The last day of the month of `iso`. */
export function endOfMonth(iso: string): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}
