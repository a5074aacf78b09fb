/** FNV-1a (32 bit) over UTF-16 code units; fast, allocation-free, identical in trainer and runtime. */
export const FNV_OFFSET = 0x811c9dc5;

export function fnv(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** Combine two hashes (for bigrams and namespace conjunctions). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  h ^= b;
  h = Math.imul(h ^ (h >>> 15), 0x01000193);
  return h >>> 0;
}
