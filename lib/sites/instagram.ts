/**
 * Instagram (www.instagram.com) adapter. IG has almost no test ids: hooks are comment permalinks
 * (`/c/<id>/`, `/r/<id>/`, S2), `time[datetime]`, `form > textarea`, roles (S3), and the page's own
 * JSON for the viewer (S7). Visible text only through the per-language tables in i18n.ts, with a
 * structural fallback. LEAST CERTAIN adapter: no real capture of IG comment markup exists.
 */
import type { ActiveAccount, ParsedComment, Route, SelectorReport, SiteAdapter } from '../types';
import {
  cleanText,
  clickLikeUser,
  docOf,
  hrefPath,
  isoTime,
  lineText,
  pickActive,
  report,
  textOf,
  waitFor,
} from './dom';
import { ADD_COMMENT_WORDS, POST_WORDS, REPLY_WORDS, textIsOneOf, textStartsWithOneOf } from './i18n';
import { insertText, readEditor } from './insert';

export const INSTAGRAM_SELECTORS = {
  commentItem: 'a[href*="/c/"] time[datetime]',
  replyTime: 'a[href*="/r/"] time[datetime]',
  anyTime: 'time[datetime]',
  dialog: 'div[role="dialog"]',
  commentText: 'span[dir="auto"]',
  composer:
    'form textarea, form input[type="text"], form input:not([type]), form [contenteditable="true"][role="textbox"]',
  looseTextarea: 'textarea[aria-label], textarea[placeholder], input[placeholder]',
  lexical: '[data-lexical-editor="true"]',
  submitButton: 'button[type="submit"], [role="button"], button',
  button: '[role="button"], button',
  activeAccount: 'nav a[href], [role="navigation"] a[href]',
  /** The containers of activeAccount's links (read first: see navLinks). */
  navigation: 'nav, [role="navigation"]',
  pageJson: 'script[type="application/json"]',
} as const;
const S = INSTAGRAM_SELECTORS;

const HOSTS = new Set(['www.instagram.com', 'instagram.com', 'm.instagram.com']);
const USER = /^[A-Za-z0-9._]{1,30}$/;
const RESERVED = new Set([
  'p',
  'reel',
  'reels',
  'tv',
  'explore',
  'direct',
  'accounts',
  'stories',
  'about',
  'legal',
  'developer',
  'create',
  'web',
  'emails',
  'challenge',
  'session',
  'privacy',
  'terms',
  'notifications',
  'api',
  'graphql',
]);
const PERMALINK = /\/(?:p|reel|reels|tv)\/([A-Za-z0-9_-]+)\/c\/(\d+)(?:\/r\/(\d+))?/;

export function matchInstagramRoute(url: URL): Route | null {
  if (!HOSTS.has(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  const [a = '', b = '', c = ''] = parts;
  if (parts.length === 0) return { kind: 'feed' };
  if ((a === 'p' || a === 'tv') && b) return { kind: 'post', postId: b };
  if ((a === 'reel' || a === 'reels') && b) return { kind: 'reel', postId: b };
  if (a === 'reels' && !b) return { kind: 'feed' };
  if (USER.test(a) && !RESERVED.has(a) && (b === 'p' || b === 'tv') && c) return { kind: 'post', postId: c, author: a };
  if (USER.test(a) && !RESERVED.has(a) && b === 'reel' && c) return { kind: 'reel', postId: c };
  if (a === 'explore' && b === 'search') return { kind: 'search', query: url.searchParams.get('q') ?? undefined };
  if (a === 'explore') return { kind: 'explore' };
  if (a === 'direct') return { kind: 'messages' };
  if ((a === 'accounts' && b === 'activity') || a === 'notifications') return { kind: 'notifications' };
  if (a === 'create') return { kind: 'compose' };
  if (
    USER.test(a) &&
    !RESERVED.has(a) &&
    (parts.length === 1 || ['tagged', 'reels', 'saved', 'followers', 'following'].includes(b))
  )
    return { kind: 'profile', handle: a };
  return null;
}

/** The open post dialog when there is one (scope every query to it, not to the feed behind). */
function activeScope(root: ParentNode): ParentNode {
  const dialogs = root.querySelectorAll(S.dialog);
  for (let i = dialogs.length - 1; i >= 0; i--) {
    const d = dialogs[i]!;
    if (d.querySelector(`${S.commentItem}, form textarea, form input`)) return d;
  }
  return root;
}

const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;
function profileHandle(a: Element): string | null {
  const m = PROFILE_PATH.exec(hrefPath(a));
  return m && !RESERVED.has(m[1]!) ? m[1]! : null;
}

const ROW_STOP = 'article, [role="dialog"], main, body, ul, form';

/** Smallest ancestor of the permalink that holds the author (avatar or profile link) and only this time. */
function rowOf(timeLink: Element): Element {
  let node: Element = timeLink;
  const levels: Element[] = [];
  for (let depth = 0; depth < 10; depth++) {
    const parent = node.parentElement;
    if (!parent || parent.matches(ROW_STOP)) break;
    if (parent.getElementsByTagName('time').length > 1) break;
    node = parent;
    if (node.getElementsByTagName('img').length > 0) return node;
    levels.push(node);
  }
  // No avatar: the smallest level with a profile link (looked for only now, the usual row has an avatar).
  for (const level of levels) if (profileLinkIn(level, timeLink)) return level;
  return node;
}

/** A profile link (`a[href]` to /<user>/) in `scope` other than `except`. */
function profileLinkIn(scope: Element, except: Element | null): string | null {
  const anchors = scope.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    if (a === except || !a.hasAttribute('href')) continue;
    const h = profileHandle(a);
    if (h) return h;
  }
  return null;
}

const COMMENT_LINK = 'a[href*="/c/"]';

/** Permalink times (`a[href*="/c/"] time[datetime]`) by hand: the tag list + closest() beat that selector. */
function permalinkTimes(scope: ParentNode, limit = Infinity): Element[] {
  const out: Element[] = [];
  const times =
    'getElementsByTagName' in scope
      ? (scope as Element | Document).getElementsByTagName('time')
      : scope.querySelectorAll('time');
  for (let i = 0; i < times.length && out.length < limit; i++) {
    const t = times[i]!;
    if (t.hasAttribute('datetime') && t.closest(COMMENT_LINK)) out.push(t);
  }
  return out;
}

function findComments(root: ParentNode): Element[] {
  return rowsOf(permalinkTimes(activeScope(root)));
}

/** The comment rows of these permalink times, in page order, each once. */
function rowsOf(times: Element[]): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  for (let i = 0; i < times.length; i++) {
    const link = times[i]!.closest('a');
    if (!link) continue;
    const row = rowOf(link);
    if (!seen.has(row)) {
      seen.add(row);
      out.push(row);
    }
  }
  return out;
}

function isAutoDirSpan(el: Element): boolean {
  if (el.tagName !== 'SPAN') return false;
  const dir = el.getAttribute('dir');
  return dir !== null && (dir === 'auto' || dir.toLowerCase() === 'auto'); // [dir] matches case-insensitively
}

/**
 * The comment text: the first `span[dir=auto]` of the row outside any link, the time link, a button
 * of the row and an outer such span of the row. One bounded walk per span instead of three closest()
 * calls that climb to the root.
 */
function rowText(row: Element, handle: string, timeLink: Element): string {
  const spans = row.getElementsByTagName('span');
  let aboveLink: boolean | undefined; // an <a> above the row hides every span of it
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (!isAutoDirSpan(span) || span.getAttribute('role') === 'button') continue;
    let skip = false;
    for (let a: Element | null = span.parentElement; a; a = a.parentElement) {
      const tag = a.tagName;
      if (tag === 'A' || tag === 'BUTTON' || a.getAttribute('role') === 'button' || isAutoDirSpan(a)) {
        skip = true;
        break;
      }
      if (a === row) break;
    }
    if (skip) continue;
    if ((aboveLink ??= !!row.parentElement?.closest('a')) || timeLink.contains(span)) continue;
    const text = cleanText(textOf(span));
    if (text && text !== handle) return text;
  }
  return '';
}

function parseComment(el: Element): ParsedComment | null {
  const time = el.tagName === 'TIME' ? el : (el.getElementsByTagName('time')[0] ?? null);
  const link = time?.closest('a');
  if (!time || !link) return null;
  const row = el.tagName === 'TIME' ? rowOf(link) : el;
  const path = hrefPath(link);
  const m = PERMALINK.exec(path);
  if (!m) return null;
  const handle = profileLinkIn(row, link);
  if (!handle) return null;
  const createdAt = isoTime(time.getAttribute('datetime') ?? '');
  const replyId = m[3];
  return {
    id: replyId ?? m[2]!,
    authorHandle: handle,
    text: rowText(row, handle, link),
    createdAt,
    createdAtPrecision: createdAt ? 'exact' : 'unknown',
    permalink: `https://www.instagram.com${path}`,
    isReply: !!replyId,
    parentId: replyId ? m[2] : undefined,
    postId: m[1],
  };
}

function findComposers(root: ParentNode): HTMLElement[] {
  const scope = activeScope(root);
  const list = Array.from(scope.querySelectorAll<HTMLElement>(S.composer));
  for (const el of Array.from(scope.querySelectorAll<HTMLElement>(S.looseTextarea))) {
    const label = `${el.getAttribute('aria-label') ?? ''}|${el.getAttribute('placeholder') ?? ''}`;
    if (label.split('|').some((t) => textStartsWithOneOf(t, ADD_COMMENT_WORDS))) list.push(el);
  }
  return list.filter((el, i) => list.indexOf(el) === i && !el.closest(S.lexical));
}

function findComposer(root: ParentNode): HTMLElement | null {
  return pickActive(findComposers(root), docOf(root));
}

function findSubmitButton(composer: HTMLElement): HTMLElement | null {
  let box: Element | null = composer.closest('form');
  for (let a = composer.parentElement, d = 0; !box && a && d < 4; a = a.parentElement, d++) {
    if (a.querySelector(S.button)) box = a;
  }
  if (!box) return null;
  const submit = box.querySelector<HTMLElement>('button[type="submit"]');
  if (submit) return submit;
  const buttons = Array.from(box.querySelectorAll<HTMLElement>(S.button)).filter((b) => !b.contains(composer));
  const byText = buttons.find((b) => textIsOneOf(lineText(b), POST_WORDS));
  if (byText) return byText;
  // Structure: the text-only button (the emoji picker is an icon); the last one wins.
  const textOnly = buttons.filter((b) => !b.querySelector('svg, img') && lineText(b));
  return textOnly[textOnly.length - 1] ?? null;
}

function viewerFromJson(doc: Document): string | null {
  const scripts = doc.querySelectorAll(S.pageJson);
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (!raw.includes('PolarisViewer') && !raw.includes('XIGSharedData')) continue;
    const polaris = /"PolarisViewer",\[\],\{"data":\{[^{}]*?"username":"([A-Za-z0-9._]{1,30})"/.exec(raw);
    if (polaris) return polaris[1]!;
    const shared = /\\"viewer\\":\{[^{}]*?\\"username\\":\\"([A-Za-z0-9._]{1,30})\\"/.exec(raw);
    if (shared) return shared[1]!;
  }
  return null;
}

/**
 * `S.activeAccount`'s links, in page order: the navigation containers first, then their links. The selector
 * itself climbs to the root from every link of the page to look for a nav (thousands on a long post).
 */
function navLinks(doc: Document): Element[] {
  const out: Element[] = [];
  let last: Element | null = null;
  for (const nav of Array.from(doc.querySelectorAll(S.navigation))) {
    if (last?.contains(nav)) continue; // its links are already in
    last = nav;
    for (const a of Array.from(nav.getElementsByTagName('a'))) if (a.hasAttribute('href')) out.push(a);
  }
  return out;
}

function getActiveAccount(doc: Document): ActiveAccount | null {
  // Nav profile link whose avatar alt names the same user (language-independent: the alt holds the username).
  for (const a of navLinks(doc)) {
    const h = profileHandle(a);
    if (!h) continue;
    const img = a.querySelector('img[alt]');
    if (img && (img.getAttribute('alt') ?? '').toLowerCase().includes(h.toLowerCase()))
      return { handle: h, source: 'nav profile link' };
  }
  const json = viewerFromJson(doc);
  return json ? { handle: json, source: 'page JSON (PolarisViewer/XIGSharedData, initial load)' } : null;
}

function replyControl(row: Element): HTMLElement | null {
  for (const el of Array.from(row.querySelectorAll<HTMLElement>('[role="button"], button, span'))) {
    // A control's label is a word or two: the comment's own text (and anything long) is passed over
    // without being read and folded (diagnostics run this over every comment of the page).
    if ((el.textContent?.length ?? 0) > 200) continue;
    if (textIsOneOf(lineText(el), REPLY_WORDS)) return el.closest<HTMLElement>(S.button) ?? el;
  }
  return null;
}

async function openReply(comment: Element, signal?: AbortSignal): Promise<HTMLElement | null> {
  const doc = comment.ownerDocument;
  const container = comment.closest('article, [role="dialog"]') ?? doc;
  const ctl = replyControl(comment);
  if (ctl) clickLikeUser(ctl);
  const composer = await waitFor(() => findComposer(container) ?? findComposer(doc), { timeout: 3000, signal });
  composer?.focus();
  // IG may swap the node on focus (reels): hand back the live one.
  return composer && !composer.isConnected ? findComposer(container) : composer;
}

/** How many comments diagnostics read at most. */
const DIAGNOSE_ROWS = 30;

function diagnose(doc: Document, url: URL): SelectorReport[] {
  const kind = matchInstagramRoute(url)?.kind;
  const onPost = kind === 'post' || kind === 'reel';
  const composers = findComposers(doc);
  // Whether each hook still matches, from the first comments only: finding the rows of every comment of a
  // 2,000-comment post took a 40-50 ms task each time the notice looked. The reply control is found by
  // visible text, row by row: one is enough, and a layout whose first rows have none has lost the hook.
  const times = permalinkTimes(activeScope(doc), DIAGNOSE_ROWS);
  const comments = rowsOf(times);
  const triggers = comments.some((c) => replyControl(c)) ? 1 : 0;
  return [
    report('commentItem', comments.length ? 1 : 0, onPost),
    report('commentTime', times.length ? 1 : 0, onPost),
    report('composer', composers.length, onPost),
    report('replyTrigger', triggers, false),
    report('composerOrReplyTrigger', composers.length + triggers, onPost),
    report('submitButton', composers.filter((c) => findSubmitButton(c)).length, false),
    report('activeAccount', getActiveAccount(doc) ? 1 : 0, kind !== undefined),
  ];
}

export const instagramAdapter: SiteAdapter = {
  site: 'instagram',
  commentSelector: S.commentItem,
  composerSelector: S.composer,
  matchRoute: matchInstagramRoute,
  findComments,
  commentRoot: (el) => {
    const link = el.tagName === 'TIME' ? el.closest('a') : null;
    return link ? rowOf(link) : el;
  },
  parseComment,
  findComposer,
  findComposers,
  findSubmitButton,
  getActiveAccount,
  insertText: (composer, text) =>
    insertText(composer, text, {
      findSubmit: findSubmitButton,
      refind: () =>
        findComposer(
          composer.isConnected ? (composer.closest('article, [role="dialog"]') ?? composer.ownerDocument) : document,
        ),
    }),
  readComposer: readEditor,
  openReply,
  findAccountSwitcher: () => null,
  diagnose,
};
