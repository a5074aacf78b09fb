/**
 * idHash is the one-pass form of hash32(normalizeForId(text)) that TikTok comment ids are made of.
 * Ids already stored must not change, so it must agree with the two-step form on every input.
 */
import { describe, expect, it } from 'vitest';
import { hash32, idHash, nfcInert, normalizeForId } from '../../lib/sites/dom';
import { createRng } from '../unit/fuzz/prng';

const slow = (s: string): string => hash32(normalizeForId(s));

describe('idHash', () => {
  it('agrees with hash32(normalizeForId()) for every UTF-16 code unit, alone and among other text', () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, `${ch} x`, `x ${ch}`, `é${ch} 👍🏽 ${ch}`, `${ch}\u0301`])
        if (idHash(s) !== slow(s)) mismatches.push(c.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it('agrees on random mixes of spaces, controls, combining marks, jamo, emoji and lone surrogates', () => {
    const parts = [
      'a',
      'Z',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u3000',
      '\u2000',
      '\u2028',
      '\ufeff',
      '\u200b',
      '\u200d',
      '\u202e',
      '\u2066',
      'e',
      '\u0301',
      '\u0323',
      'é',
      'A',
      '\u030a',
      '\u212b',
      'Ж',
      '\u0306',
      'Ё',
      'α',
      '\u0387',
      '\u037e',
      '\u1f71',
      '\u1100',
      '\u1161',
      '\u11a8',
      '가',
      'か',
      '\u3099',
      '漢',
      '\uf900',
      'ا',
      '\u0653',
      'ह',
      '\u093c',
      '\u0958',
      '👍',
      '🏽',
      '👨‍👩‍👧',
      '\ud83d',
      '\ude00',
      '\ufe0f',
      '…',
      '€',
      '❤',
      '#',
      '7',
    ];
    const rng = createRng(0x1d4a5);
    const mismatches: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      let s = '';
      const n = rng.int(10);
      for (let j = 0; j < n; j++) s += parts[rng.int(parts.length)]!;
      if (idHash(s) !== slow(s)) mismatches.push(JSON.stringify(s));
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('hashes directly only code units NFC leaves alone next to any other such unit', () => {
    const inert: string[] = [];
    for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && nfcInert(c)) inert.push(String.fromCharCode(c));
    expect(inert.length).toBeGreaterThan(30_000); // the common scripts take the one-pass path
    const changed: string[] = [];
    for (let i = 0; i < inert.length; i++) {
      for (let k = 0; k < 8; k++) {
        const s = inert[i]! + inert[(i * 7919 + k * 104_729) % inert.length]!;
        if (s.normalize('NFC') !== s) changed.push(s);
      }
    }
    expect(changed).toEqual([]);
  });

  it('keeps the ids of comments already stored (hashes written by the two-step form before idHash existed)', () => {
    const stored: Array<[string, string]> = [
      ['Love this! 😍', '8ada6328'],
      ['  Wie viel kostet   der Versand?\u200b ', '3a084be1'],
      ['Ё', '04060f8c'],
      ['Е\u0308', '04060f8c'], // composed by NFC: the exact path
      ['👍🏽👍🏽 👨‍👩‍👧‍👦 #1', '5fc420e1'],
      ['Когда будет доставка?', 'd3edb0c3'],
      ['كم سعر الشحن؟', '2ac9b2a1'],
      ['配送はいつですか？', 'f918b04a'],
      ['e\u0301 cafe\u0301', '19d31fed'],
      ['plain ascii text', 'b78cf187'],
    ];
    for (const [text, hash] of stored) {
      expect(idHash(text), JSON.stringify(text)).toBe(hash);
      expect(slow(text), JSON.stringify(text)).toBe(hash);
    }
  });
});
