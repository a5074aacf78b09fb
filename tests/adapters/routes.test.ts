/** Route matrices: each kind's example URLs match that kind; no other kind's URLs do. */
import { describe, expect, it } from 'vitest';
import { adapters, siteForHost } from '../../lib/sites';
import type { RouteKind, SiteKey } from '../../lib/types';

const MATRIX: Record<SiteKey, Partial<Record<RouteKind, string[]>>> = {
  x: {
    post: [
      'https://x.com/acme/status/1900000000000000001',
      'https://x.com/acme/status/1900000000000000001/photo/1',
      'https://x.com/i/status/123',
      'https://twitter.com/a_b/status/42',
    ],
    feed: ['https://x.com/', 'https://x.com/home'],
    profile: ['https://x.com/acme', 'https://x.com/acme/with_replies', 'https://x.com/acme/media'],
    notifications: ['https://x.com/notifications', 'https://x.com/notifications/mentions'],
    search: ['https://x.com/search?q=refund&src=typed_query'],
    compose: ['https://x.com/compose/post', 'https://x.com/intent/post?text=hi'],
    messages: ['https://x.com/messages', 'https://x.com/messages/123-456', 'https://x.com/i/chat'],
    explore: ['https://x.com/explore', 'https://x.com/explore/tabs/trending'],
  },
  instagram: {
    post: [
      'https://www.instagram.com/p/CxYz123AbC/',
      'https://www.instagram.com/brand.care/p/CxYz123AbC/',
      'https://www.instagram.com/p/CxYz123AbC/c/17900000000000001/',
    ],
    reel: [
      'https://www.instagram.com/reel/R33lC0de/',
      'https://www.instagram.com/reels/R33lC0de/',
      'https://www.instagram.com/brand.care/reel/R33lC0de/',
    ],
    feed: ['https://www.instagram.com/', 'https://www.instagram.com/reels/'],
    profile: ['https://www.instagram.com/brand.care/', 'https://www.instagram.com/brand.care/tagged/'],
    notifications: ['https://www.instagram.com/accounts/activity/'],
    search: ['https://www.instagram.com/explore/search/'],
    compose: ['https://www.instagram.com/create/select/'],
    messages: ['https://www.instagram.com/direct/inbox/', 'https://www.instagram.com/direct/t/1234567/'],
    explore: ['https://www.instagram.com/explore/', 'https://www.instagram.com/explore/tags/spring/'],
  },
  tiktok: {
    video: [
      'https://www.tiktok.com/@brand_cm/video/7400000000000000123',
      'https://www.tiktok.com/@brand.cm/video/7400000000000000123?is_from_webapp=1',
    ],
    photo: ['https://www.tiktok.com/@brand_cm/photo/7400000000000000124'],
    feed: ['https://www.tiktok.com/', 'https://www.tiktok.com/foryou', 'https://www.tiktok.com/following'],
    profile: ['https://www.tiktok.com/@brand_cm', 'https://www.tiktok.com/@brand.cm?lang=es'],
    notifications: ['https://www.tiktok.com/inbox'],
    search: ['https://www.tiktok.com/search?q=shoes', 'https://www.tiktok.com/search/video?q=shoes'],
    compose: ['https://www.tiktok.com/upload', 'https://www.tiktok.com/tiktokstudio/upload'],
    messages: ['https://www.tiktok.com/messages'],
    explore: ['https://www.tiktok.com/explore', 'https://www.tiktok.com/tag/spring'],
  },
};

describe.each(Object.keys(MATRIX) as SiteKey[])('%s routes', (site) => {
  const matrix = MATRIX[site];
  for (const [kind, urls] of Object.entries(matrix) as [RouteKind, string[]][]) {
    it(`${kind} URLs match ${kind} and nothing else matches ${kind}`, () => {
      for (const u of urls) expect(adapters[site].matchRoute(new URL(u))?.kind, u).toBe(kind);
      for (const [other, otherUrls] of Object.entries(matrix) as [RouteKind, string[]][]) {
        if (other === kind) continue;
        for (const u of otherUrls) expect(adapters[site].matchRoute(new URL(u))?.kind, u).not.toBe(kind);
      }
    });
  }
  it('ignores other sites', () => {
    for (const [otherSite, m] of Object.entries(MATRIX)) {
      if (otherSite === site) continue;
      for (const urls of Object.values(m))
        for (const u of urls) expect(adapters[site].matchRoute(new URL(u)), u).toBeNull();
    }
  });
});

describe('route details', () => {
  it('extracts ids, authors, handles and queries', () => {
    expect(adapters.x.matchRoute(new URL('https://x.com/acme/status/19'))).toEqual({
      kind: 'post',
      postId: '19',
      author: 'acme',
    });
    expect(adapters.x.matchRoute(new URL('https://x.com/search?q=a%20b'))).toEqual({ kind: 'search', query: 'a b' });
    expect(adapters.instagram.matchRoute(new URL('https://www.instagram.com/brand.care/p/Cx1/'))).toEqual({
      kind: 'post',
      postId: 'Cx1',
      author: 'brand.care',
    });
    expect(adapters.tiktok.matchRoute(new URL('https://www.tiktok.com/@a.b/video/7'))).toEqual({
      kind: 'video',
      postId: '7',
      author: 'a.b',
    });
    expect(adapters.tiktok.matchRoute(new URL('https://www.tiktok.com/@a.b'))).toEqual({
      kind: 'profile',
      handle: 'a.b',
    });
  });
  it('siteForHost knows the exact hosts only', () => {
    expect(siteForHost('x.com')).toBe('x');
    expect(siteForHost('twitter.com')).toBe('x');
    expect(siteForHost('www.instagram.com')).toBe('instagram');
    expect(siteForHost('www.tiktok.com')).toBe('tiktok');
    expect(siteForHost('x.com.evil.example')).toBeNull();
    expect(siteForHost('notx.com')).toBeNull();
  });
});
