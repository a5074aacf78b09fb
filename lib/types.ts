/** Shared domain types: the contract between site adapters, features, background and UI. */

export type SiteKey = 'x' | 'instagram' | 'tiktok';
export const SITE_KEYS: readonly SiteKey[] = ['x', 'instagram', 'tiktok'] as const;

export type Route =
  | { kind: 'post'; postId: string; author?: string }
  | { kind: 'reel'; postId: string }
  | { kind: 'video'; postId: string; author?: string }
  | { kind: 'photo'; postId: string; author?: string }
  | { kind: 'feed' }
  | { kind: 'profile'; handle: string }
  | { kind: 'notifications' }
  | { kind: 'search'; query?: string }
  | { kind: 'compose' }
  | { kind: 'messages' }
  | { kind: 'explore' };

export type RouteKind = Route['kind'];

export type CreatedAtPrecision = 'exact' | 'relative' | 'unknown';

export interface ParsedComment {
  /** Stable across re-renders and element recycling; unique per site. */
  id: string;
  authorHandle: string;
  authorName?: string;
  text: string;
  /** ISO 8601. */
  createdAt?: string;
  createdAtPrecision: CreatedAtPrecision;
  permalink?: string;
  isReply: boolean;
  parentId?: string;
  /** The post the comment belongs to, when the page tells. */
  postId?: string;
  /** X: the focused post of a status page (the one being replied to), not a reply. */
  isFocusedPost?: boolean;
}

export type InsertMethod = 'paste' | 'execCommand' | 'valueSetter' | 'native-lines';

export type InsertResult =
  /** `composer`: the element that holds the text now (a site may swap the node on focus: Instagram reels). */
  { ok: true; method: InsertMethod; ms: number; composer?: HTMLElement } | { ok: false; reason: string; ms: number };

export interface ActiveAccount {
  handle: string;
  /** Where it was read from: helps diagnostics. */
  source?: string;
}

export interface SelectorReport {
  /** Selector name, e.g. `commentItem`. */
  name: string;
  /**
   * 0 when the hook matched nothing on the page, which is all the layout notice and the health report use.
   * The comment hooks and most others give 1 otherwise (diagnostics never count or read every comment of a
   * long thread: they run while the page is in use); composer hooks give how many composers there are.
   */
  matched: number;
  /** Whether this page is expected to have it (depends on the route). */
  required: boolean;
}

export interface SiteAdapter {
  site: SiteKey;
  /** CSS selector matching comment containers (for incremental observation; findComments refines). */
  commentSelector: string;
  /** CSS selector matching reply inputs (for incremental observation; findComposers refines). */
  composerSelector: string;
  matchRoute(url: URL): Route | null;
  /** Every comment / reply container in root, in page order. */
  findComments(root: ParentNode): Element[];
  /**
   * The comment container for an element `commentSelector` matched, when the selector has to match
   * something smaller (Instagram: the permalink's time). Chips, filters and focus go on the container.
   */
  commentRoot?(matched: Element): Element;
  /**
   * Where in a comment container its chip goes: an existing row with room to spare, so the comment does
   * not grow (X re-measures and moves every cell of a conversation when one changes height). Null or
   * absent: at the container's end.
   */
  chipAnchor?(root: Element): Element | null;
  parseComment(el: Element, now?: Date): ParsedComment | null;
  /** The active reply input (focused one first, else the visible one). */
  findComposer(root: ParentNode): HTMLElement | null;
  /** Every reply input on the page (inline, modal, mobile textarea…). */
  findComposers(root: ParentNode): HTMLElement[];
  findSubmitButton(composer: HTMLElement): HTMLElement | null;
  getActiveAccount(doc: Document): ActiveAccount | null;
  /** Verified insertion; never submits. */
  insertText(composer: HTMLElement, text: string): Promise<InsertResult>;
  /** Reads what the composer's editor holds (for verification and reply detection). */
  readComposer(composer: HTMLElement): string;
  /** Opens the site's reply box for a comment; resolves with the composer when it appears. */
  openReply(comment: Element, signal?: AbortSignal): Promise<HTMLElement | null>;
  /** Element to open the site's own account switcher, if it has one. */
  findAccountSwitcher(doc: Document): HTMLElement | null;
  /** Which selectors matched nothing on this page. */
  diagnose(doc: Document, url: URL): SelectorReport[];
}
