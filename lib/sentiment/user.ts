/**
 * Per-user adjustments: a brand lexicon (terms that carry no sentiment for this brand) and
 * corrections. Everything is plain JSON so it can live in extension storage.
 */
import type { SentimentLabel } from '../records';
import { fnv } from './hash';
import { foldCase } from './text';

export interface UserAdjustments {
  version: 1;
  /** Terms neutral for this brand (product names like "Killer Deal"); stripped before analysis. */
  brandTerms: string[];
  /** Exact-text overrides: key from textKey() -> corrected label. */
  overrides: Record<string, SentimentLabel>;
  /** Sparse weight overlay on the model's hashed buckets: bucket -> [positive, negative] logit deltas. */
  overlay: Record<string, [number, number]>;
}

export const MAX_OVERRIDES = 2000;
export const MAX_OVERLAY = 20000;
export const MAX_BRAND_TERMS = 500;

export function emptyAdjustments(): UserAdjustments {
  return { version: 1, brandTerms: [], overrides: {}, overlay: {} };
}

/** Key for exact-text overrides: case-folded, whitespace-collapsed, hashed to keep storage small. */
export function textKey(text: string): string {
  const norm = foldCase(text).replace(/\s+/g, ' ').trim().slice(0, 2000);
  return fnv(norm).toString(36) + '.' + fnv(norm, 0x9747b28c).toString(36);
}

export function withBrandTerms(adj: UserAdjustments, terms: string[]): UserAdjustments {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of [...adj.brandTerms, ...terms]) {
    const s = t.trim();
    if (!s || s.length > 100 || seen.has(s.toLowerCase())) continue;
    seen.add(s.toLowerCase());
    out.push(s);
  }
  return { ...adj, brandTerms: out.slice(0, MAX_BRAND_TERMS) };
}

const brandCache = new WeakMap<object, RegExp | null>();

/** One case-insensitive regex for all brand terms (cached per adjustments object). */
export function brandRegex(adj: UserAdjustments | undefined): RegExp | null {
  if (!adj || !adj.brandTerms?.length) return null;
  const hit = brandCache.get(adj);
  if (hit !== undefined) return hit;
  const terms = [...adj.brandTerms].filter((t) => t.trim()).sort((a, b) => b.length - a.length);
  const re = terms.length
    ? new RegExp(
        '(?<![\\p{L}\\p{N}])(?:' +
          terms
            .map((t) =>
              t
                .trim()
                .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
                .replace(/\s+/g, '\\s+'),
            )
            .join('|') +
          ')(?![\\p{L}\\p{N}])',
        'giu',
      )
    : null;
  brandCache.set(adj, re);
  return re;
}

/** Drop the smallest overlay entries when over the cap. */
export function pruneOverlay(
  overlay: Record<string, [number, number]>,
  max = MAX_OVERLAY,
): Record<string, [number, number]> {
  const keys = Object.keys(overlay);
  if (keys.length <= max) return overlay;
  const ranked = keys
    .map((k) => [k, Math.abs(overlay[k][0]) + Math.abs(overlay[k][1])] as const)
    .sort((a, b) => b[1] - a[1]);
  const out: Record<string, [number, number]> = {};
  for (const [k] of ranked.slice(0, max)) out[k] = overlay[k];
  return out;
}

export function pruneOverrides(
  overrides: Record<string, SentimentLabel>,
  max = MAX_OVERRIDES,
): Record<string, SentimentLabel> {
  const keys = Object.keys(overrides);
  if (keys.length <= max) return overrides;
  // Insertion order is preserved for string keys: drop the oldest.
  const out: Record<string, SentimentLabel> = {};
  for (const k of keys.slice(keys.length - max)) out[k] = overrides[k];
  return out;
}
