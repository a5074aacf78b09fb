/**
 * TikTok (www.tiktok.com) adapter. Hooks: data-e2e (S1), /@handle links (S2), and the readable
 * emotion class suffixes (S5, matched by substring only: `[class*="DivCommentItemWrapper"]`).
 * Every S5 hook has a data-e2e/structural fallback, so the adapter still parses with classes stripped.
 * The 2026 DOM has no comment id and no machine time: ids are derived, times estimated.
 */
import type { ActiveAccount, ParsedComment, Route, SelectorReport, SiteAdapter } from '../types';
import {
  cleanText,
  clickLikeUser,
  anyMatch,
  docLang,
  docOf,
  foreignNodesChanged,
  idHash,
  hrefPath,
  lineText,
  mutationMemo,
  pageUrl,
  pickActive,
  report,
  runMap,
  runMemo,
  safeDecode,
  textOf,
  waitFor,
} from './dom';
import { insertText, readEditor } from './insert';
import { parseRelativeTime } from './relative-time';

export const TIKTOK_SELECTORS = {
  commentList: '[class*="DivCommentListContainer"]',
  commentThread: '[class*="DivCommentObjectWrapper"]',
  commentItem: '[class*="DivCommentItemWrapper"]',
  replyContainer: '[class*="DivReplyContainer"]',
  commentText: '[data-e2e^="comment-level-"]',
  topLevelText: '[data-e2e="comment-level-1"]',
  username: '[data-e2e^="comment-username-"]',
  replyButton: '[data-e2e^="comment-reply-"]',
  legacyTime: '[data-e2e^="comment-time-"]',
  profileLink: 'a[href^="/@"]',
  composer: '[data-e2e="comment-input"] [contenteditable="true"], [data-e2e="comment-text"] [contenteditable="true"]',
  submitButton: '[data-e2e="comment-post"]',
  activeAccount: 'a[data-e2e="nav-profile"]',
  profileIcon: '[data-e2e="profile-icon"]',
  loginButton: '[data-e2e="top-login-button"], [data-e2e="nav-login-button"]',
  openComments: '[data-e2e="comment-icon"], [data-e2e="browse-comment-icon"]',
  rehydration: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
} as const;
const S = TIKTOK_SELECTORS;

const HOSTS = new Set(['www.tiktok.com', 'tiktok.com', 'm.tiktok.com']);
const HANDLE = /^[A-Za-z0-9_.]{1,64}$/;

export function matchTikTokRoute(url: URL): Route | null {
  if (!HOSTS.has(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  const [a = '', b = '', c = ''] = parts;
  if (a.startsWith('@') && a.length > 1) {
    const author = safeDecode(a.slice(1));
    if (b === 'video' && /^\d+$/.test(c)) return { kind: 'video', postId: c, author };
    if (b === 'photo' && /^\d+$/.test(c)) return { kind: 'photo', postId: c, author };
    if (parts.length === 1) return { kind: 'profile', handle: author };
    return null;
  }
  if (parts.length === 0 || ['foryou', 'following', 'friends', 'live'].includes(a))
    return parts.length <= 1 ? { kind: 'feed' } : null;
  if (a === 'explore' || a === 'discover' || a === 'tag' || a === 'music') return { kind: 'explore' };
  if (a === 'search') return { kind: 'search', query: url.searchParams.get('q') ?? undefined };
  if (a === 'messages') return { kind: 'messages' };
  if (a === 'inbox' || a === 'notifications' || a === 'activity') return { kind: 'notifications' };
  if (a === 'upload' || (a === 'tiktokstudio' && b === 'upload') || (a === 'creator-center' && b === 'upload'))
    return { kind: 'compose' };
  return null;
}

/** The plain "/@handle" or "/@handle/" href: the handle as is (what the general path below would give). */
const PLAIN_HANDLE_HREF = /^\/@([A-Za-z0-9_.]{1,64})\/?$/;

function handleOf(a: Element | null | undefined): string | null {
  const raw = a?.getAttribute('href');
  if (!raw) return null;
  const plain = PLAIN_HANDLE_HREF.exec(raw);
  if (plain) return plain[1]!;
  const path = hrefPath(a);
  if (!path.startsWith('/@')) return null;
  const h = safeDecode(path.slice(2).replace(/\/.*$/, ''));
  return HANDLE.test(h) ? h : null;
}

/** The comment row for a comment-level text element: class hook first, else structure. */
function itemOf(textEl: Element): Element {
  return textEl.closest(S.commentItem) ?? structuralItemOf(textEl);
}

function structuralItemOf(textEl: Element): Element {
  let content: Element = textEl;
  for (let a = textEl.parentElement; a; a = a.parentElement) {
    if (a.querySelector(S.username)) {
      content = a;
      break;
    }
  }
  const p = content.parentElement;
  if (p && p.querySelectorAll(S.commentText).length === 1) {
    for (const sib of Array.from(p.children)) {
      if (sib !== content && sib.querySelector(S.profileLink)) return p;
    }
  }
  return content;
}

function findComments(root: ParentNode): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  // Each row's text as found here: parseComment in the same run need not look for it again.
  const found = runMap<Element, Element>(FOUND_TEXT);
  const texts = root.querySelectorAll(S.commentText);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const byClass = text.closest(S.commentItem);
    const item = byClass ?? structuralItemOf(text);
    if (!seen.has(item)) {
      seen.add(item);
      out.push(item);
      // Only a row found by its class hook is known to be this text's own (a structural guess may be a
      // wrapper holding other comments too: parse then looks for the row's first text itself).
      if (byClass && !found.has(item)) found.set(item, text);
    }
  }
  return out;
}
const FOUND_TEXT = 'tiktok-found-text';

function ownText(item: Element): Element | null {
  const found = runMap<Element, Element>(FOUND_TEXT).get(item);
  if (found) return found;
  return item.matches(S.commentText) ? item : item.querySelector(S.commentText);
}

const AUTHOR_LINK = `${S.username} ${S.profileLink}`;

/** No link inside the username block: the first profile link of the row outside the comment text. */
function authorLinkOutside(item: Element, textEl: Element | null): Element | null {
  for (const a of Array.from(item.querySelectorAll(S.profileLink))) if (!textEl?.contains(a)) return a;
  return null;
}

/** The video a node's comments belong to: read once per document and run (the same for all its comments). */
function videoIdOf(node: Node): string {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return doc ? runMemo('tiktok-video', doc, readVideoId) : 'unknown';
}

function readVideoId(doc: Document): string {
  const url = pageUrl(doc);
  const m = url ? /\/(?:video|photo)\/(\d+)/.exec(url.pathname) : null;
  if (m) return m[1]!;
  // The server-rendered data describes the page as it was first loaded: after moving on inside the
  // app (the For You feed keeps its own address), it names a video that is no longer the one open.
  if (url && !stillFirstPage(url)) return 'unknown';
  const raw = doc.querySelector(S.rehydration)?.textContent ?? '';
  const id = /"itemStruct"\s*:\s*\{\s*"id"\s*:\s*"(\d+)"/.exec(raw);
  return id ? id[1]! : 'unknown';
}

/** Whether the address is still the one the document was loaded at (no in-app navigation since). */
function stillFirstPage(url: URL): boolean {
  const first = firstPath();
  return first === null || first === url.pathname;
}

/** The path the document was loaded at: fixed for the document's life, read once (this runs per comment). */
let loadedPath: string | null | undefined;
function firstPath(): string | null {
  if (loadedPath === undefined) {
    try {
      const nav = performance.getEntriesByType?.('navigation')[0];
      loadedPath = nav ? new URL(nav.name).pathname : null;
    } catch {
      loadedPath = null;
    }
  }
  return loadedPath;
}

/** Tests: forget the path read from the navigation entry. */
export function resetLoadedPath(): void {
  loadedPath = undefined;
}

/** What one read of a list's comment texts gives (see textIndex). */
interface TextIndex {
  /** Identity key of every comment-level text element of the list. */
  keys: Map<Element, string>;
  /** By the author's name link: its ordinal among the same author's identical comments above it. */
  ordinals: Map<Element, number>;
}

/**
 * Identity keys and ordinals of a list's comments. One walk over the list's comment texts hashes each
 * text once (a comment's own id reuses its key); authors are read only where two texts are identical,
 * so every comment costs O(1) amortized and the usual page (no repeated text) reads no author twice.
 * Valid until comments come or go, a link changes or any text changes.
 */
function textIndex(scope: ParentNode): TextIndex {
  return mutationMemo(
    'tiktok-texts',
    scope as Node,
    { attributeFilter: ['href'], characterData: true },
    listChanged,
    () => {
      const keys = new Map<Element, string>();
      const byKey = new Map<string, Element | Element[]>();
      const texts = scope.querySelectorAll(S.commentText);
      for (let i = 0; i < texts.length; i++) {
        const t = texts[i]!;
        const k = identityKey(t);
        keys.set(t, k);
        const same = byKey.get(k);
        if (same === undefined) byKey.set(k, t);
        else if (Array.isArray(same)) same.push(t);
        else byKey.set(k, [same, t]);
      }
      const ordinals = new Map<Element, number>();
      for (const same of byKey.values()) {
        if (!Array.isArray(same)) continue;
        // Identical texts: count them per author, by the name link of the text's row (as basics reads it),
        // and only where the text is that link's own (the first comment text above its name block): a row
        // found by structure alone can hold another comment's name, which must not count twice.
        const seen = new Map<string, number>();
        for (const t of same) {
          const link = namedLink(itemOf(t));
          const handle = handleOf(link);
          if (!handle || ownTextOfLink(link!) !== t) continue;
          const n = seen.get(handle) ?? 0;
          ordinals.set(link!, n);
          seen.set(handle, n + 1);
        }
      }
      return { keys, ordinals };
    },
  );
}

/** Any change under a comment list but our own chips and UI: comments, links or texts. */
function listChanged(records: MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type !== 'childList') return true; // href or text
    for (const list of [r.addedNodes, r.removedNodes])
      for (let i = 0; i < list.length; i++) if (list[i]!.nodeType === 3) return true;
  }
  return foreignNodesChanged(records);
}

/** Hash of the normalized identity text of a comment-level element. */
function identityKey(textEl: Element): string {
  return idHash(textEl.textContent ?? '');
}

/**
 * Stable id: video + author + hash of the normalized text + ordinal among identical (author, text) comments
 * before it. Ordinals count comments whose author link sits in the name block (`named`); others take 0.
 */
function idOf(
  item: Element,
  handle: string,
  textEl: Element,
  named: Element | null,
  videoId: string,
  list: Element | null,
): string {
  const index = named ? textIndex(list ?? item.ownerDocument ?? item) : null;
  const key = index?.keys.get(textEl) ?? identityKey(textEl);
  const ordinal = named ? (index?.ordinals.get(named) ?? 0) : 0;
  return `tt:${videoId}:${handle}:${key}:${ordinal}`;
}

/** The comment text a name link belongs to: the first one above its name block. */
function ownTextOfLink(link: Element): Element | null {
  for (let a = (link.closest(S.username) ?? link).parentElement; a; a = a.parentElement) {
    const t = a.querySelector(S.commentText);
    if (t) return t;
  }
  return null;
}

/**
 * The author's link inside the row's name block. `${username} ${profileLink}` as two short queries (the
 * descendant selector climbs to the root from the avatar link, which comes first and sits outside the name
 * block); the selector when they miss.
 */
function namedLink(item: Element): Element | null {
  return item.querySelector(S.username)?.querySelector(S.profileLink) ?? item.querySelector(AUTHOR_LINK);
}

function timeLabel(item: Element, textEl: Element | null, lang: string, now: Date): { label: string; at: Date | null } {
  // The 2026 layout first: the label beside the reply button (the legacy time element is looked for only
  // when that finds none, since proving it absent means walking the whole row).
  const reply = item.querySelector(S.replyButton);
  for (let sib = reply?.previousElementSibling; sib; sib = sib.previousElementSibling) {
    const label = lineText(sib);
    const at = parseRelativeTime(label, now, lang);
    if (at) return { label, at };
  }
  const legacy = item.querySelector(S.legacyTime);
  if (legacy) {
    const label = lineText(legacy);
    return { label, at: parseRelativeTime(label, now, lang) };
  }
  const name = item.querySelector(S.username);
  for (const span of Array.from(item.querySelectorAll('span, p'))) {
    if (textEl?.contains(span) || name?.contains(span) || span.children.length > 0) continue;
    const label = lineText(span);
    const at = label.length <= 24 ? parseRelativeTime(label, now, lang) : null;
    if (at) return { label, at };
  }
  return { label: '', at: null };
}

function level(textEl: Element): number {
  const m = /comment-level-(\d+)/.exec(textEl.getAttribute('data-e2e') ?? '');
  return m ? Number(m[1]) : 1;
}

function topItemOf(item: Element): Element | null {
  const thread = item.closest(S.commentThread);
  if (thread) {
    const top = thread.querySelector(S.topLevelText);
    return top && !top.closest(S.replyContainer) ? itemOf(top) : null;
  }
  for (let a = item.parentElement; a; a = a.parentElement) {
    const top = a.querySelector(S.topLevelText);
    if (top) return itemOf(top);
  }
  return null;
}

interface Place {
  /** The comment list holding the row (`item.closest(commentList)`). */
  list: Element | null;
  /** Whether the row sits in a reply container (`!!item.closest(replyContainer)`). */
  inReply: boolean;
}
const NOWHERE: Place = { list: null, inReply: false };

/**
 * Where a row sits, with one climb to the nearest reply container or list; what lies above that is read
 * once per container and run.
 */
function placeOf(item: Element): Place {
  const hit = item.closest(REPLY_OR_LIST);
  if (!hit) return NOWHERE;
  if (hit.matches(S.replyContainer))
    return runMemo('tiktok-reply-place', hit, (r) => ({ list: r.closest(S.commentList), inReply: true }));
  return runMemo('tiktok-list-place', hit, (list) => ({
    list,
    inReply: !!list.parentElement?.closest(S.replyContainer),
  }));
}
const REPLY_OR_LIST = `${S.replyContainer}, ${S.commentList}`;

interface Basics {
  handle: string;
  text: string;
  id: string;
  /** The author's link inside the username block, if any (its text is the display name). */
  named: Element | null;
  place: Place;
}

function basics(item: Element, videoId: string, textEl: Element | null = ownText(item)): Basics | null {
  const named = namedLink(item);
  const link = named ?? authorLinkOutside(item, textEl);
  const handle = handleOf(link);
  if (!handle || !textEl) return null;
  const text = cleanText(textOf(textEl));
  const place = placeOf(item);
  // Identity uses the raw textContent (cheap, and the same value the ordinal scan reads for other comments).
  return { handle, text, id: idOf(item, handle, textEl, named, videoId, place.list), named, place };
}

function parseComment(el: Element, now?: Date): ParsedComment | null {
  const textEl = ownText(el);
  if (!textEl) return null;
  const item = el === textEl ? itemOf(el) : el;
  const videoId = videoIdOf(item);
  const b = basics(item, videoId, item === el ? textEl : ownText(item));
  if (!b) return null;
  const isReply = level(textEl) >= 2 || b.place.inReply;
  const parent = isReply ? topItemOf(item) : null;
  const parentKey = parent && parent !== item ? basics(parent, videoId)?.id : undefined;
  // A derived id can collide (same author and text, no name link to count ordinals): never self-parent.
  const parentId = parentKey !== b.id ? parentKey : undefined;
  const nameEl = b.named ?? item.querySelector(S.username);
  const authorName = lineText(nameEl);
  const { at } = timeLabel(item, textEl, docLang(item), now ?? new Date());
  return {
    id: b.id,
    authorHandle: b.handle,
    authorName: authorName || undefined,
    text: b.text,
    createdAt: at ? at.toISOString() : undefined,
    createdAtPrecision: at ? 'relative' : 'unknown',
    isReply,
    parentId,
    postId: videoId === 'unknown' ? undefined : videoId,
  };
}

function findComposers(root: ParentNode): HTMLElement[] {
  const found = Array.from(root.querySelectorAll<HTMLElement>(S.composer));
  return found.filter((el, i) => found.indexOf(el) === i);
}

function findSubmitButton(composer: HTMLElement): HTMLElement | null {
  let depth = 0;
  for (let a = composer.parentElement; a && depth < 16; a = a.parentElement, depth++) {
    const btn = a.querySelector<HTMLElement>(S.submitButton);
    if (btn) return btn;
  }
  return null;
}

function getActiveAccount(doc: Document): ActiveAccount | null {
  const nav = doc.querySelector(S.activeAccount);
  const h = handleOf(nav);
  // An href of "/@" means logged out; no nav link means we cannot tell: never guess.
  return h ? { handle: h, source: 'nav-profile link' } : null;
}

async function openReply(comment: Element, signal?: AbortSignal): Promise<HTMLElement | null> {
  const item = comment.matches(S.commentText) ? itemOf(comment) : comment;
  const btn = item.querySelector<HTMLElement>(S.replyButton);
  if (!btn) return null;
  clickLikeUser(btn);
  const doc = item.ownerDocument;
  const composer = await waitFor(
    () => {
      for (let a = item.parentElement; a; a = a.parentElement) {
        const c = a.querySelector<HTMLElement>(S.composer);
        if (c) return c;
      }
      return findComposer(doc);
    },
    { timeout: 4000, signal },
  );
  composer?.focus();
  return composer;
}

function findComposer(root: ParentNode): HTMLElement | null {
  return pickActive(findComposers(root), docOf(root));
}

function diagnose(doc: Document, url: URL): SelectorReport[] {
  const kind = matchTikTokRoute(url)?.kind;
  const onVideo = kind === 'video' || kind === 'photo';
  const loggedOut = anyMatch(doc, S.loginButton) > 0;
  const composers = findComposers(doc).length;
  const triggers = anyMatch(doc, S.replyButton);
  // Every comment text makes a comment (its row found by class hook or by structure): whether any is there
  // is all the notice needs, without finding the rows of a 2,000-comment list each time it looks.
  const texts = anyMatch(doc, S.commentText);
  return [
    report('commentItem', texts, onVideo),
    report('commentItemClassHook', anyMatch(doc, S.commentItem), false),
    report('commentText', texts, onVideo),
    report('composer', composers, onVideo && !loggedOut),
    report('replyTrigger', triggers, false),
    report('composerOrReplyTrigger', composers + triggers, onVideo),
    report('submitButton', anyMatch(doc, S.submitButton), onVideo && !loggedOut),
    report('activeAccount', getActiveAccount(doc) ? 1 : 0, !loggedOut && kind !== undefined),
  ];
}

export const tiktokAdapter: SiteAdapter = {
  site: 'tiktok',
  commentSelector: S.commentItem,
  composerSelector: S.composer,
  matchRoute: matchTikTokRoute,
  findComments,
  parseComment,
  findComposer,
  findComposers,
  findSubmitButton,
  getActiveAccount,
  insertText: (composer, text) => insertText(composer, text, { findSubmit: findSubmitButton }),
  readComposer: readEditor,
  openReply,
  findAccountSwitcher: (doc) => doc.querySelector<HTMLElement>(S.profileIcon),
  diagnose,
};
