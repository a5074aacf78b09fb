/** isoTime: a `datetime` attribute as toISOString would write it, or undefined. */
import { describe, expect, it } from 'vitest';
import { isoTime } from '../../lib/sites/dom';

describe('isoTime', () => {
  it('hands back canonical times unchanged, leap days included', () => {
    for (const s of ['2026-03-04T12:30:45.123Z', '2024-02-29T23:59:59.999Z', '2000-02-29T00:00:00.000Z'])
      expect(isoTime(s)).toBe(s);
  });

  it('normalizes other forms the way Date does', () => {
    expect(isoTime('2026-03-04T12:30:45Z')).toBe('2026-03-04T12:30:45.000Z');
    expect(isoTime('2026-03-04T13:30:45.000+01:00')).toBe('2026-03-04T12:30:45.000Z');
  });

  it('never passes an impossible date as canonical', () => {
    for (const s of [
      '2023-02-29T00:00:00.000Z',
      '1900-02-29T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-03-04T24:00:00.000Z',
      '2026-03-04T12:60:00.000Z',
    ])
      expect(isoTime(s)).not.toBe(s);
  });

  it('gives undefined for empty or unparsable values', () => {
    expect(isoTime('')).toBeUndefined();
    expect(isoTime('yesterday')).toBeUndefined();
    expect(isoTime('2026-0x-04T12:30:45.123Z')).toBeUndefined();
  });
});
