/** A tiny deterministic PRNG (mulberry32) and helpers for the fuzz suites: same seed, same run. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    pick: (items) => items[int(items.length)]!,
    chance: (p) => next() < p,
  };
}

/** Seed from FUZZ_SEED when set (to replay a failure), else the suite's fixed one. */
export function seedFor(fixed: number): number {
  const env = typeof process !== 'undefined' ? process.env.FUZZ_SEED : undefined;
  return env && /^\d+$/.test(env) ? Number(env) : fixed;
}

/** Text meant to break naive code: markup, bidi and zero-width controls, lone surrogates, huge runs. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>alert(1)</script>',
  '"><svg/onload=alert(3)>',
  '</span></div><b>bold</b>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'javascript:alert(1)',
  '\u202Efdp.exe\u202C',
  '\u2066isolate\u2069\u200F\u200E\u061C',
  'ze\u200Bro\u200Cwi\u200Ddth\uFEFF\u2060',
  '\u0000\u0001\u0007\u001b[31m\u007f\u0085\u009f',
  'line\nbreak\r\ntab\there\u2028\u2029',
  '\uD800 lone \uDC00 surrogates',
  '😀'.repeat(2000),
  'x'.repeat(20_000),
  '  ',
  '',
  '@',
  '@@handle',
  '/status/',
  '__proto__',
  'constructor',
  '%00%2e%2e/',
  'ﷺ𒐫𒈙꧅',
];
