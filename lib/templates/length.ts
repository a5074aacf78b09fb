/**
 * Reply length, counted the way each platform counts it.
 *
 * - X: weighted length from twitter-text's `parseTweet` (the official algorithm:
 *   URLs count 23, emoji 2, CJK and most non-Latin-1 characters 2; limit 280).
 * - Instagram: 2,200 characters, counted as Unicode code points.
 * - TikTok: 150 characters for a comment, counted as Unicode code points
 *   (TikTok counts characters, not bytes or weights; an emoji made of several
 *   code points, like a family or a flag, counts as several).
 */
// twitter-text is CommonJS (`main`) with an ESM build (`module`) whose default
// export is the API object: a default import works in Vite/WXT bundles and in Node/vitest.
import twitterText from 'twitter-text';
import type { SiteKey } from '../types';

export const PLATFORM_LIMITS: Readonly<Record<SiteKey, number>> = {
  x: 280,
  instagram: 2200,
  tiktok: 150,
};

export interface LimitCheck {
  length: number;
  limit: number;
  /** Negative when over the limit. */
  remaining: number;
  ok: boolean;
}

function codePointLength(text: string): number {
  // Spreading a string iterates code points (a surrogate pair counts once).
  return [...text.normalize('NFC')].length;
}

/** Length of `text` as `site` counts it. */
export function countChars(text: string, site: SiteKey): number {
  if (site === 'x') return twitterText.parseTweet(text).weightedLength;
  return codePointLength(text);
}

export function checkLimit(text: string, site: SiteKey): LimitCheck {
  const length = countChars(text, site);
  const limit = PLATFORM_LIMITS[site];
  return { length, limit, remaining: limit - length, ok: length <= limit };
}
