/**
 * Template search benchmark: builds an index of 5,000 generated templates, then
 * types several queries character by character and times each keystroke's search.
 */
import { performance } from 'node:perf_hooks';
import type { SiteKey } from '../../lib/types';
import { createTemplate, type Template } from '../../lib/templates/model';
import { createTemplateIndex } from '../../lib/templates/search';

export interface BenchMetric {
  name: string;
  value: number;
  unit: string;
}

const WORDS = [
  'order',
  'shipping',
  'delivery',
  'refund',
  'return',
  'exchange',
  'discount',
  'code',
  'giveaway',
  'winner',
  'launch',
  'restock',
  'size',
  'guide',
  'colour',
  'warranty',
  'broken',
  'late',
  'tracking',
  'address',
  'payment',
  'invoice',
  'support',
  'thanks',
  'love',
  'feedback',
  'review',
  'store',
  'opening',
  'hours',
  'event',
  'ticket',
  'collab',
  'influencer',
  'partnership',
  'recipe',
  'ingredients',
  'vegan',
  'allergy',
  'price',
  'envío',
  'pedido',
  'devolución',
  'gracias',
  'tienda',
  'заказ',
  'доставка',
  'спасибо',
  'возврат',
  'bestelling',
  'verzending',
  'bedankt',
  'retour',
  'winkel',
  'subscription',
];
const TAGS = [
  'faq',
  'shipping',
  'complaint',
  'praise',
  'promo',
  'moderation',
  'crisis',
  'sales',
  'support',
  'events',
  'product',
  'legal',
];
const LANGS = ['en', 'en', 'en', 'es', 'ru', 'nl', 'de', 'fr', ''];
const SITES: SiteKey[][] = [[], [], ['x'], ['instagram'], ['tiktok'], ['x', 'instagram']];

/** Small deterministic PRNG (mulberry32) so every run indexes the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vel',
  'dor',
  'pin',
  'sul',
  'ber',
  'qua',
  'zet',
  'mon',
  'ri',
  'fa',
  'gel',
  'hu',
  'nox',
  'pra',
  'tio',
];

/**
 * Varied synthetic templates: common support words (Zipf-like: some far more
 * frequent than others) mixed with product names, promo codes and numbers,
 * so that, as in a real library, not every template contains every word.
 */
export function generateTemplates(count: number, seed = 42): Template[] {
  const rand = rng(seed);
  const pick = <T>(arr: readonly T[]): T => arr[Math.floor(rand() * arr.length)] as T;
  const names = Array.from({ length: 600 }, () => {
    const n = 2 + Math.floor(rand() * 2);
    return Array.from({ length: n }, () => pick(SYLLABLES)).join('');
  });
  const word = (): string => {
    const r = rand();
    if (r < 0.55) return WORDS[Math.floor(WORDS.length * rand() ** 2)] as string;
    if (r < 0.9) return pick(names);
    return r < 0.95 ? `${pick(names).toUpperCase()}${Math.floor(rand() * 100)}` : String(Math.floor(rand() * 1000));
  };
  const words = (n: number): string => Array.from({ length: n }, word).join(' ');
  const now = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const t = createTemplate({
      id: `t${i}`,
      title: `${words(2 + Math.floor(rand() * 3))} ${i}`,
      body: `Hi {first_name|there}! ${words(12 + Math.floor(rand() * 30))}. {cursor}`,
      tags: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(TAGS)),
      platforms: pick(SITES),
      language: pick(LANGS),
      now,
      variants: rand() < 0.3 ? [{ id: `t${i}-v`, platforms: [], language: 'es', body: words(20) }] : [],
    });
    t.usageCount = Math.floor(rand() * 100);
    if (rand() < 0.7) t.lastUsedAt = now - Math.floor(rand() * 1e9);
    return t;
  });
}

const QUERIES = [
  'shipping',
  'refund late order',
  'thanks',
  'tag:faq retur',
  'lang:es envio',
  'доставка',
  'giveaway winner',
  'site:tiktok promo',
  'warrnty', // typo
];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)] ?? 0;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

export async function runTemplateBench(): Promise<BenchMetric[]> {
  const templates = generateTemplates(5000);
  const buildStart = performance.now();
  const index = createTemplateIndex(templates);
  const buildMs = performance.now() - buildStart;

  // Warm-up (JIT), not measured.
  for (const q of QUERIES) index.search(q, { site: 'x' });

  const times: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const q of QUERIES) {
      for (let n = 1; n <= q.length; n++) {
        const t0 = performance.now();
        index.search(q.slice(0, n), { site: pass === 1 ? 'instagram' : undefined });
        times.push(performance.now() - t0);
      }
    }
  }
  times.sort((a, b) => a - b);
  return [
    { name: 'templates.search5000.ms_per_keystroke', value: round(percentile(times, 50)), unit: 'ms' },
    { name: 'templates.search5000.p95_ms_per_keystroke', value: round(percentile(times, 95)), unit: 'ms' },
    { name: 'templates.index5000.build_ms', value: round(buildMs), unit: 'ms' },
  ];
}
