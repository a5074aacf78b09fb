import { DAY, HOUR, LOADED_AT, MINUTE } from './env';
import type { ReplicaComment, Tone } from './model';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PoolEntry {
  text: string;
  lang: string;
  tone: Tone;
}

/** Synthetic comment texts in several languages, with a known tone. */
export const POOL: PoolEntry[] = [
  { text: 'Love this so much, you made my day! 😍', lang: 'en', tone: 'positive' },
  { text: 'Best customer service ever, thank you for the quick fix 🙌', lang: 'en', tone: 'positive' },
  { text: 'This update is amazing, great job team!', lang: 'en', tone: 'positive' },
  { text: 'My order arrived broken and nobody answers my emails.', lang: 'en', tone: 'negative' },
  { text: 'Worst update ever, the app keeps crashing 😡', lang: 'en', tone: 'negative' },
  { text: 'Still waiting for my refund after three weeks. Unacceptable.', lang: 'en', tone: 'negative' },
  { text: 'When will this be available in Canada?', lang: 'en', tone: 'question' },
  { text: 'How do I reset my password? The link never arrives', lang: 'en', tone: 'question' },
  { text: 'Does it come in blue?', lang: 'en', tone: 'question' },
  { text: 'Just saw this on my feed.', lang: 'en', tone: 'neutral' },
  { text: '¡Me encanta! Gracias por todo 😍', lang: 'es', tone: 'positive' },
  { text: '¿Cuándo llega a México?', lang: 'es', tone: 'question' },
  { text: 'Pésimo servicio, nadie responde mis mensajes.', lang: 'es', tone: 'negative' },
  { text: 'Отличный продукт, спасибо большое!', lang: 'ru', tone: 'positive' },
  { text: 'Когда будет доставка в Казань?', lang: 'ru', tone: 'question' },
  { text: 'Ужасное качество, верните деньги.', lang: 'ru', tone: 'negative' },
  { text: "Super vidéo, merci pour l'astuce !", lang: 'fr', tone: 'positive' },
  { text: "C'est quand la sortie en France ?", lang: 'fr', tone: 'question' },
  { text: 'Service client catastrophique, je suis déçu.', lang: 'fr', tone: 'negative' },
  { text: 'Wie lange dauert der Versand nach Österreich?', lang: 'de', tone: 'question' },
  { text: 'Total enttäuscht von der Qualität.', lang: 'de', tone: 'negative' },
  { text: 'Amei demais, parabéns pelo trabalho!', lang: 'pt', tone: 'positive' },
  { text: 'Qual o preço no Brasil?', lang: 'pt', tone: 'question' },
  { text: '最高です！ありがとうございます', lang: 'ja', tone: 'positive' },
  { text: 'いつ発売ですか？', lang: 'ja', tone: 'question' },
  { text: 'منتج رائع، شكرا لكم', lang: 'ar', tone: 'positive' },
];

const FIRST = [
  'maria',
  'dmitry',
  'sofia',
  'lucas',
  'aiko',
  'omar',
  'emma',
  'noah',
  'lena',
  'ivan',
  'chloe',
  'mateo',
  'yuki',
  'sara',
  'alex',
  'nina',
];
const LAST = [
  'lopez',
  'k',
  'rossi',
  'm',
  'tanaka',
  'h',
  'smith',
  'b',
  'vogel',
  'p',
  'martin',
  'g',
  'sato',
  'j',
  'lee',
  'r',
];
const DISPLAY_SUFFIX = ['', ' ✨', ' 🌸', '', ' (she/her)', '', ' 🇲🇽', ''];

export function personFor(i: number, sep = '_'): { handle: string; name: string } {
  const f = FIRST[i % FIRST.length];
  const l = LAST[Math.floor(i / FIRST.length) % LAST.length];
  const n = Math.floor(i / (FIRST.length * LAST.length));
  const handle = `${f}${sep}${l}${n ? n : ''}`;
  const name = `${f[0].toUpperCase()}${f.slice(1)} ${l[0].toUpperCase()}${l.slice(1)}${DISPLAY_SUFFIX[i % DISPLAY_SUFFIX.length]}`;
  return { handle, name };
}

export type IdFactory = (createdAtMs: number) => string;

let seq = 0;
/** X status id (snowflake) for a time. */
export const xId: IdFactory = (ms) => (((BigInt(ms) - 1288834974657n) << 22n) + BigInt((seq += 7) % 4096)).toString();
/** TikTok comment id: unix seconds in the top 32 bits. */
export const tiktokId: IdFactory = (ms) =>
  ((BigInt(Math.floor(ms / 1000)) << 32n) + BigInt((seq += 104729) % 4294967295)).toString();
/** Instagram comment id: 17/18 digits. */
export const igId: IdFactory = (ms) =>
  (17_000_000_000_000_000n + BigInt(ms % 1e12) * 1000n + BigInt((seq += 1) % 1000)).toString();

export interface GenOptions {
  count: number;
  seed: number;
  makeId: IdFactory;
  /** Every k-th generated comment is a reply to the previous top-level one (0: none). */
  replyEvery?: number;
  /** Oldest comment, in ms before page load. */
  maxAgeMs?: number;
  handleSep?: string;
}

/** Deterministic generated comments, newest first is NOT implied: returned in page order, oldest first. */
export function generateComments(o: GenOptions): ReplicaComment[] {
  const r = rng(o.seed);
  const maxAge = o.maxAgeMs ?? 30 * DAY;
  const out: ReplicaComment[] = [];
  let lastTop: ReplicaComment | null = null;
  for (let i = 0; i < o.count; i++) {
    const entry = POOL[Math.floor(r() * POOL.length)];
    const person = personFor(Math.floor(r() * 4000), o.handleSep);
    // Spread from maxAge down to ~1 minute ago, in page order.
    const age = Math.max(MINUTE, Math.round(maxAge - ((maxAge - MINUTE) * i) / Math.max(1, o.count - 1)));
    const ms = LOADED_AT - age;
    const c: ReplicaComment = {
      id: o.makeId(ms),
      author: person.handle,
      authorName: person.name,
      text: entry.text,
      createdAt: new Date(ms).toISOString(),
      lang: entry.lang,
      tone: entry.tone,
    };
    if (o.replyEvery && lastTop && i % o.replyEvery === o.replyEvery - 1) c.parentId = lastTop.id;
    else lastTop = c;
    out.push(c);
  }
  return out;
}

/** Comments meant to break naive extensions: markup-looking text, bidi overrides, zero-width chars, huge texts. */
export function hostileComments(makeId: IdFactory, handleSep = '_'): ReplicaComment[] {
  const base = LOADED_AT - 20 * MINUTE;
  const specs: Array<{ author: string; name: string; text: string }> = [
    {
      author: `xss${handleSep}tester`,
      name: '<b>Admin</b><script>alert(1)</script>',
      text: '<script>alert("xss")</script><img src=x onerror="alert(2)"> hello',
    },
    {
      author: `attr${handleSep}breaker`,
      name: '"><svg onload=alert(3)>',
      text: '"><svg/onload=alert(3)> \' onmouseover=\'alert(4)\' {{constructor.constructor("alert(5)")()}} ${alert(6)} javascript:alert(7)',
    },
    {
      author: `bidi${handleSep}user`,
      name: 'Bidi \u202Enimda\u202C',
      text: 'Check my invoice \u202Efdp.exe\u202C please \u2066isolated\u2069 and \u200Fright-to-left mark',
    },
    {
      author: `zero${handleSep}width`,
      name: 'Ze\u200Bro\u200D Width',
      text: 'f\u200Bree mo\u200Cney cl\u200Dick \uFEFFhere\u2060 now \u00AD soft hyphen',
    },
    {
      author: `long${handleSep}rant`,
      name: 'Long Rant',
      text: 'This is a very long complaint about the product. '.repeat(1021).slice(0, 50_000),
    },
    { author: `emoji${handleSep}flood`, name: 'Emoji Flood', text: '😀'.repeat(10_000) },
  ];
  return specs.map((s, i) => {
    const ms = base + i * 1000;
    return {
      id: makeId(ms),
      author: s.author,
      authorName: s.name,
      text: s.text,
      createdAt: new Date(ms).toISOString(),
      lang: 'en',
      tone: 'hostile' as const,
    };
  });
}

export { DAY, HOUR, MINUTE };
