/**
 * The generator's only source of randomness: xoshiro128** seeded through splitmix32. Every case
 * and every person draws from its own stream derived from (seed, index, stream), so a case can be
 * generated again, alone and identically, without replaying the cases before it.
 */

/** Stream numbers for deriveSeed: one per independent use. */
export const STREAMS = {
  plan: 1,
  case: 2,
  people: 3,
  documents: 4,
  suspect: 10, // + slot
  victim: 20, // + slot
} as const;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** murmur3's finaliser: spreads every input bit over the whole word. */
function fmix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One 32-bit seed for an independent stream, e.g. deriveSeed(seed, caseIndex, STREAMS.case). */
export function deriveSeed(...parts: number[]): number {
  let h = 0x2545f491;
  for (const part of parts) h = fmix32(h ^ fmix32((part >>> 0) + 0x9e3779b9));
  return h;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix = (): number => {
      s = (s + 0x9e3779b9) | 0;
      return fmix32(s);
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  static derive(...parts: number[]): Rng {
    return new Rng(deriveSeed(...parts));
  }

  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** A fixed list of weighted choices, drawn in O(log n). */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly items: ReadonlyArray<readonly [T, number]>) {
    let sum = 0;
    for (const [, weight] of items) {
      if (!(weight >= 0)) throw new RangeError('weights must be non-negative numbers');
      sum += weight;
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new RangeError('a weighted table needs a positive total weight');
    this.total = sum;
  }

  draw(rng: Rng): T {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return (this.items[lo] as readonly [T, number])[0];
  }
}
