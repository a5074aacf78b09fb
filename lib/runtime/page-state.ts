/**
 * The content script's in-memory state for one tab: what the guard and picker need on the hot path
 * without awaiting the background. A vanilla zustand store so features and in-page React UI share it.
 */
import { createStore } from 'zustand/vanilla';
import type { AccountRecord, AccountRole } from '../records';
import type { ParsedComment, Route, SiteKey } from '../types';
import type { StoredTemplate } from '../../storage/types';

export type WorkMode = 'brand' | 'personal' | null;
export type AccountState = 'brand' | 'personal' | 'unregistered' | 'unknown';

export interface TrackedComment extends ParsedComment {
  sentiment?: 'positive' | 'neutral' | 'negative';
  /** The user corrected the label on this page: it wins over the model and is stored as such. */
  sentimentCorrected?: boolean;
  intents: string[];
  reasons?: string[];
  lang?: string;
  answered?: boolean;
  repliedAt?: number;
}

export interface PageState {
  site: SiteKey;
  route: Route | null;
  activeHandle: string | null;
  accounts: AccountRecord[];
  settings: Record<string, unknown>;
  templates: StoredTemplate[];
  /** Comment id → what we know of it on this page. */
  comments: Map<string, TrackedComment>;
  /** Problems found on this page's layout (required selectors that matched nothing). */
  layoutProblems: string[];
  /** Composer element → draft metadata (template inserted, account at draft start, target comment). */
  drafts: WeakMap<HTMLElement, DraftInfo>;
  /** The comment the user is working on (reply opened, keyboard focus). */
  focusedCommentId: string | null;
  /** Crisis watch on this post: how much faster than usual negatives arrive (null = calm). */
  crisis: number | null;
}

export interface DraftInfo {
  templateId?: string;
  brandOnlyTemplate?: { id: string; title: string };
  accountAtStart?: string | null;
  commentId?: string;
}

export function createPageState(site: SiteKey) {
  return createStore<PageState>()(() => ({
    site,
    route: null,
    activeHandle: null,
    accounts: [],
    settings: {},
    templates: [],
    comments: new Map(),
    layoutProblems: [],
    drafts: new WeakMap(),
    focusedCommentId: null,
    crisis: null,
  }));
}
export type PageStore = ReturnType<typeof createPageState>;

export function roleOf(state: Pick<PageState, 'site' | 'accounts' | 'activeHandle'>): AccountState {
  if (!state.activeHandle) return 'unknown';
  const h = state.activeHandle.replace(/^@/, '').toLowerCase();
  const acc = state.accounts.find((a) => a.site === state.site && a.handle.toLowerCase() === h);
  return acc ? (acc.role as AccountRole) : 'unregistered';
}

export function workModeOf(state: Pick<PageState, 'site' | 'settings'>): WorkMode {
  const m = (state.settings[`workMode.${state.site}`] ?? null) as WorkMode;
  return m === 'brand' || m === 'personal' ? m : null;
}
