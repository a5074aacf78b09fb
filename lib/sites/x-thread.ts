/**
 * X conversation structure, read from the whole conversation once per synchronous run:
 * - cells above the focused post are its ancestor chain (each replies to the one above);
 * - cells below it reply to it, unless a thread line joins a cell to the cell above it, in which case
 *   the cell replies to that one (a line after a "Show more replies" cell: parent hidden, unknown);
 * - no focused post mounted but the URL is /status/<id>: that id is the focus (scrolled out of view).
 * The thread line has no test id: it is read structurally (the row above the avatar holds an extra
 * empty element when a line comes down from the previous post), never from class names.
 */
import { foreignNodesChanged, hrefPath, mutationMemo, pageUrl, runMemo } from './dom';

const CELL = 'div[data-testid="cellInnerDiv"]';
const ARTICLE = 'article[data-testid="tweet"]';
/** A quoted post inside an article is wrapped in div[role=link]. */
const QUOTED = 'div[role="link"]';
const SHOW_MORE = 'a[href^="/i/status/"]';
const HEADING = 'h1, h2';

type CellKind = 'article' | 'showMore' | 'heading' | 'other';
interface CellInfo {
  kind: CellKind;
  id?: string;
}
/** A list's facts, read once until its structure changes (see conversation). */
interface Conversation {
  /** Cells in visual order (translateY when every cell has one, else DOM order) and their positions. */
  cells: Element[];
  pos: Map<Element, number>;
  focusPos: number;
  /** The focused post id (mounted, or from the URL when it scrolled away). */
  focusId?: string;
  headingPos: number[];
  /** The list holds a cell it could not place (wrapped with something else): read the column instead. */
  partial: boolean;
}

export interface ThreadInfo {
  isReply: boolean;
  parentId?: string;
  postId?: string;
}

/** translateY(<n>px) of a cell's inline style, or null (X positions its recycled cells this way). */
export function translateY(cell: Element): number | null {
  const style = cell.getAttribute('style');
  const m = style ? TRANSLATE_Y.exec(style) : null;
  return m ? Number(m[1]) : null;
}
/** Past 1e6 px Chromium writes the offset in exponent form (`translateY(1.23457e+06px)`). */
const TRANSLATE_Y = /translateY\((-?[\d.]+(?:e[+-]?\d+)?)px\)/;

/** The article's own parts (outside quoted posts), found with one native query over the article. */
export interface ArticleHooks {
  /** First own `time[datetime]` under a status link (`a[href*="/status/"] time[datetime]`). */
  time: Element | null;
  /** The link nearest to `time` (`time.closest('a')`). */
  timeLink: Element | null;
  text: Element | null;
  name: Element | null;
  avatar: Element | null;
  /** Whether the article holds a quoted post (div[role=link]); false in the usual case. */
  quotes: boolean;
}

const STATUS_LINK = 'a[href*="/status/"]';
const TWEET_TEXT = '[data-testid="tweetText"]';
const USER_NAME = '[data-testid="User-Name"]';
const AVATAR = '[data-testid="Tweet-User-Avatar"]';

/**
 * A few single-selector native queries: in Chromium these beat both one combined querySelectorAll
 * (a static list to allocate) and a JS walk over the article.
 */
export function articleHooks(article: Element): ArticleHooks {
  const quotes = article.querySelector(QUOTED) !== null;
  // `a[href*="/status/"] time[datetime]` by hand (that selector climbs to the root from every time):
  // the first time is the one in practice, found with a short query; the others only when it is not.
  let time: Element | null = null;
  let timeLink: Element | null = null;
  const first = article.querySelector('time');
  if (first) {
    timeLink = statusTimeLink(first, article, quotes);
    if (timeLink) time = first;
    else {
      const times = article.getElementsByTagName('time');
      for (let i = 1, t: Element | undefined; (t = times[i]); i++) {
        timeLink = statusTimeLink(t, article, quotes);
        if (timeLink) {
          time = t;
          break;
        }
      }
    }
  }
  return {
    time,
    timeLink,
    text: ownFirst(article, TWEET_TEXT, quotes),
    name: ownFirst(article, USER_NAME, quotes),
    avatar: ownFirst(article, AVATAR, quotes),
    quotes,
  };
}

/** The status link of an own `time[datetime]` (the nearest link, or one above it with /status/), else null. */
function statusTimeLink(t: Element, article: Element, quotes: boolean): Element | null {
  if (!t.hasAttribute('datetime')) return null;
  const a = t.closest('a');
  if (!a) return null;
  if (!(a.getAttribute('href') ?? '').includes('/status/') && !a.parentElement?.closest(STATUS_LINK)) return null;
  return quotes && isQuoted(t, article) ? null : a;
}

/** Whether `el` sits inside a quoted post of `article` (a div[role=link] strictly inside it). */
export function isQuoted(el: Element, article: Element): boolean {
  const q = el.closest(QUOTED);
  return q !== null && q !== article && article.contains(q);
}

/** First match of `selector` in `article` outside its quoted posts (`quotes`: whether it has any). */
export function ownFirst(article: Element, selector: string, quotes?: boolean): Element | null {
  const first = article.querySelector(selector);
  if (!first) return null;
  if (!(quotes ?? article.querySelector(QUOTED) !== null) || !isQuoted(first, article)) return first;
  const list = article.querySelectorAll(selector);
  for (let i = 0; i < list.length; i++) if (!isQuoted(list[i]!, article)) return list[i]!;
  return null;
}

const CONTENT_TAGS = new Set(['svg', 'SVG', 'IMG', 'A', 'BUTTON', 'TIME', 'SPAN']);

/** Counts empty leaves under `root`; -1 as soon as anything with content shows up. */
function emptyLeaves(root: Element): number {
  if (CONTENT_TAGS.has(root.tagName)) return -1;
  if (!root.firstElementChild) return (root.textContent ?? '').trim() ? -1 : 1;
  let n = 0;
  for (let c: Element | null = root.firstElementChild; c; c = c.nextElementSibling) {
    const k = emptyLeaves(c);
    if (k < 0) return -1;
    n += k;
  }
  return n;
}

/** Empty row above the avatar with two or more empty leaves = a thread line comes from the post above. */
export function hasLineAbove(article: Element, hooks: ArticleHooks = articleHooks(article)): boolean {
  const avatar = hooks.avatar;
  for (let node = avatar; node && node !== article; node = node.parentElement) {
    const prev = node.previousElementSibling;
    if (prev) return emptyLeaves(prev) >= 2;
  }
  return false;
}

const STATUS_ID = /\/status\/(\d+)\/?$/;
function articleId(article: Element): string | undefined {
  const h = articleHooks(article);
  const m = h.time ? STATUS_ID.exec(hrefPath(h.timeLink)) : null;
  return m ? m[1] : undefined;
}

function describe(cell: Element): CellInfo {
  return runMemo('x-cell', cell, describeCell);
}

function describeCell(cell: Element): CellInfo {
  const article = cell.querySelector(ARTICLE);
  if (article) return { kind: 'article', id: articleId(article) };
  if (cell.querySelector(SHOW_MORE)) return { kind: 'showMore' };
  if (cell.querySelector(HEADING)) return { kind: 'heading' };
  return { kind: 'other' };
}

/**
 * The conversation is re-read only when its structure may have changed: cells (or articles and
 * headings inside them) added or removed, a cell moved (its translateY), the focused post changed,
 * or the URL. Everything else the page does (and the chips we add inside articles) leaves it valid,
 * so a page being tagged in many small slices does not re-scan thousands of cells per slice.
 */
const STRUCTURE = `${CELL}, ${ARTICLE}, h1, h2`;
function touchesStructure(records: MutationRecord[]): boolean {
  for (const r of records) {
    // tabindex: the focused post; style: a cell's position (not our display/outline on articles).
    if (r.type === 'attributes' && (r.attributeName !== 'style' || (r.target as Element).matches(CELL))) return true;
  }
  return foreignNodesChanged(records, (el) => el.matches(STRUCTURE) || el.querySelector(STRUCTURE) !== null);
}

/**
 * The conversation a cell belongs to: the cells of its list. X's virtualized timeline keeps all its cells
 * side by side in one container (their translateY is relative to it), so the list is read from the
 * container's children, not from a walk of the whole page (see listOf and entryCell for wrapped cells).
 * `wide`: every cell under `container` instead (see xThread).
 */
function conversation(container: ParentNode, wide = false): Conversation {
  return mutationMemo(
    wide ? 'x-conversation-wide' : 'x-conversation',
    container as Node,
    { attributeFilter: ['style', 'tabindex'] },
    touchesStructure,
    () => readConversation(container, wide),
  );
}

function scopeOf(cell: Element): ParentNode {
  return cell.closest('[data-testid="primaryColumn"]') ?? cell.ownerDocument ?? cell;
}

/** `el.matches(CELL)`, by hand: this runs for every entry of a list. */
function isCell(el: Element): boolean {
  return el.tagName === 'DIV' && el.getAttribute('data-testid') === 'cellInnerDiv';
}

/** The list holding a cell: its nearest ancestor that holds more than the cell (wrappers of one child skipped). */
function listOf(cell: Element): Element | null {
  let node = cell;
  for (let p = cell.parentElement; p; node = p, p = p.parentElement) {
    if (p.firstElementChild !== node || p.lastElementChild !== node) return p;
  }
  return null;
}

/** The cell an entry of the list is: the entry itself, or the one cell inside its wrappers of one child. */
function entryCell(entry: Element): Element | null {
  for (let e: Element | null = entry; e;) {
    if (isCell(e)) return e;
    const first: Element | null = e.firstElementChild;
    if (first !== e.lastElementChild) return null;
    e = first;
  }
  return null;
}

function readConversation(container: ParentNode, wide: boolean): Conversation {
  let cells: Element[] = [];
  let partial = false;
  if (wide) cells = Array.from(container.querySelectorAll(CELL));
  else
    for (let entry = container.firstElementChild; entry; entry = entry.nextElementSibling) {
      const cell = entryCell(entry);
      if (cell) cells.push(cell);
      else if (entry.querySelector(CELL)) partial = true; // a cell wrapped with something else
    }
  // Each cell's outer article, read once: it gives the focused post and tells heading cells apart.
  const articles = cells.map((c) => c.querySelector(ARTICLE));
  const focused = articles.find((a) => a?.getAttribute('tabindex') === '-1') ?? null;
  const ys: number[] = [];
  let positioned = true;
  let sorted = true;
  for (let i = 0; i < cells.length; i++) {
    const y = translateY(cells[i]!);
    if (y === null) {
      positioned = false;
      break;
    }
    if (i > 0 && y < ys[i - 1]!) sorted = false;
    ys.push(y);
  }
  let byY = articles;
  if (positioned && !sorted) {
    const idx = cells.map((_, i) => i);
    idx.sort((p, q) => ys[p]! - ys[q]! || p - q);
    byY = idx.map((i) => articles[i]!);
    cells = idx.map((i) => cells[i]!);
  }
  const pos = new Map<Element, number>();
  for (let i = 0; i < cells.length; i++) pos.set(cells[i]!, i);
  const focusPos = focused ? byY.indexOf(focused) : -1;
  let focusId = focused ? articleId(focused) : undefined;
  if (!focusId) {
    const url = pageUrl(container as Node);
    const m = url ? STATUS_IN_PATH.exec(url.pathname) : null;
    if (m) focusId = m[1];
  }
  // Heading cells ("Discover more"): cells without an article that hold a heading.
  const headingPos: number[] = [];
  for (let i = 0; i < cells.length; i++) if (!byY[i] && cells[i]!.querySelector(HEADING)) headingPos.push(i);
  return { cells, pos, focusPos, focusId, headingPos, partial };
}
const STATUS_IN_PATH = /\/status\/(\d+)/;

/** The content cell right above position `at` (skips composer/spacer cells). */
function previousContent(conv: Conversation, at: number): CellInfo | null {
  for (let i = at - 1; i >= 0; i--) {
    const d = describe(conv.cells[i]!);
    if (d.kind !== 'other') return d;
  }
  return null;
}

export function xThread(
  article: Element,
  id: string,
  focused: boolean,
  hooks: ArticleHooks = articleHooks(article),
  /** The article's cell when the caller knows it already (null: none). */
  knownCell?: Element | null,
): ThreadInfo {
  const cell = knownCell === undefined ? article.closest(CELL) : knownCell;
  const list = cell ? listOf(cell) : null;
  if (!cell || !list) {
    const url = pageUrl(article);
    const m = url ? STATUS_IN_PATH.exec(url.pathname) : null;
    const focusId = m?.[1];
    if (!focused && focusId && focusId !== id) return { isReply: true, parentId: focusId, postId: focusId };
    return { isReply: false, postId: focused ? id : undefined };
  }
  let conv = conversation(list);
  // A cell wrapped with something else (in this list, or the cell itself: a list of one) cannot be placed
  // from the list's entries: every cell of the column is read instead, in page order.
  if (conv.partial || conv.cells.length < 2) conv = conversation(scopeOf(cell), true);
  const at = conv.pos.get(cell) ?? -1;
  const postId = conv.focusId;
  if (hasLineAbove(article, hooks)) {
    const prev = at >= 0 ? previousContent(conv, at) : null;
    if (prev?.kind === 'article' && prev.id) return { isReply: true, parentId: prev.id, postId };
    return { isReply: true, postId };
  }
  if (focused) return { isReply: false, postId: id };
  if (!conv.focusId || conv.focusId === id) return { isReply: false, postId };
  if (conv.focusPos >= 0 && at <= conv.focusPos) return { isReply: false, postId };
  // A heading cell ("Discover more") between the focus and this cell ends the replies.
  if (conv.headingPos.some((h) => h > conv.focusPos && h < at)) return { isReply: false };
  return { isReply: true, parentId: conv.focusId, postId };
}
