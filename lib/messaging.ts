/**
 * The one typed protocol between content scripts / extension pages and the background.
 * Every request is validated with zod at the background boundary: a content script's message
 * is an untrusted claim made by a page we don't control.
 */
import { z } from 'zod';

const site = z.enum(['x', 'instagram', 'tiktok']);
const label = z.enum(['positive', 'neutral', 'negative']);
const intent = z.enum(['question', 'complaint', 'praise', 'purchase_intent', 'spam', 'toxic']);
const shortStr = z.string().max(512);
const handle = z.string().max(128);
/** Long comments are kept, but bounded: 50k chars is a hostile comment, not a real one. */
const commentText = z.string().max(60_000);

export const seenComment = z.object({
  commentId: shortStr,
  authorHandle: handle,
  authorName: shortStr.optional(),
  text: commentText,
  lang: z.string().max(16).optional(),
  sentiment: label.optional(),
  sentimentScore: z.number().finite().optional(),
  /** The user corrected `sentiment` in the page (possibly before this comment's first batch). */
  sentimentCorrected: z.boolean().optional(),
  intents: z.array(intent).max(10).default([]),
  createdAt: z.number().finite().optional(),
  createdAtPrecision: z.enum(['exact', 'relative', 'unknown']),
  permalink: z.string().max(2048).optional(),
  isReply: z.boolean(),
  parentId: shortStr.optional(),
  isOwn: z.boolean().optional(),
});
export type SeenComment = z.infer<typeof seenComment>;

export const protocol = {
  'page.init': {
    req: z.object({ site }),
  },
  'comments.seen': {
    req: z.object({
      site,
      postId: shortStr,
      postUrl: z.string().max(2048).optional(),
      account: handle.optional(),
      seenAt: z.number().finite(),
      comments: z.array(seenComment).max(5000),
    }),
  },
  'replies.record': {
    req: z.object({
      site,
      postId: shortStr,
      commentId: shortStr.optional(),
      mentionHandle: handle.optional(),
      account: handle.optional(),
      templateId: shortStr.optional(),
      text: commentText,
      sentAt: z.number().finite(),
    }),
  },
  'templates.list': { req: z.object({}) },
  'templates.used': {
    req: z.object({
      id: shortStr,
      site,
      commentId: shortStr.optional(),
      account: handle.optional(),
      /** When it was used (the page's clock): a retried message with the same time counts once. */
      at: z.number().finite().optional(),
    }),
  },
  'templates.save': { req: z.object({ templates: z.array(z.record(z.string(), z.unknown())).max(10_000) }) },
  'templates.delete': { req: z.object({ ids: z.array(shortStr).max(10_000) }) },
  'accounts.list': { req: z.object({}) },
  'accounts.set': {
    req: z.object({ site, handle, role: z.enum(['brand', 'personal']).nullable(), label: shortStr.optional() }),
  },
  'settings.get': { req: z.object({}) },
  'settings.set': { req: z.object({ patch: z.record(z.string(), z.unknown()) }) },
  'guard.log': {
    req: z.object({
      site,
      account: handle.optional(),
      reasons: z.array(z.string().max(64)).max(8),
      decision: z.enum(['held', 'post-anyway', 'cancel', 'switch-account']),
      at: z.number().finite(),
      templateId: shortStr.optional(),
    }),
  },
  'sentiment.correct': {
    req: z.object({ site, commentId: shortStr, text: commentText, label, lang: z.string().max(16).optional() }),
  },
  'diagnostics.report': {
    req: z.object({ site, url: z.string().max(2048), missing: z.array(z.string().max(64)).max(64) }),
  },
  'diagnostics.list': { req: z.object({}) },
  'stats.overview': { req: z.object({}) },
  'summary.get': {
    req: z.object({ now: z.number().finite().optional(), site: site.optional(), account: handle.optional() }),
  },
  'db.status': { req: z.object({}) },
  'data.deleteAll': { req: z.object({ confirm: z.literal(true) }) },
  'retention.prune': { req: z.object({}) },
  'export.range': {
    req: z.object({ from: z.number().finite(), to: z.number().finite(), format: z.enum(['csv', 'json']) }),
  },
} as const;

export type MessageType = keyof typeof protocol;
export type MessageRequest<T extends MessageType> = z.input<(typeof protocol)[T]['req']>;
export type ParsedRequest<T extends MessageType> = z.output<(typeof protocol)[T]['req']>;

export interface Envelope<T extends MessageType = MessageType> {
  riposte: 1;
  type: T;
  payload: MessageRequest<T>;
}

export type Reply<R = unknown> = { ok: true; data: R } | { ok: false; error: string };

export function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && (x as { riposte?: unknown }).riposte === 1;
}

export function validate<T extends MessageType>(
  type: T,
  payload: unknown,
): { ok: true; data: ParsedRequest<T> } | { ok: false; error: string } {
  const schema = protocol[type]?.req;
  if (!schema) return { ok: false, error: `unknown message type` };
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${type}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, data: parsed.data as ParsedRequest<T> };
}

/** What the background knows about the disk (stats.overview), for the popup's banner. */
export interface StorageHealth {
  /** The last emergency prune: texts older than `retentionDays` removed. */
  emergencyPrune?: { at: number; retentionDays: number; pruned: number };
  /** A write refused even after the prune; cleared by the next write that succeeds. */
  full?: { at: number; message: string };
}
