// A small seeded PRNG (mulberry32). The demo data must come out identical on every run and every
// machine, so nothing here may read Math.random or the clock. Each module draws from its own stream
// (seeded by a name), so adding a household in one place does not reshuffle the permits elsewhere.

import { mulberry32 } from "../../lib/random";

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Picks by weight; entries are [value, weight]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` random decimal digits as a string. */
  digits(count: number): string;
}

// FNV-1a: turns a stream name into a 32-bit seed.
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const SEED_VERSION = "hukou-demo-v1";

export function createRng(options: { stream: string }): Rng {
  const next = mulberry32(hashSeed(`${SEED_VERSION}:${options.stream}`));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)];
    },
    chance: (probability) => next() < probability,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, weight] of entries) {
        r -= weight;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(""),
  };
}
