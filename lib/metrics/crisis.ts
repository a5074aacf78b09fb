/**
 * Crisis watch: a post whose negative comments are suddenly arriving much faster
 * than its own recent baseline.
 *
 * A comment "arrives" at `createdAt` when known (exact or relative), else at
 * `firstSeenAt`. Recent window = (now − windowMs, now]; trailing window = the
 * `trailingMs` before it. A post is flagged when
 *   recentNegatives ≥ minNegatives  and
 *   recentRate ≥ factor × max(trailingRate, floorPerMin)   (rates per minute).
 */
import type { CommentRecord } from '../records';
import type { SiteKey } from '../types';
import { MINUTE_MS } from './time';

export interface CrisisOptions {
  now: number;
  /** Recent window; default 15 min. */
  windowMs?: number;
  /** Baseline window before the recent one; default 60 min. */
  trailingMs?: number;
  /** Required acceleration; default 5. */
  factor?: number;
  /** Minimum negatives in the recent window; default 10. */
  minNegatives?: number;
  /** Baseline floor in negatives per minute, so a post with no history is not infinitely accelerated; default 0.05 (3/h). */
  floorPerMin?: number;
}

export interface CrisisAlert {
  site: SiteKey;
  postId: string;
  postUrl?: string;
  recentNegatives: number;
  /** All (non-own) comments in the recent window. */
  recentTotal: number;
  trailingNegatives: number;
  recentRatePerMin: number;
  trailingRatePerMin: number;
  /** recentRate / max(trailingRate, floor). */
  ratio: number;
  firstNegativeAt: number;
  lastNegativeAt: number;
}

interface PostAcc {
  site: SiteKey;
  postId: string;
  postUrl?: string;
  recentNeg: number;
  recentTotal: number;
  trailingNeg: number;
  first: number;
  last: number;
}

function arrivalAt(c: CommentRecord): number {
  return c.createdAt !== undefined && c.createdAtPrecision !== 'unknown' ? c.createdAt : c.firstSeenAt;
}

/** Flagged posts, most accelerated first. */
export function detectCrises(comments: readonly CommentRecord[], opts: CrisisOptions): CrisisAlert[] {
  const windowMs = opts.windowMs ?? 15 * MINUTE_MS;
  const trailingMs = opts.trailingMs ?? 60 * MINUTE_MS;
  const factor = opts.factor ?? 5;
  const minNegatives = opts.minNegatives ?? 10;
  const floorPerMin = opts.floorPerMin ?? 0.05;
  const now = opts.now;
  const recentFrom = now - windowMs;
  const trailingFrom = recentFrom - trailingMs;

  const posts = new Map<string, PostAcc>();
  for (const c of comments) {
    if (c.isOwn) continue;
    const at = arrivalAt(c);
    if (at <= trailingFrom || at > now) continue;
    const key = `${c.site}:${c.postId}`;
    let p = posts.get(key);
    if (!p) {
      p = {
        site: c.site,
        postId: c.postId,
        recentNeg: 0,
        recentTotal: 0,
        trailingNeg: 0,
        first: Infinity,
        last: -Infinity,
      };
      posts.set(key, p);
    }
    if (p.postUrl === undefined && c.postUrl !== undefined) p.postUrl = c.postUrl;
    const neg = c.sentiment === 'negative';
    if (at > recentFrom) {
      p.recentTotal++;
      if (neg) {
        p.recentNeg++;
        if (at < p.first) p.first = at;
        if (at > p.last) p.last = at;
      }
    } else if (neg) {
      p.trailingNeg++;
    }
  }

  const windowMin = windowMs / MINUTE_MS;
  const trailingMin = trailingMs / MINUTE_MS;
  const out: CrisisAlert[] = [];
  for (const p of posts.values()) {
    if (p.recentNeg < minNegatives) continue;
    const recentRate = p.recentNeg / windowMin;
    const trailingRate = trailingMin > 0 ? p.trailingNeg / trailingMin : 0;
    const ratio = recentRate / Math.max(trailingRate, floorPerMin);
    if (ratio < factor) continue;
    const alert: CrisisAlert = {
      site: p.site,
      postId: p.postId,
      recentNegatives: p.recentNeg,
      recentTotal: p.recentTotal,
      trailingNegatives: p.trailingNeg,
      recentRatePerMin: recentRate,
      trailingRatePerMin: trailingRate,
      ratio,
      firstNegativeAt: p.first,
      lastNegativeAt: p.last,
    };
    if (p.postUrl !== undefined) alert.postUrl = p.postUrl;
    out.push(alert);
  }
  return out.sort((a, b) => b.ratio - a.ratio || b.recentNegatives - a.recentNegatives);
}
