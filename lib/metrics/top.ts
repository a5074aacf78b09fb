/** Top advocates and most negative threads over a set of comments. */
import type { CommentRecord } from '../records';
import type { SiteKey } from '../types';

export interface Advocate {
  site: SiteKey;
  authorHandle: string;
  authorName?: string;
  positive: number;
  /** Latest positive comment (first seen). */
  lastSeenAt: number;
}

export interface NegativeThread {
  site: SiteKey;
  postId: string;
  postUrl?: string;
  negative: number;
  total: number;
  /** negative / total (0..1). */
  share: number;
}

interface AuthorAcc {
  site: SiteKey;
  handle: string;
  name?: string;
  positive: number;
  last: number;
}

interface PostAcc {
  site: SiteKey;
  postId: string;
  postUrl?: string;
  negative: number;
  total: number;
}

/**
 * Accumulates per-author and per-post counts; feed it non-own comments.
 * Authors are keyed per site by handle as stored (sites report a stable spelling).
 */
export class TopTracker {
  private readonly authorMaps = new Map<SiteKey, Map<string, AuthorAcc>>();
  private readonly postMaps = new Map<SiteKey, Map<string, PostAcc>>();

  add(c: CommentRecord): void {
    if (c.sentiment === 'positive') this.addPositive(c);
    let pm = this.postMaps.get(c.site);
    if (!pm) {
      pm = new Map();
      this.postMaps.set(c.site, pm);
    }
    let p = pm.get(c.postId);
    if (!p) {
      p = { site: c.site, postId: c.postId, negative: 0, total: 0 };
      pm.set(c.postId, p);
    }
    if (p.postUrl === undefined && c.postUrl !== undefined) p.postUrl = c.postUrl;
    p.total++;
    if (c.sentiment === 'negative') p.negative++;
  }

  /** Advocates only need positive comments, so only those touch the author maps. */
  private addPositive(c: CommentRecord): void {
    let am = this.authorMaps.get(c.site);
    if (!am) {
      am = new Map();
      this.authorMaps.set(c.site, am);
    }
    const a = am.get(c.authorHandle);
    if (a === undefined) {
      const n: AuthorAcc = { site: c.site, handle: c.authorHandle, positive: 1, last: c.firstSeenAt };
      if (c.authorName) n.name = c.authorName;
      am.set(c.authorHandle, n);
      return;
    }
    a.positive++;
    if (c.firstSeenAt >= a.last) {
      a.last = c.firstSeenAt;
      if (c.authorName) a.name = c.authorName;
    } else if (a.name === undefined && c.authorName) {
      a.name = c.authorName;
    }
  }

  authors(): AuthorAcc[] {
    const out: AuthorAcc[] = [];
    for (const m of this.authorMaps.values()) for (const a of m.values()) out.push(a);
    return out;
  }

  posts(): PostAcc[] {
    const out: PostAcc[] = [];
    for (const m of this.postMaps.values()) for (const p of m.values()) out.push(p);
    return out;
  }
}

/** Authors with ≥ `minPositive` positive comments: most positive, then most recent, then handle. */
export function rankAdvocates(t: TopTracker, topN: number, minPositive = 2): Advocate[] {
  const list = t.authors().filter((a) => a.positive >= minPositive);
  list.sort(
    (a, b) => b.positive - a.positive || b.last - a.last || (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0),
  );
  return list.slice(0, topN).map((a) => {
    const out: Advocate = { site: a.site, authorHandle: a.handle, positive: a.positive, lastSeenAt: a.last };
    if (a.name !== undefined) out.authorName = a.name;
    return out;
  });
}

/** Posts with at least one negative comment: most negatives, then highest negative share. */
export function rankNegativeThreads(t: TopTracker, topN: number): NegativeThread[] {
  const list = t.posts().filter((p) => p.negative > 0);
  list.sort(
    (a, b) => b.negative - a.negative || b.negative / b.total - a.negative / a.total || (a.postId < b.postId ? -1 : 1),
  );
  return list.slice(0, topN).map((p) => {
    const out: NegativeThread = {
      site: p.site,
      postId: p.postId,
      negative: p.negative,
      total: p.total,
      share: p.negative / p.total,
    };
    if (p.postUrl !== undefined) out.postUrl = p.postUrl;
    return out;
  });
}

/** Convenience: top advocates over a list of comments (own comments skipped). */
export function topAdvocates(comments: readonly CommentRecord[], topN = 5, minPositive = 2): Advocate[] {
  const t = new TopTracker();
  for (const c of comments) if (!c.isOwn) t.add(c);
  return rankAdvocates(t, topN, minPositive);
}

/** Convenience: most negative threads over a list of comments (own comments skipped). */
export function negativeThreads(comments: readonly CommentRecord[], topN = 5): NegativeThread[] {
  const t = new TopTracker();
  for (const c of comments) if (!c.isOwn) t.add(c);
  return rankNegativeThreads(t, topN);
}
