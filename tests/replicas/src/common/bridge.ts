import type { ReplicaComment, Submission } from './model';
import { LOADED_AT, type ReplicaParams, type SiteName } from './env';

/** One editor on the page that window.__replica can read (inline composer, modal, footer…). */
export interface ComposerHandle {
  /** e.g. 'inline', 'modal', 'footer', 'form'. */
  name: string;
  /** Higher wins when several are mounted (a modal over the inline composer). */
  priority: number;
  /** Plain text from the editor's own React / Draft state (never the DOM). */
  getText(): string;
  canSubmit(): boolean;
}

const composers: ComposerHandle[] = [];

export function registerComposer(h: ComposerHandle): () => void {
  composers.push(h);
  return () => {
    const i = composers.indexOf(h);
    if (i >= 0) composers.splice(i, 1);
  };
}

function activeComposer(name?: string): ComposerHandle | undefined {
  if (name) return composers.find((c) => c.name === name);
  let best: ComposerHandle | undefined;
  for (const c of composers) if (!best || c.priority >= best.priority) best = c;
  return best;
}

export interface PublicComment {
  id: string;
  author: string;
  text: string;
  createdAt: string;
  parentId?: string;
  tone: ReplicaComment['tone'];
  lang: string;
  own?: boolean;
}

export interface PublicPost {
  id: string;
  author: string;
  text: string;
  createdAt: string;
}

export interface ReplicaApi {
  site: SiteName;
  /** Text of the active editor from its React/Draft state; optional name picks one ('inline', 'modal', …). */
  editorText(name?: string): string;
  isSubmitEnabled(name?: string): boolean;
  /** Names of the mounted editors, active one last. */
  composers(): string[];
  readonly submitted: Submission[];
  readonly comments: PublicComment[];
  readonly post: PublicPost | null;
  readonly account: string | null;
  readonly accounts: string[];
  setAccount(handle: string | null): void;
  readonly loadedAt: number;
  readonly params: ReplicaParams;
  ready: boolean;
}

declare global {
  interface Window {
    __replica?: ReplicaApi;
  }
}

export interface BridgeOptions {
  site: SiteName;
  params: ReplicaParams;
  submitted: Submission[];
  getComments(): ReplicaComment[];
  getPost(): PublicPost | null;
  getAccount(): string | null;
  getAccounts(): string[];
  setAccount(handle: string | null): void;
}

export function toPublic(c: ReplicaComment): PublicComment {
  const out: PublicComment = {
    id: c.id,
    author: c.author,
    text: c.text,
    createdAt: c.createdAt,
    tone: c.tone,
    lang: c.lang,
  };
  if (c.parentId) out.parentId = c.parentId;
  if (c.own) out.own = true;
  return out;
}

export function installBridge(o: BridgeOptions): ReplicaApi {
  const api: ReplicaApi = {
    site: o.site,
    editorText: (name) => activeComposer(name)?.getText() ?? '',
    isSubmitEnabled: (name) => activeComposer(name)?.canSubmit() ?? false,
    composers: () => [...composers].sort((a, b) => a.priority - b.priority).map((c) => c.name),
    get submitted() {
      return o.submitted.map((s) => ({ ...s }));
    },
    get comments() {
      return o.getComments().map(toPublic);
    },
    get post() {
      return o.getPost();
    },
    get account() {
      return o.getAccount();
    },
    get accounts() {
      return o.getAccounts();
    },
    setAccount: (h) => o.setAccount(h ? h.replace(/^@/, '') : null),
    loadedAt: LOADED_AT,
    params: o.params,
    ready: false,
  };
  window.__replica = api;
  return api;
}

/** Trimmed plain text: what the sites actually post. */
export function postedText(text: string): string {
  return text.trim();
}
