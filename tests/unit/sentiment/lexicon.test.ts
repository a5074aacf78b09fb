import { describe, it, expect } from 'vitest';
import { featurize, langIndex, newBuffer, type FeatureConfig } from '../../../lib/sentiment/features';
import { getModel, parseLexicon } from '../../../lib/sentiment/model';
import { cleanText, tokenize } from '../../../lib/sentiment/text';

const cfg: FeatureConfig = {
  bits: 16,
  charMin: 3,
  charMax: 0,
  charWeight: 0,
  sharedWords: false,
  charPerLang: false,
  lenNorm: 0,
  lex: true,
};
const emoji = new Map<string, number>();

function dense(text: string, lex: Map<string, number>, on = true): Map<number, number> {
  const buf = newBuffer();
  const toks = tokenize(cleanText(text));
  const n = featurize(toks, langIndex('en'), { ...cfg, lex: on }, emoji, buf, [lex]);
  const out = new Map<number, number>();
  for (let f = 0; f < n; f++) if (buf.tok[f] < 0) out.set(buf.idx[f], buf.val[f]);
  return out;
}

describe('lexicon features', () => {
  const lex = parseLexicon('good:50\nbad:-60\nthe:0')!;

  it('parses "word:valence×100" entries', () => {
    expect(lex.get('good')).toBe(0.5);
    expect(lex.get('bad')).toBe(-0.6);
    expect(parseLexicon('')).toBeUndefined();
  });

  it('adds dense features only when enabled, and negation changes them', () => {
    const off = dense('this is good', lex, false);
    const on = dense('this is good', lex);
    expect(on.size).toBeGreaterThan(off.size);
    const neg = dense('this is not good', lex);
    expect([...neg.entries()]).not.toEqual([...on.entries()]);
  });

  it('the shipped model carries lexicons for every language it enables them for', () => {
    const m = getModel();
    if (!m.cfg.lex) return;
    expect(m.lex[langIndex('en')]?.size).toBeGreaterThan(1000);
    expect(m.lex[langIndex('nl')]?.size).toBeGreaterThan(1000);
  });
});
