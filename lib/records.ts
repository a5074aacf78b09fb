/** What Riposte stores. Plain, JSON-serializable records shared by storage, metrics and UI. */
import type { CreatedAtPrecision, SiteKey } from './types';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export type Intent = 'question' | 'complaint' | 'praise' | 'purchase_intent' | 'spam' | 'toxic';
export type AccountRole = 'brand' | 'personal';

/** A comment seen on a page. Key: `${site}:${commentId}`. */
export interface CommentRecord {
  key: string;
  site: SiteKey;
  commentId: string;
  postId: string;
  postUrl?: string;
  permalink?: string;
  authorHandle: string;
  authorName?: string;
  text: string;
  lang?: string;
  sentiment?: SentimentLabel;
  sentimentScore?: number;
  /** Set when the user corrected the label. */
  sentimentCorrected?: boolean;
  intents: Intent[];
  /** ms since epoch */
  createdAt?: number;
  createdAtPrecision: CreatedAtPrecision;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Handle of the account the user was logged in as when first seen. */
  seenAs?: string;
  isReply: boolean;
  parentId?: string;
  /** ms since epoch of the user's first reply to it, denormalized for fast queries; absent = unanswered. */
  firstReplyAt?: number;
  /** Authored by the user's own account (not something to answer). */
  isOwn?: boolean;
  /** When retention removed the raw text (times, labels and reply link are kept). */
  textPrunedAt?: number;
}

/** A reply the user sent from the page. */
export interface ReplyRecord {
  id?: number;
  site: SiteKey;
  postId: string;
  /** Key of the comment answered (`${site}:${commentId}`), when known. */
  commentKey?: string;
  account?: string;
  templateId?: string;
  text: string;
  sentAt: number;
}

export type GuardReason =
  | 'brand-template-on-non-brand'
  | 'work-mode-mismatch'
  | 'account-changed'
  | 'unknown-account-strict'
  | 'unregistered-account-strict';
export type GuardDecision = 'held' | 'post-anyway' | 'cancel' | 'switch-account';

export interface GuardEvent {
  id?: number;
  site: SiteKey;
  account?: string;
  reasons: GuardReason[];
  decision: GuardDecision;
  at: number;
  templateId?: string;
}

export interface AccountRecord {
  /** `${site}:${handleLowercase}` */
  key: string;
  site: SiteKey;
  handle: string;
  role: AccountRole;
  label?: string;
  addedAt: number;
}

/** Per local day, per site, per account. Key: `${day}|${site}|${account}`. */
export interface DailyRollup {
  key: string;
  day: string; // YYYY-MM-DD local
  site: SiteKey;
  account: string; // '' when unknown
  commentsSeen: number;
  replies: number;
  responseTimesMs: number[];
  withinSla: number;
  sentiment: Record<SentimentLabel, number>;
  intents: Partial<Record<Intent, number>>;
  templatesUsed: Record<string, number>;
  guardHolds: number;
}
