/**
 * X conversation structure, read from the whole conversation once per synchronous run:
 * - cells above the focused post are its ancestor chain (each replies to the one above);
 * - cells below it reply to it, unless a thread line joins a cell to the cell above it, in which case
 *   the cell replies to that one (a line after a "Show more replies" cell: parent hidden, unknown);
 * - no focused post mounted but the URL is /status/<id>: that id is the focus (scrolled out of view).
 * The thread line has no test id: it is read structurally (the row above the avatar holds an extra
 * empty element when a line comes down from the previous post), never from class names.
 */
import { hrefPath, pageUrl, runMemo } from './dom';

const CELL = 'div[data-testid="cellInnerDiv"]';
const ARTICLE = 'article[data-testid="tweet"]';
const AVATAR = '[data-testid="Tweet-User-Avatar"]';
const QUOTED = 'div[role="link"]';
const SHOW_MORE = 'a[href^="/i/status/"]';
const HEADING = 'h1, h2, [role="heading"]';
const STATUS_IN_TIME = 'a[href*="/status/"] time[datetime]';

type CellKind = 'article' | 'showMore' | 'heading' | 'other';
interface CellInfo {
  kind: CellKind;
  pos: number;
  id?: string;
  focused?: boolean;
  lineAbove?: boolean;
}
interface Conversation {
  cells: Element[];
  info: Map<Element, CellInfo>;
  /** Position of the focused post in `cells`, -1 if not mounted. */
  focusPos: number;
  /** The focused post id (mounted, or from the URL). */
  focusId?: string;
}

export interface ThreadInfo {
  isReply: boolean;
  parentId?: string;
  postId?: string;
}

function translateY(cell: Element): number | null {
  const m = /translateY\((-?[\d.]+)px\)/.exec(cell.getAttribute('style') ?? '');
  return m ? Number(m[1]) : null;
}

/** Empty row above the avatar with two or more empty leaves = a thread line comes from the post above. */
export function hasLineAbove(article: Element): boolean {
  let avatar: Element | null = null;
  for (const a of Array.from(article.querySelectorAll(AVATAR))) {
    const q = a.closest(QUOTED);
    if (!q || !article.contains(q)) {
      avatar = a;
      break;
    }
  }
  for (let node = avatar; node && node !== article; node = node.parentElement) {
    const prev = node.previousElementSibling;
    if (!prev) continue;
    if ((prev.textContent ?? '').trim() || prev.querySelector('svg, img, a, button, time')) return false;
    let leaves = prev.children.length === 0 ? 1 : 0;
    const all = prev.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) if (all[i]!.children.length === 0) leaves++;
    return leaves >= 2;
  }
  return false;
}

function articleId(article: Element): string | undefined {
  for (const t of Array.from(article.querySelectorAll(STATUS_IN_TIME))) {
    const q = t.closest(QUOTED);
    if (q && article.contains(q)) continue;
    const m = /\/status\/(\d+)\/?$/.exec(hrefPath(t.closest('a')));
    if (m) return m[1];
  }
  return undefined;
}

function describe(cell: Element, pos: number): CellInfo {
  const article = cell.querySelector(ARTICLE);
  if (article) {
    return {
      kind: 'article',
      pos,
      id: articleId(article),
      focused: article.getAttribute('tabindex') === '-1',
      lineAbove: hasLineAbove(article),
    };
  }
  if (cell.querySelector(SHOW_MORE)) return { kind: 'showMore', pos };
  if (cell.querySelector(HEADING)) return { kind: 'heading', pos };
  return { kind: 'other', pos };
}

function build(scope: ParentNode): Conversation {
  let cells = Array.from(scope.querySelectorAll(CELL));
  const ys = cells.map(translateY);
  if (ys.every((y) => y !== null)) {
    const order = cells.map((c, i) => ({ c, y: ys[i]!, i }));
    order.sort((p, q) => p.y - q.y || p.i - q.i);
    cells = order.map((o) => o.c);
  }
  const info = new Map<Element, CellInfo>();
  let focusPos = -1;
  cells.forEach((c, i) => {
    const d = describe(c, i);
    info.set(c, d);
    if (d.focused && focusPos < 0) focusPos = i;
  });
  let focusId = focusPos >= 0 ? info.get(cells[focusPos]!)?.id : undefined;
  if (!focusId) {
    const url = pageUrl(scope as Node);
    const m = url ? /\/status\/(\d+)/.exec(url.pathname) : null;
    if (m) focusId = m[1];
  }
  return { cells, info, focusPos, focusId };
}

function scopeOf(cell: Element): ParentNode {
  return cell.closest('[data-testid="primaryColumn"]') ?? cell.ownerDocument ?? cell;
}

/** Previous cell that holds content (skips composer/spacer cells). */
function previousContent(conv: Conversation, pos: number): CellInfo | null {
  for (let i = pos - 1; i >= 0; i--) {
    const d = conv.info.get(conv.cells[i]!);
    if (d && d.kind !== 'other') return d;
  }
  return null;
}

export function xThread(article: Element, id: string, focused: boolean): ThreadInfo {
  const cell = article.closest(CELL);
  if (!cell) {
    const url = pageUrl(article);
    const m = url ? /\/status\/(\d+)/.exec(url.pathname) : null;
    const focusId = m?.[1];
    if (!focused && focusId && focusId !== id) return { isReply: true, parentId: focusId, postId: focusId };
    return { isReply: false, postId: focused ? id : undefined };
  }
  const conv = runMemo('x-conversation', scopeOf(cell), build);
  const me = conv.info.get(cell);
  const pos = me ? me.pos : -1;
  const postId = conv.focusId;
  if (pos < 0 || !me) return { isReply: false, postId };
  const prev = previousContent(conv, pos);
  if (me.lineAbove) {
    if (prev?.kind === 'article' && prev.id) return { isReply: true, parentId: prev.id, postId };
    return { isReply: true, postId };
  }
  if (focused) return { isReply: false, postId: id };
  const afterFocus = conv.focusPos >= 0 ? pos > conv.focusPos : !!conv.focusId && conv.focusId !== id;
  if (!afterFocus || !conv.focusId) return { isReply: false, postId };
  // A heading cell ("Discover more") between the focus and this cell ends the replies.
  const from = Math.max(conv.focusPos, 0);
  for (let i = from + 1; i < pos; i++) {
    if (conv.info.get(conv.cells[i]!)?.kind === 'heading') return { isReply: false };
  }
  return { isReply: true, parentId: conv.focusId, postId };
}
