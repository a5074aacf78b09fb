/** X (x.com) adapter. Hooks: data-testid (S1), status permalinks (S2), time[datetime] (S3). */
import type { ActiveAccount, ParsedComment, Route, SelectorReport, SiteAdapter } from '../types';
import {
  cleanText,
  clickLikeUser,
  anyMatch,
  docOf,
  hrefPath,
  isoTime,
  isVisible,
  lineText,
  pickActive,
  report,
  runMap,
  textOf,
  waitFor,
} from './dom';
import { insertText, readEditor } from './insert';
import { type ArticleHooks, articleHooks, isQuoted, ownFirst, translateY, xThread } from './x-thread';

export const X_SELECTORS = {
  cell: 'div[data-testid="cellInnerDiv"]',
  commentItem: 'article[data-testid="tweet"]',
  tweetText: '[data-testid="tweetText"]',
  userName: '[data-testid="User-Name"]',
  avatar: '[data-testid="Tweet-User-Avatar"]',
  statusTime: 'a[href*="/status/"] time[datetime]',
  statusLink: 'a[href*="/status/"]',
  /** A quoted post inside an article is wrapped in div[role=link]. */
  quoted: 'div[role="link"]',
  showMoreLink: 'a[href^="/i/status/"]',
  replyButton: '[data-testid="reply"]',
  composer: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  composerTextarea: 'textarea[data-testid^="tweetTextarea"], [data-testid^="tweetTextarea"] textarea',
  composerLabel: '[data-testid^="tweetTextarea_"][data-testid$="_label"]',
  submitButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  activeAccount: '[data-testid="SideNav_AccountSwitcher_Button"]',
  accountAvatar: '[data-testid^="UserAvatar-Container-"]',
  profileLink: 'a[data-testid="AppTabBar_Profile_Link"]',
  mobileProfileButton: '[data-testid="DashButton_ProfileIcon_Link"]',
  dialog: '[role="dialog"]',
  primaryColumn: '[data-testid="primaryColumn"]',
  loginButton: '[data-testid="loginButton"], [data-testid="signupButton"]',
} as const;
const S = X_SELECTORS;

const HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'search',
  'settings',
  'i',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'about',
  'account',
  'intent',
  'share',
  'hashtag',
  'download',
  'premium',
]);

export function matchXRoute(url: URL): Route | null {
  if (!HOSTS.has(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  const [a = '', b = '', c = '', d = ''] = parts;
  if (parts.length === 0 || (a === 'home' && parts.length === 1)) return { kind: 'feed' };
  if (a === 'i' && b === 'status' && /^\d+$/.test(c)) return { kind: 'post', postId: c };
  if (a === 'i' && b === 'web' && c === 'status' && /^\d+$/.test(d)) return { kind: 'post', postId: d };
  if (b === 'status' && /^\d+$/.test(c) && HANDLE.test(a)) return { kind: 'post', postId: c, author: a };
  if (a === 'notifications') return { kind: 'notifications' };
  if (a === 'search') return { kind: 'search', query: url.searchParams.get('q') ?? undefined };
  if ((a === 'compose' && (b === 'post' || b === 'tweet')) || (a === 'intent' && (b === 'post' || b === 'tweet')))
    return { kind: 'compose' };
  if (a === 'messages' || (a === 'i' && b === 'chat')) return { kind: 'messages' };
  if (a === 'explore') return { kind: 'explore' };
  if (HANDLE.test(a) && !RESERVED.has(a.toLowerCase()) && parts.length <= 2) {
    if (parts.length === 1 || ['with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows'].includes(b))
      return { kind: 'profile', handle: a };
  }
  return null;
}

/** Whether `el` sits inside a quoted post of `article` (not the article itself). */
export function inQuote(el: Element, article: Element): boolean {
  // Bounded walk (closest() would climb to the root for every non-quoted element).
  for (let a: Element | null = el; a && a !== article; a = a.parentElement) {
    if (a.tagName === 'DIV' && a.getAttribute('role') === 'link') return true;
  }
  return false;
}

const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)\/?$/;

/** Handle and status id from the article's own permalink (the time link, else any own status link). */
export function ownStatus(
  article: Element,
  hooks: ArticleHooks = articleHooks(article),
): { handle: string; id: string; time: Element | null } | null {
  const time = hooks.time;
  if (time) {
    const m = STATUS_PATH.exec(hrefPath(hooks.timeLink));
    if (m) return { handle: m[1]!, id: m[2]!, time };
  }
  const links = article.querySelectorAll(S.statusLink);
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    if ((hooks.quotes && isQuoted(a, article)) || a.querySelector('time')) continue;
    const m = STATUS_PATH.exec(hrefPath(a));
    if (m) return { handle: m[1]!, id: m[2]!, time: null };
  }
  return null;
}

/** No tweet article above `el` (a quoted/embedded article is not a comment of its own). */
function isOuterArticle(el: Element): boolean {
  const p = el.parentElement;
  return !p || !p.closest(S.commentItem);
}

const FOUND_CELL = 'x-found-cell';

/** Outer articles in visual order: X positions recycled cells with translateY, so DOM order can lie. */
function findComments(root: ParentNode): Element[] {
  const list: Element[] = [];
  const all: ArrayLike<Element> =
    'getElementsByTagName' in root
      ? (root as Element | Document).getElementsByTagName('article')
      : root.querySelectorAll('article');
  // Articles come in document order: an inner one lies inside the last outer one found (one contains()
  // instead of a walk to the root); only the first candidate needs a look above `root`.
  let last: Element | null = null;
  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    if (a.getAttribute('data-testid') !== 'tweet') continue;
    if (last) {
      if (last.contains(a)) continue;
    } else if (!isOuterArticle(a)) {
      return list; // the first one sits in a tweet above `root`: so does every other
    }
    list.push(a);
    last = a;
  }
  if (list.length < 2) return list;
  // What is learned here is handed to parseComment in the same run: each article is an outer one, in this cell.
  const found = runMap<Element, Element | null>(FOUND_CELL);
  const ys = new Array<number>(list.length);
  let sorted = true;
  let positioned = true;
  for (let i = 0; i < list.length; i++) {
    const cell = list[i]!.closest(S.cell);
    found.set(list[i]!, cell);
    if (!positioned) continue;
    const y = cell ? translateY(cell) : null;
    if (y === null) {
      positioned = false;
      continue;
    }
    ys[i] = y;
    if (i > 0 && y < ys[i - 1]!) sorted = false;
  }
  if (sorted || !positioned) return list; // stable sort of an ordered list: same order
  const idx = list.map((_, i) => i);
  idx.sort((p, q) => ys[p]! - ys[q]! || p - q);
  return idx.map((i) => list[i]!);
}

/** Every element linkEllipsis drops matches this. */
const LINK_ELLIPSIS = 'a span[aria-hidden="true"]';
/**
 * X shortens a long link as a hidden "https://", the visible part, the hidden rest and an
 * aria-hidden "…": the text keeps the whole address, without the "…" glued to its end.
 */
function linkEllipsis(el: Element): boolean {
  return (
    el.tagName === 'SPAN' && el.getAttribute('aria-hidden') === 'true' && el.textContent === '…' && !!el.closest('a')
  );
}

function parseComment(el: Element): ParsedComment | null {
  const cell = runMap<Element, Element | null>(FOUND_CELL).get(el);
  const article = cell !== undefined || el.matches(S.commentItem) ? el : el.querySelector(S.commentItem);
  if (!article || (cell === undefined && !isOuterArticle(article))) return null;
  const hooks = articleHooks(article);
  const status = ownStatus(article, hooks);
  if (!status) return null;
  const textEl = hooks.text;
  const nameEl = hooks.name;
  const nameLink = nameEl?.querySelector('a[href]');
  const authorName = nameLink ? lineText(nameLink) : '';
  const datetime = status.time?.getAttribute('datetime') ?? '';
  const focused = article.getAttribute('tabindex') === '-1';
  const thread = xThread(article, status.id, focused, hooks, cell);
  return {
    id: status.id,
    authorHandle: status.handle,
    authorName: authorName || undefined,
    text: textEl ? cleanText(textOf(textEl, linkEllipsis, LINK_ELLIPSIS)) : '',
    createdAt: isoTime(datetime),
    createdAtPrecision: datetime ? 'exact' : 'unknown',
    permalink: `https://x.com/${status.handle}/status/${status.id}`,
    isReply: thread.isReply,
    parentId: thread.parentId,
    postId: thread.postId,
    isFocusedPost: focused,
  };
}

/**
 * The chip's place: the end of the article's own handle · time line, where X leaves room (its name line
 * truncates rather than wraps), so the article keeps its height. Null (end of the article) without one.
 */
function chipAnchor(root: Element): Element | null {
  const article = root.matches(S.commentItem) ? root : root.querySelector(S.commentItem);
  if (!article) return null;
  const name = ownFirst(article, S.userName); // the article's own, not a quoted post's
  const line = name?.lastElementChild;
  return line && line !== name.firstElementChild ? line : null;
}

function findComposers(root: ParentNode): HTMLElement[] {
  const found = Array.from(root.querySelectorAll<HTMLElement>(`${S.composer}, ${S.composerTextarea}`));
  return found.filter((el, i) => found.indexOf(el) === i);
}

function findComposer(root: ParentNode): HTMLElement | null {
  // A modal composer sits on top of the inline one: prefer it when nothing is focused.
  return pickActive(findComposers(root), docOf(root), (c) => !!c.closest(S.dialog) && isVisible(c));
}

function findSubmitButton(composer: HTMLElement): HTMLElement | null {
  for (let a: Element | null = composer.parentElement; a; a = a.parentElement) {
    const btn = a.querySelector<HTMLElement>(S.submitButton);
    if (btn) return btn;
    if (a.matches(S.dialog) || a.tagName === 'BODY') break;
  }
  return null;
}

function handleFromTestId(el: Element | null): string | null {
  const id = el?.getAttribute('data-testid') ?? '';
  const h = id.slice('UserAvatar-Container-'.length);
  return id.startsWith('UserAvatar-Container-') && HANDLE.test(h) ? h : null;
}

function getActiveAccount(doc: Document): ActiveAccount | null {
  const sw = doc.querySelector(S.activeAccount);
  if (sw) {
    const fromAvatar = handleFromTestId(sw.querySelector(S.accountAvatar));
    if (fromAvatar) return { handle: fromAvatar, source: 'SideNav_AccountSwitcher_Button avatar' };
    const spans = sw.querySelectorAll('span');
    for (let i = 0; i < spans.length; i++) {
      const t = lineText(spans[i]);
      if (t.startsWith('@') && HANDLE.test(t.slice(1)))
        return { handle: t.slice(1), source: 'SideNav_AccountSwitcher_Button @handle' };
    }
  }
  const profile = doc.querySelector(S.profileLink);
  const m = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(hrefPath(profile));
  if (m && !RESERVED.has(m[1]!.toLowerCase())) return { handle: m[1]!, source: 'AppTabBar_Profile_Link' };
  const dash = handleFromTestId(doc.querySelector(`${S.mobileProfileButton} ${S.accountAvatar}`));
  if (dash) return { handle: dash, source: 'DashButton_ProfileIcon_Link avatar' };
  return null;
}

function findAccountSwitcher(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(S.activeAccount) ?? doc.querySelector<HTMLElement>(S.mobileProfileButton);
}

async function openReply(comment: Element, signal?: AbortSignal): Promise<HTMLElement | null> {
  const article = comment.closest(S.commentItem) ?? comment;
  const doc = article.ownerDocument;
  const before = new Set(findComposers(doc));
  const btn = ownFirst(article, S.replyButton) as HTMLElement | null;
  if (btn) {
    clickLikeUser(btn);
  } else {
    const label = doc.querySelector<HTMLElement>(S.composerLabel);
    if (!label) return null;
    clickLikeUser(label);
  }
  const composer = await waitFor(
    () => {
      const list = findComposers(doc).filter((c) => c.isConnected);
      const inDialog = list.filter((c) => c.closest(S.dialog));
      const fresh = list.filter((c) => !before.has(c));
      return inDialog[inDialog.length - 1] ?? fresh[fresh.length - 1] ?? (btn ? null : pickActive(list, doc));
    },
    { timeout: 4000, signal },
  );
  composer?.focus();
  return composer;
}

function diagnose(doc: Document, url: URL): SelectorReport[] {
  const route = matchXRoute(url);
  const kind = route?.kind;
  const loggedOut = anyMatch(doc, S.loginButton) > 0 && !doc.querySelector(S.activeAccount);
  // The page's first tweet article is an outer one (nothing above it can hold it): whether there is one is
  // all the notice needs, without ordering every cell of a 2,000-comment thread each time it looks.
  const comments = anyMatch(doc, S.commentItem);
  const composers = findComposers(doc).length;
  const triggers = anyMatch(doc, S.replyButton) + anyMatch(doc, S.composerLabel);
  const account = anyMatch(doc, S.activeAccount) + anyMatch(doc, S.profileLink) + anyMatch(doc, S.mobileProfileButton);
  const onPost = kind === 'post';
  return [
    report('commentItem', comments, onPost),
    report('tweetText', anyMatch(doc, S.tweetText), false),
    report('statusTime', anyMatch(doc, S.statusTime), onPost),
    report('composer', composers, kind === 'compose'),
    report('replyTrigger', triggers, false),
    report('composerOrReplyTrigger', composers + triggers, onPost),
    report('submitButton', anyMatch(doc, S.submitButton), kind === 'compose'),
    report('activeAccount', account, !loggedOut && kind !== undefined),
  ];
}

export const xAdapter: SiteAdapter = {
  site: 'x',
  commentSelector: S.commentItem,
  composerSelector: `${S.composer}, ${S.composerTextarea}`,
  matchRoute: matchXRoute,
  findComments,
  parseComment: (el) => parseComment(el),
  chipAnchor,
  findComposer,
  findComposers,
  findSubmitButton,
  getActiveAccount,
  insertText: (composer, text) => insertText(composer, text, { findSubmit: findSubmitButton }),
  readComposer: readEditor,
  openReply,
  findAccountSwitcher,
  diagnose,
};
