/** TikTok's post id when the address has none: the server-rendered data only while it is still the first page. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters } from '../../lib/sites';
import { resetLoadedPath } from '../../lib/sites/tiktok';
import { makeDoc, parseAll, readOwn } from './helpers';

const ssrId = () => /"itemStruct"\s*:\s*\{\s*"id"\s*:\s*"(\d+)"/.exec(readOwn('tiktok/video-panel.html'))![1]!;

describe('tiktok: the post a comment belongs to', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    resetLoadedPath();
  });

  it("uses the page's own data on the page it was loaded at", () => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { name: 'https://www.tiktok.com/foryou' } as PerformanceEntry,
    ]);
    const doc = makeDoc(readOwn('tiktok/video-panel.html'), 'https://www.tiktok.com/foryou');
    expect(parseAll(adapters.tiktok, doc)[0]?.postId).toBe(ssrId());
  });

  it('does not file comments under the first video after moving on inside the app', () => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { name: 'https://www.tiktok.com/@someone/video/7000000000000000001' } as PerformanceEntry,
    ]);
    const doc = makeDoc(readOwn('tiktok/video-panel.html'), 'https://www.tiktok.com/foryou');
    const parsed = parseAll(adapters.tiktok, doc);
    expect(parsed.length).toBeGreaterThan(2);
    expect(parsed.every((c) => c.postId === undefined)).toBe(true);
    expect(parsed[0]!.id).toMatch(/^tt:unknown:/);
  });
});
