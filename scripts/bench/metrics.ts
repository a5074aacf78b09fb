/**
 * Metrics benchmarks: `summarize` over 100,000 stored comments (plus ~70,000
 * replies and some guard events) spread over a year, and the guard's `decide`.
 * Run alone: `npx jiti scripts/bench/metrics.ts`.
 */
import type { CommentRecord, GuardEvent, Intent, ReplyRecord, SentimentLabel } from '../../lib/records';
import type { SiteKey } from '../../lib/types';
import { summarize } from '../../lib/metrics/summary';
import { decide, type GuardInput } from '../../lib/guard/decide';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

export interface Dataset {
  comments: CommentRecord[];
  replies: ReplyRecord[];
  guardEvents: GuardEvent[];
  now: number;
}

/** Deterministic PRNG (mulberry32). */
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

const SITES: SiteKey[] = ['x', 'instagram', 'tiktok'];
const ACCOUNTS = ['acme', 'acme_support'];
const INTENTS: Intent[] = ['question', 'complaint', 'praise', 'purchase_intent', 'spam', 'toxic'];

/** `n` comments over the year before `now`, ~70% answered, realistic-ish mixes. */
export function generateDataset(n = 100_000, now = Date.UTC(2026, 5, 15, 14, 30), seed = 42): Dataset {
  const rand = rng(seed);
  const year = 365 * 86_400_000;
  const comments: CommentRecord[] = [];
  const replies: ReplyRecord[] = [];
  const guardEvents: GuardEvent[] = [];
  for (let i = 0; i < n; i++) {
    const site = SITES[Math.floor(rand() * 3)];
    const account = ACCOUNTS[rand() < 0.7 ? 0 : 1];
    // Skew towards recent: more activity lately.
    const createdAt = now - Math.floor(Math.pow(rand(), 1.3) * year);
    const firstSeenAt = createdAt + Math.floor(rand() * 20 * 60_000);
    const r = rand();
    const sentiment: SentimentLabel = r < 0.45 ? 'positive' : r < 0.8 ? 'neutral' : 'negative';
    const precision = rand() < 0.8 ? 'exact' : rand() < 0.5 ? 'relative' : 'unknown';
    const commentId = `c${i}`;
    const key = `${site}:${commentId}`;
    const c: CommentRecord = {
      key,
      site,
      commentId,
      postId: `p${Math.floor(rand() * 2000)}`,
      authorHandle: `user${Math.floor(rand() * 15_000)}`,
      text: `Comment ${i} about the product`,
      sentiment,
      intents: rand() < 0.3 ? [INTENTS[Math.floor(rand() * INTENTS.length)]] : [],
      createdAt: precision === 'unknown' ? undefined : createdAt,
      createdAtPrecision: precision,
      firstSeenAt,
      lastSeenAt: firstSeenAt + 3_600_000,
      seenAs: account,
      isReply: rand() < 0.2,
    };
    if (rand() < 0.7 && firstSeenAt < now - 60_000) {
      const sentAt = Math.min(now - 1000, firstSeenAt + Math.floor(Math.pow(rand(), 2) * 6 * 3_600_000));
      c.firstReplyAt = sentAt;
      replies.push({
        id: replies.length + 1,
        site,
        postId: c.postId,
        commentKey: key,
        account,
        templateId: rand() < 0.4 ? `t${Math.floor(rand() * 12)}` : undefined,
        text: 'Thanks for reaching out!',
        sentAt,
      });
    }
    if (rand() < 0.01) {
      guardEvents.push({ site, account, reasons: ['work-mode-mismatch'], decision: 'cancel', at: firstSeenAt + 1000 });
    }
    comments.push(c);
  }
  return { comments, replies, guardEvents, now };
}

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function runMetricsBench(): Promise<BenchResult[]> {
  const data = generateDataset();
  const opts = { now: data.now, timeZone: 'Europe/Amsterdam', sla: { targetMinutes: 60 } };
  // Warm up (JIT, Intl formatter and offset caches), then measure.
  for (let i = 0; i < 6; i++) summarize(data, opts);
  const runs: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    summarize(data, opts);
    runs.push(performance.now() - t0);
  }

  const inputs: GuardInput[] = [
    {
      site: 'x',
      activeAccount: { handle: 'jane' },
      accountRole: 'personal',
      workMode: 'brand',
      brandOnlyTemplate: { id: 't1', title: 'Shipping delays' },
      strictMode: true,
      accountAtDraftStart: 'acme',
    },
    {
      site: 'instagram',
      activeAccount: { handle: 'acme' },
      accountRole: 'brand',
      workMode: 'brand',
      brandOnlyTemplate: null,
      strictMode: false,
      accountAtDraftStart: 'acme',
    },
    { site: 'tiktok', activeAccount: null, accountRole: 'unknown', workMode: null, strictMode: true },
  ];
  const calls = 200_000;
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += decide(inputs[i % 3]).reasons.length;
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) sink += decide(inputs[i % 3]).reasons.length;
  const perCall = (performance.now() - t0) / calls;
  if (sink < 0) throw new Error('unreachable');

  return [
    { name: 'dashboard.summary100k.ms', value: Math.round(medianOf(runs) * 100) / 100, unit: 'ms' },
    { name: 'guard.decide.ms', value: Math.round(perCall * 1e5) / 1e5, unit: 'ms' },
  ];
}

const isMain =
  typeof process !== 'undefined' && process.argv[1] !== undefined && /bench[\\/]metrics\.ts$/.test(process.argv[1]);
if (isMain) {
  void runMetricsBench().then((r) => console.log(JSON.stringify(r, null, 2)));
}
