import { describe, it, expect } from 'vitest';
import { checkLimit, countChars, PLATFORM_LIMITS } from '../../../lib/templates/length';

describe('X weighted length (twitter-text)', () => {
  it('counts any URL as 23', () => {
    const url = 'https://example.com/a/very/long/path?with=query&and=more#fragment';
    expect(countChars(url, 'x')).toBe(23);
    expect(countChars(`see ${url}`, 'x')).toBe(27);
    expect(countChars('example.com', 'x')).toBe(23);
  });

  it('counts emoji as 2, including ZWJ sequences', () => {
    expect(countChars('😀', 'x')).toBe(2);
    expect(countChars('👩‍💻', 'x')).toBe(2);
    expect(countChars('hi 👋🏽', 'x')).toBe(5);
  });

  it('counts CJK as 2 and Latin/Cyrillic as 1', () => {
    expect(countChars('日本語', 'x')).toBe(6);
    expect(countChars('한국어', 'x')).toBe(6);
    expect(countChars('Привет', 'x')).toBe(6);
  });

  it('is ok at exactly 280 and not at 281', () => {
    expect(checkLimit('a'.repeat(280), 'x')).toEqual({ length: 280, limit: 280, remaining: 0, ok: true });
    expect(checkLimit('a'.repeat(281), 'x')).toMatchObject({ remaining: -1, ok: false });
    expect(checkLimit('字'.repeat(140), 'x').ok).toBe(true);
    expect(checkLimit('字'.repeat(141), 'x').ok).toBe(false);
  });
});

describe('Instagram and TikTok count characters (code points)', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(countChars('😀😀', 'tiktok')).toBe(2);
    expect(countChars('日本語', 'instagram')).toBe(3);
    expect(countChars('https://example.com', 'tiktok')).toBe(19);
  });

  it('applies the limits', () => {
    expect(PLATFORM_LIMITS).toEqual({ x: 280, instagram: 2200, tiktok: 150 });
    expect(checkLimit('a'.repeat(150), 'tiktok').ok).toBe(true);
    expect(checkLimit('a'.repeat(151), 'tiktok')).toMatchObject({ length: 151, remaining: -1, ok: false });
    expect(checkLimit('a'.repeat(2200), 'instagram').ok).toBe(true);
    expect(checkLimit('a'.repeat(2201), 'instagram').ok).toBe(false);
  });
});
