import { describe, it, expect } from 'vitest';
import { analyze, applyCorrection, emptyAdjustments, withBrandTerms } from '../../../lib/sentiment/index';
import { cleanText, tokenize } from '../../../lib/sentiment/text';

describe('sentiment labels', () => {
  const cases: Array<[string, string, 'positive' | 'negative' | 'neutral']> = [
    ['en', 'I absolutely love this, best purchase ever! 😍', 'positive'],
    ['en', 'This is terrible, the worst service I have ever had 😡', 'negative'],
    ['es', 'Me encanta, es increíble, gracias!!', 'positive'],
    ['es', 'Qué asco, pésimo servicio, nunca más', 'negative'],
    ['pt', 'Amei demais, maravilhoso, obrigada!', 'positive'],
    ['de', 'Das ist wirklich schlecht und enttäuschend', 'negative'],
    ['fr', "C'est magnifique, merci beaucoup !", 'positive'],
    ['it', 'Bellissimo, complimenti a tutti!', 'positive'],
    ['ru', 'Отличный пост, спасибо большое!', 'positive'],
    ['ru', 'Ужасно, отвратительное качество', 'negative'],
    ['ar', 'شكرا جزيلا، رائع جدا ❤️', 'positive'],
  ];
  for (const [lang, text, label] of cases) {
    it(`${lang}: ${text}`, () => {
      expect(analyze(text).label).toBe(label);
    });
  }

  it('neutral statements', () => {
    expect(analyze('The meeting is scheduled for Tuesday at 10am.').label).toBe('neutral');
  });

  it('returns the full result shape', () => {
    const r = analyze('I love it');
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.confidence).toBeGreaterThan(0.33);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(Array.isArray(r.intents)).toBe(true);
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.reasons.every((s) => typeof s === 'string' && s.length < 80)).toBe(true);
  });

  it('emoji-only texts', () => {
    expect(analyze('😍😍😍').label).toBe('positive');
    expect(analyze('😡😡').label).toBe('negative');
    expect(analyze('❤️❤️').label).toBe('positive');
    const r = analyze('😡');
    expect(r.reasons.some((s) => s.includes('😡'))).toBe(true);
  });

  it('is deterministic', () => {
    const t = 'Honestly not sure how I feel about this update… kinda meh 🤔';
    const a = analyze(t);
    for (let i = 0; i < 5; i++) expect(analyze(t)).toEqual(a);
  });

  it('handles empty and whitespace strings', () => {
    for (const t of ['', '   ', '\u200b\u200f']) {
      const r = analyze(t);
      expect(r.label).toBe('neutral');
      expect(r.score).toBe(0);
      expect(r.intents).toEqual([]);
    }
  });

  it('respects an explicit language', () => {
    expect(analyze('super', { lang: 'de' }).lang).toBe('de');
  });
});

describe('language identification', () => {
  const sentences: Record<string, string> = {
    en: 'I really think the new update is much better than the old one',
    es: 'No puedo creer que el partido de ayer terminara así, qué vergüenza',
    pt: 'Não acredito que o jogo de ontem terminou assim, que vergonha',
    de: 'Ich kann nicht glauben, dass das Spiel gestern so geendet hat',
    fr: "Je n'arrive pas à croire que le match d'hier se soit terminé comme ça",
    it: 'Non posso credere che la partita di ieri sia finita così',
    nl: 'Ik kan niet geloven dat de wedstrijd van gisteren zo is geëindigd',
    ru: 'Не могу поверить, что вчерашний матч так закончился',
    ar: 'لا أصدق أن مباراة الأمس انتهت بهذه الطريقة',
    hi: 'yaar kal ka match dekh ke bahut maza aaya, kya khel raha tha bhai',
  };
  for (const [lang, text] of Object.entries(sentences)) {
    it(lang, () => {
      expect(analyze(text).lang).toBe(lang);
    });
  }
});

describe('brand lexicon and corrections', () => {
  it('ignores brand terms and says so', () => {
    const adj = withBrandTerms(emptyAdjustments(), ['Killer Deal']);
    const plain = analyze('Killer Deal killer deal killer');
    const r = analyze('Got the Killer Deal today', { user: adj });
    expect(r.label).not.toBe('negative');
    expect(r.reasons).toContain('brand term "Killer Deal" ignored');
    expect(plain.reasons.some((s) => s.includes('brand term'))).toBe(false);
    // adjustments stay JSON-serializable
    expect(JSON.parse(JSON.stringify(adj))).toEqual(adj);
  });

  it('exact-text correction overrides the label', () => {
    const text = 'this product is sick';
    let adj = emptyAdjustments();
    adj = applyCorrection(adj, text, 'positive');
    const r = analyze(text, { user: adj });
    expect(r.label).toBe('positive');
    expect(r.reasons).toContain('your correction');
  });

  it('corrections generalize to similar texts', () => {
    const similar = 'these sneakers are wicked sick lol';
    const before = analyze(similar);
    let adj = emptyAdjustments();
    adj = applyCorrection(adj, 'wow the sneakers are sick', 'positive');
    adj = applyCorrection(adj, 'sick sneakers dude', 'positive');
    const after = analyze(similar, { user: adj });
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.label).toBe('positive');
    expect(JSON.parse(JSON.stringify(adj))).toEqual(adj);
  });

  it('correction toward neutral works and does not mutate the input', () => {
    const adj0 = emptyAdjustments();
    const adj = applyCorrection(adj0, 'I hate Mondays so much 😡', 'neutral');
    expect(adj0).toEqual(emptyAdjustments());
    expect(analyze('I hate Mondays so much 😡', { user: adj }).label).toBe('neutral');
    expect(analyze('I really hate Mondays 😡', { user: adj }).score).toBeGreaterThan(
      analyze('I really hate Mondays 😡').score,
    );
  });
});

describe('hostile input', () => {
  // Their time is a figure of `npm run bench` (hostile.analyze_*), not a unit-test budget.
  it('a 50,000-character comment is read from its beginning; a flood of one word does not multiply it', () => {
    expect(analyze('This is terrible. ' + 'x'.repeat(50_000)).label).toBe('negative');
    expect(analyze('I love it! ' + 'ok '.repeat(16_000)).label).toBe('positive');
    const flood = analyze('a'.repeat(20000) + ' terrible '.repeat(3000));
    expect(['positive', 'neutral', 'negative']).toContain(flood.label);
    expect(flood.confidence).toBeLessThan(0.95);
  });

  it('10,000 emoji get a label', () => {
    const s = '😀'.repeat(5000) + '👍🏽'.repeat(2500);
    expect(analyze(s).label).toBe('positive');
  });

  it('strips bidi and zero-width characters', () => {
    const clean = cleanText('te\u200brri\u202eble\u2066 day');
    expect(clean).toBe('terrible day');
    expect(tokenize(clean).map((t) => t.t)).toEqual(['terrible', 'day']);
    expect(analyze('te\u200brri\u200bble').label).toBe(analyze('terrible').label);
  });

  it('survives odd input', () => {
    for (const s of ['\ud83d', '((((((((((((', '@@@@@@', 'http://' + 'x'.repeat(5000), '\u0000\u0001', '🇺🇸🇺']) {
      expect(() => analyze(s)).not.toThrow();
    }
  });
});

describe('languages told by their script', () => {
  it('names Japanese, Korean, Chinese, Greek, Hebrew and Thai (so their template variants are picked)', () => {
    const cases: [string, string][] = [
      ['この商品いつ届きますか？', 'ja'],
      ['注文した商品はいつ届きますか', 'ja'],
      ['배송 언제 되나요?', 'ko'],
      ['这个产品什么时候到？', 'zh'],
      ['Πότε θα έρθει η παραγγελία;', 'el'],
      ['מתי ההזמנה תגיע?', 'he'],
      ['สินค้าจะมาถึงเมื่อไหร่', 'th'],
    ];
    expect(cases.map(([text]) => [text, analyze(text).lang])).toEqual(cases);
  });

  it('reads full-width and Greek question marks as questions, a semicolon elsewhere not', () => {
    expect(analyze('这个产品什么时候到？').intents).toContain('question');
    expect(analyze('Πότε θα έρθει η παραγγελία;').intents).toContain('question');
    expect(analyze('I like it; it works').intents).not.toContain('question');
  });
});
