/** Small DOM helpers shared by the site adapters. No selectors for any site live here. */
import type { SelectorReport } from '../types';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/**
 * Text of an element as the user reads it, without forcing layout (no innerText):
 * text nodes in order, `<img alt>` (X and others render emoji as images), `<br>` as a newline.
 * `skip` drops whole subtrees (e.g. a quoted post); `skipOnly`, when given, is a selector that every
 * element `skip` drops matches (so text without such elements can be read in one call).
 */
export function textOf(root: Node, skip?: (el: Element) => boolean, skipOnly?: string): string {
  // Nothing textContent would get wrong (no image, line break or skipped subtree): one native call
  // instead of a walk that touches every node.
  if (root.nodeType === 1) {
    const el = root as Element;
    if (!skip) {
      if (plainSmall(el) ?? el.querySelector(TEXT_SPECIAL) === null) return el.textContent ?? '';
    } else if (skipOnly && el.querySelector(specialOr(skipOnly)) === null) {
      return el.textContent ?? '';
    }
  }
  return collectText(root, skip, '');
}

/** TEXT_SPECIAL and `skipOnly` as one selector, built once per hint (X passes the same one per comment). */
const withHint = new Map<string, string>();
function specialOr(skipOnly: string): string {
  let s = withHint.get(skipOnly);
  if (s === undefined) withHint.set(skipOnly, (s = `${TEXT_SPECIAL}, ${skipOnly}`));
  return s;
}

/**
 * For a small subtree (names, time labels, most comment texts: a few elements), whether it holds none of
 * TEXT_SPECIAL, by walking its elements: cheaper there than a selector-list query. Null past 16 elements.
 */
function plainSmall(root: Element): boolean | null {
  let seen = 0;
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (++seen > 16) return null;
    if (SPECIAL_TAGS.has(el.tagName)) return false;
    // The next element in document order, without leaving root.
    let next: Element | null = el.firstElementChild;
    for (let at: Element = el; !next;) {
      next = at.nextElementSibling;
      if (next) break;
      const up = at.parentElement;
      if (!up || up === root) return true;
      at = up;
    }
    el = next;
  }
  return true;
}
/** Tags of the elements collectText reads differently from textContent (IMG alt, BR newline, SKIP_TAGS dropped). */
const SPECIAL_TAGS = new Set(['IMG', 'BR', ...SKIP_TAGS]);
/** The same as a selector. */
const TEXT_SPECIAL = [...new Set([...SPECIAL_TAGS].map((t) => t.toLowerCase()))].join(', ');

function collectText(node: Node, skip: ((el: Element) => boolean) | undefined, out: string): string {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) {
      out += (child as Text).data;
    } else if (type === 1) {
      const el = child as Element;
      const tag = el.tagName;
      if (tag === 'IMG') out += el.getAttribute('alt') ?? '';
      else if (tag === 'BR') out += '\n';
      else if (!SKIP_TAGS.has(tag) && !(skip && skip(el))) out = collectText(el, skip, out);
    }
  }
  return out;
}

/** Anything cleanText would change besides the final trim. */
const NEEDS_CLEAN = /[\r\t\f\v\u00a0]| [ \n]|\n /;

/** Trims and folds runs of spaces/tabs; keeps newlines (a comment's own line breaks). */
export function cleanText(s: string): string {
  if (!NEEDS_CLEAN.test(s)) return s.trim();
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** Whitespace other than single spaces (what lineText folds). */
const NEEDS_FOLD = /[^\S ]| {2}/;

/** Single-line text (display names, timestamps). */
export function lineText(root: Node | null | undefined): string {
  if (!root) return '';
  const t = textOf(root);
  return (NEEDS_FOLD.test(t) ? t.replace(/\s+/g, ' ') : t).trim();
}

function daysIn(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/** YYYY-MM-DDTHH:MM:SS.sssZ, "d" marking a digit. */
const ISO_SHAPE = 'dddd-dd-ddTdd:dd:dd.dddZ';
/** The number of `n` digits at `at` (the shape already checked). */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) v = v * 10 + s.charCodeAt(i) - 48;
  return v;
}

/** Whether `s` is a valid date-time already in toISOString's form (checked by hand: this runs per comment). */
function canonicalIso(s: string): boolean {
  if (s.length !== ISO_SHAPE.length) return false;
  for (let i = 0; i < s.length; i++) {
    const want = ISO_SHAPE.charCodeAt(i);
    const c = s.charCodeAt(i);
    if (want === 100 /* d */ ? c < 48 || c > 57 : c !== want) return false;
  }
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  return (
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= daysIn(y, mo) &&
    digits(s, 11, 2) < 24 &&
    digits(s, 14, 2) < 60 &&
    digits(s, 17, 2) < 60
  );
}

/** ISO string of a `datetime` attribute, undefined when empty or unparsable. */
export function isoTime(datetime: string): string | undefined {
  if (!datetime) return undefined;
  // Already canonical (what X and Instagram write): Date.parse + toISOString would hand back the same string.
  if (canonicalIso(datetime)) return datetime;
  const t = Date.parse(datetime);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Printable ASCII with single inner spaces: nothing for normalizeForId to do. */
const ASCII_NORMAL = /^[\x21-\x7e]*(?: [\x21-\x7e]+)*$/;

/** For hashing/identity: NFC, no zero-width / bidi controls, folded whitespace. */
export function normalizeForId(s: string): string {
  // Only idHash's exact path (and tests) call this: no fast paths beyond plain ASCII.
  if (ASCII_NORMAL.test(s)) return s;
  return s
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Code units NFC leaves alone in any context: starters (canonical combining class 0) with NFC_QC=Yes that
 * are never the second half of a composition. Conservative (common scripts and symbols only): anything
 * else sends idHash to the exact path.
 */
export function nfcInert(c: number): boolean {
  if (c < 0x300) return true;
  if (c < 0x2000) {
    return (
      c === 0x386 ||
      (c >= 0x388 && c <= 0x3ff) || // Greek letters (not U+0374, U+037E, U+0387: NFC changes those)
      (c >= 0x400 && c <= 0x482) || // Cyrillic letters (U+0483–0489 combine)
      (c >= 0x48a && c <= 0x4ff) ||
      (c >= 0x621 && c <= 0x64a) // Arabic letters (U+064B on combine)
    );
  }
  return (
    (c >= 0x2010 && c <= 0x2027) || // punctuation (U+2000/2001 are NFC singletons; spaces are folded before)
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x20a0 && c <= 0x20c0) || // currency
    (c >= 0x2190 && c <= 0x2328) || // arrows, math, technical (U+2329/232A are NFC singletons)
    (c >= 0x232b && c <= 0x23ff) ||
    (c >= 0x2460 && c <= 0x27bf) || // enclosed, shapes, symbols, dingbats
    (c >= 0x2b00 && c <= 0x2bff) ||
    (c >= 0x3040 && c <= 0x3096) || // hiragana (U+3099/309A combine)
    (c >= 0x30a0 && c <= 0x30ff) || // katakana
    (c >= 0x4e00 && c <= 0x9fff) || // CJK ideographs
    (c >= 0xac00 && c <= 0xd7a3) || // Hangul syllables (a following jamo is not inert: exact path)
    c === 0xfe0e ||
    c === 0xfe0f
  );
}

/** What normalizeForId strips: zero-width and bidi controls. */
function idStripped(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c === 0xfeff;
}

/** JavaScript's \s (what normalizeForId folds and trims). */
function jsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `hash32(normalizeForId(s))` in one pass over `s`, without building the normalized string: strips the
 * controls, folds and trims whitespace and hashes as it goes. Text NFC could change (combining marks,
 * scripts not listed in nfcInert) takes the exact path. Comment ids are made of this on every read.
 */
export function idHash(s: string): string {
  if (ASCII_NORMAL.test(s)) return hash32(s);
  let h = 0x811c9dc5;
  let space = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let lo = -1; // the low half of a surrogate pair hashed with `c`
    if (c < 0x80) {
      // ASCII: only spaces need a look (nothing here is stripped, and NFC leaves all of it alone).
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        space = started;
        continue;
      }
    } else if (c >= 0xd83c && c <= 0xd83e) {
      // Emoji and symbols (U+1F000–U+1FBFF): starters NFC never changes, as a surrogate pair.
      lo = s.charCodeAt(i + 1);
      if (!(lo >= 0xdc00 && lo <= 0xdfff)) return hash32(normalizeForId(s));
    } else if (idStripped(c)) {
      continue;
    } else if (jsSpace(c)) {
      space = started;
      continue;
    } else if (!nfcInert(c)) {
      return hash32(normalizeForId(s));
    }
    if (space) {
      h = Math.imul(h ^ 0x20, 0x01000193);
      space = false;
    }
    h = Math.imul(h ^ c, 0x01000193);
    if (lo >= 0) {
      h = Math.imul(h ^ lo, 0x01000193);
      i++;
    }
    started = true;
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
/** FNV-1a 32-bit over UTF-16 code units, as 8 hex digits. Deterministic across browsers. */
export function hash32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function isDisabled(el: Element): boolean {
  return (
    el.getAttribute('aria-disabled') === 'true' ||
    el.hasAttribute('disabled') ||
    (el as HTMLButtonElement).disabled === true
  );
}

/** Cheap visibility check that does not force layout when the element is detached or hidden by attribute. */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el.closest('[hidden],[aria-hidden="true"]')) return false;
  const view = el.ownerDocument.defaultView;
  if (!view || typeof (el as HTMLElement).getClientRects !== 'function') return true;
  const rects = (el as HTMLElement).getClientRects();
  // happy-dom (tests) has no layout: treat "no rects" as visible there.
  if (rects.length === 0) return !hasLayout(view);
  return true;
}

function hasLayout(view: Window): boolean {
  const body = view.document.body;
  if (!body) return false;
  return body.getClientRects().length > 0 && body.getBoundingClientRect().width > 0;
}

/** Pick the composer holding the focus, else (among `prefer`ed ones first) the last visible one, else the last one. */
export function pickActive<T extends Element>(list: T[], doc: Document | null, prefer?: (el: T) => boolean): T | null {
  if (list.length === 0) return null;
  const active = doc?.activeElement;
  if (active) {
    const holder = list.find((c) => c === active || c.contains(active));
    if (holder) return holder;
  }
  if (prefer) {
    const preferred = list.filter(prefer);
    if (preferred.length) return pickActive(preferred, null);
  }
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i];
    if (c && isVisible(c)) return c;
  }
  return list[list.length - 1] ?? null;
}

export function docOf(root: ParentNode): Document | null {
  if ((root as Document).nodeType === 9) return root as Document;
  return (root as Node).ownerDocument ?? null;
}

/** The page URL of a node's document, when it has one (fixtures parsed with DOMParser have none). */
export function pageUrl(node: Node): URL | null {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  if (!doc) return null;
  return runMemo('page-url', doc, (d) => {
    const href = d.location?.href;
    if (!href || !/^https?:/.test(href)) return null;
    try {
      return new URL(href);
    } catch {
      return null;
    }
  });
}

/** Path of an href relative to its origin, without query/hash ("" if unparsable). Fast path for plain "/path". */
export function hrefPath(a: Element | null | undefined): string {
  const raw = a?.getAttribute('href');
  if (!raw) return '';
  const cut = raw.search(/[?#]/);
  const path = cut < 0 ? raw : raw.slice(0, cut);
  // Same answer as the URL parser for root-relative, printable-ASCII paths without dot segments or backslashes.
  if (/^\/(?!\/)[\x21-\x7e]*$/.test(path) && !/[\\"<>`{}^|]|\/\.\.?(?:\/|$)/.test(path)) return path;
  try {
    return new URL(raw, 'https://h.invalid').pathname;
  } catch {
    return '';
  }
}

export function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Memo valid for the current synchronous run only (cleared on the next microtask):
 * lets per-comment parsing share one scan of the list without going stale when the page changes.
 */
const runCaches = new Map<string, WeakMap<object, unknown>>();
let clearQueued = false;
export function runMemo<K extends object, V>(bucket: string, key: K, compute: (key: K) => V): V {
  const map = runMap<K, V>(bucket);
  if (map.has(key)) return map.get(key) as V;
  const value = compute(key);
  map.set(key, value);
  return value;
}

/**
 * The current run's map of `bucket` (the one runMemo uses), for values learned on the way: e.g. what
 * findComments saw of each comment, handed to parseComment in the same run.
 */
export function runMap<K extends object, V>(bucket: string): WeakMap<K, V> {
  let map = runCaches.get(bucket);
  if (!map) {
    map = new WeakMap();
    runCaches.set(bucket, map);
  }
  if (!clearQueued) {
    clearQueued = true;
    queueMicrotask(() => {
      runCaches.clear();
      clearQueued = false;
    });
  }
  return map as WeakMap<K, V>;
}

interface MutationMemoEntry {
  value: unknown;
  valid: boolean;
  href: string;
  mo: MutationObserver | null;
}
const mutationMemos = new Map<string, WeakMap<object, MutationMemoEntry>>();

/**
 * Memo valid until a relevant mutation under `scope` (or a URL change): for page-wide scans that
 * every comment's parse needs and that most of the page's mutations (including our own chips) do
 * not affect. `relevant` decides over the mutation records; pending records are taken synchronously,
 * so a change made in the same task is never missed. Also memoized per synchronous run.
 */
export function mutationMemo<V>(
  bucket: string,
  scope: Node,
  watch: { attributeFilter?: string[]; characterData?: boolean },
  relevant: (records: MutationRecord[]) => boolean,
  compute: () => V,
): V {
  return runMemo(bucket, scope, () => {
    let map = mutationMemos.get(bucket);
    if (!map) mutationMemos.set(bucket, (map = new WeakMap()));
    const href = pageUrl(scope)?.href ?? '';
    let entry = map.get(scope);
    if (!entry) {
      const e: MutationMemoEntry = { value: undefined, valid: false, href, mo: null };
      if (typeof MutationObserver === 'function') {
        e.mo = new MutationObserver((records) => {
          if (e.valid && relevant(records)) e.valid = false;
        });
        e.mo.observe(scope, {
          subtree: true,
          childList: true,
          attributes: !!watch.attributeFilter,
          ...(watch.attributeFilter ? { attributeFilter: watch.attributeFilter } : {}),
          characterData: !!watch.characterData,
        });
      }
      map.set(scope, (entry = e));
    }
    const pending = entry.mo?.takeRecords() ?? [];
    if (entry.valid && pending.length && relevant(pending)) entry.valid = false;
    if (entry.valid && entry.mo && entry.href === href) return entry.value as V;
    entry.value = compute();
    entry.href = href;
    entry.valid = true;
    return entry.value as V;
  });
}

/** Element nodes added or removed by these records, other than Riposte's own (chips, UI hosts). */
export function foreignNodesChanged(records: MutationRecord[], test: (el: Element) => boolean = () => true): boolean {
  for (const r of records) {
    if (r.type !== 'childList') continue;
    for (const list of [r.addedNodes, r.removedNodes]) {
      for (let i = 0; i < list.length; i++) {
        const n = list[i]!;
        if (n.nodeType !== 1) continue;
        const el = n as Element;
        if (el.hasAttribute('data-riposte-chip') || el.tagName.startsWith('RIPOSTE-')) continue;
        if (test(el)) return true;
      }
    }
  }
  return false;
}

export interface WaitOptions {
  timeout?: number;
  interval?: number;
  signal?: AbortSignal;
}

/** Polls `fn` until it returns a non-null value; resolves null on timeout or abort. */
export function waitFor<T>(fn: () => T | null | undefined, opts: WaitOptions = {}): Promise<T | null> {
  const { timeout = 3000, interval = 25, signal } = opts;
  return new Promise((resolve) => {
    const start = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (v: T | null): void => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(v);
    };
    const onAbort = (): void => finish(null);
    if (signal?.aborted) return resolve(null);
    signal?.addEventListener('abort', onAbort, { once: true });
    const tick = (): void => {
      let v: T | null | undefined;
      try {
        v = fn();
      } catch {
        v = null;
      }
      if (v !== null && v !== undefined) return finish(v);
      if (Date.now() - start >= timeout) return finish(null);
      timer = setTimeout(tick, interval);
    };
    tick();
  });
}

/** A real click sequence (pointer + mouse events) for React handlers that listen to pointerdown/up. */
export function clickLikeUser(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView;
  const init = { bubbles: true, cancelable: true, composed: true, view } as MouseEventInit;
  const P =
    view && 'PointerEvent' in view ? (view as unknown as { PointerEvent: typeof PointerEvent }).PointerEvent : null;
  if (P) el.dispatchEvent(new P('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  if (P) el.dispatchEvent(new P('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.click();
}

/**
 * 1 when `selector` matches anything in `root`, else 0. Diagnostics need only that, and a query that stops
 * at the first match costs a few elements where a count walks the whole page (2,000 comments: tens of ms
 * for each of the dozen hooks, every time the layout notice looks).
 */
export function anyMatch(root: ParentNode, selector: string): number {
  return root.querySelector(selector) ? 1 : 0;
}

export function report(name: string, matched: number, required: boolean): SelectorReport {
  return { name, matched, required };
}

/** Required selectors that matched nothing, e.g. `['commentItem', 'activeAccount']`. */
export function layoutProblems(reports: SelectorReport[]): string[] {
  return reports.filter((r) => r.required && r.matched === 0).map((r) => r.name);
}

/** `<html lang>` base language ("es-419" → "es"), lower-case. */
export function docLang(node: Node): string {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  const lang = doc?.documentElement?.getAttribute('lang') ?? '';
  if (lang !== lastLang) {
    lastLang = lang;
    lastBase = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  }
  return lastBase;
}
let lastLang = '';
let lastBase = '';
