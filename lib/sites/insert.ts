/**
 * Getting text into the sites' editors so that the editor's own state registers it
 * (see shared/research/EDITORS.md for the measurements behind every step). Never submits.
 */
import type { InsertMethod, InsertResult } from '../types';
import { isDisabled, textOf, waitFor } from './dom';

export interface InsertOptions {
  /** The site's submit control for this composer (null if it cannot be found). */
  findSubmit: (composer: HTMLElement) => HTMLElement | null;
  /** Re-finds the composer after focus (IG reels swap the node); defaults to the same node. */
  refind?: () => HTMLElement | null;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** What the editor holds: a field's value, or the contenteditable's text with one `\n` per block/line break. */
export function readEditor(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  const blocks = el.querySelectorAll('[data-block="true"]');
  if (blocks.length > 0) {
    // Draft renders a line per block and never a raw newline inside one: whitespace with a newline is markup formatting.
    return Array.from(blocks, (b) => {
      const t = textOf(b);
      return /^\s*$/.test(t) && t.includes('\n') ? '' : t.replace(/\n$/, '');
    }).join('\n');
  }
  let out = '';
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.tagName === 'BR') out += '\n';
        else if (e.tagName === 'IMG') out += e.getAttribute('alt') ?? '';
        else {
          const block = e.tagName === 'DIV' || e.tagName === 'P';
          if (block && out && !out.endsWith('\n')) out += '\n';
          walk(e);
        }
      }
    }
  };
  walk(el);
  return out.replace(/\n$/, '');
}

const norm = (s: string): string =>
  s
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\n+$/, '');

/** True when `after` contains `text` (the editor may hold other text around it). */
export function holdsText(after: string, text: string): boolean {
  const a = norm(after);
  const t = norm(text);
  if (a.includes(t)) return true;
  // Draft renders "\n\n" as an empty block; tolerate blank-line differences.
  return a.replace(/\n+/g, '\n').includes(t.replace(/\n+/g, '\n'));
}

function nextTask(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

function waitSelectionChange(doc: Document, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(t);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const t = setTimeout(done, maxMs);
    doc.addEventListener('selectionchange', done, { once: true });
  });
}

function buildPaste(view: Window & typeof globalThis, text: string): ClipboardEvent | Event {
  let dt: DataTransfer | undefined;
  try {
    dt = new view.DataTransfer();
    dt.setData('text/plain', text);
  } catch {
    dt = undefined;
  }
  // Chromium reads `clipboardData`; Firefox's ClipboardEventInit only knows `dataType`/`data`. Pass both.
  const init = {
    clipboardData: dt,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  try {
    return new view.ClipboardEvent('paste', init as ClipboardEventInit);
  } catch {
    return new view.Event('paste', { bubbles: true, cancelable: true });
  }
}

async function insertContentEditable(el: HTMLElement, text: string): Promise<InsertMethod | string> {
  const doc = el.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return 'the composer is not in a window';
  el.focus();
  const sel = doc.getSelection();
  const caretInside = !!sel && sel.rangeCount > 0 && !!sel.anchorNode && el.contains(sel.anchorNode);
  if (sel && !caretInside) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  // Draft inserts at its *state* selection, which follows the DOM caret on selectionchange.
  await waitSelectionChange(doc, 60);
  await nextTask();
  const before = readEditor(el);
  const ev = buildPaste(view, text);
  el.dispatchEvent(ev);
  const changed = await waitFor(() => (readEditor(el) !== before ? true : null), { timeout: 150, interval: 10 });
  if (changed) return 'paste';
  if (ev.defaultPrevented) {
    // The editor claimed the paste but holds nothing new (e.g. an empty DataTransfer): do not insert twice.
    return 'the editor cancelled the paste but its content did not change';
  }
  // Nobody handled it: a plain contenteditable. Insert natively, line by line.
  const lines = text.split(/\r\n?|\n/);
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) doc.execCommand('insertLineBreak');
    const line = lines[i] ?? '';
    if (line) doc.execCommand('insertText', false, line);
  }
  return 'native-lines';
}

function insertField(el: HTMLTextAreaElement | HTMLInputElement, text: string): InsertMethod {
  const doc = el.ownerDocument;
  const wasFocused = doc.activeElement === el;
  el.focus();
  if (!wasFocused) {
    const end = el.value.length;
    try {
      el.setSelectionRange(end, end);
    } catch {
      /* inputs of some types have no selection */
    }
  }
  const before = el.value;
  const start = el.selectionStart ?? before.length;
  const end = el.selectionEnd ?? before.length;
  let ran: boolean;
  try {
    ran = doc.execCommand('insertText', false, text);
  } catch {
    ran = false;
  }
  if (ran && el.value !== before) return 'execCommand';
  const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const realProto = view
    ? el.tagName === 'TEXTAREA'
      ? view.HTMLTextAreaElement.prototype
      : view.HTMLInputElement.prototype
    : proto;
  const setter = Object.getOwnPropertyDescriptor(realProto, 'value')?.set;
  const next = before.slice(0, start) + text + before.slice(end);
  if (setter) setter.call(el, next);
  else el.value = next;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  try {
    el.setSelectionRange(start + text.length, start + text.length);
  } catch {
    /* ignore */
  }
  return 'valueSetter';
}

/** Inserts `text` where the user's caret is (or at the end), then verifies; never submits. */
export async function insertText(composer: HTMLElement, text: string, opts: InsertOptions): Promise<InsertResult> {
  const t0 = now();
  const fail = (reason: string): InsertResult => ({ ok: false, reason, ms: Math.round(now() - t0) });
  if (!text) return fail('nothing to insert');
  if (!composer.isConnected) return fail('the composer is no longer in the page');
  let target = composer;
  let method: InsertMethod;
  try {
    if (isTextField(target)) {
      target.focus();
      const swapped = opts.refind?.();
      if (swapped && swapped !== target) target = swapped;
    }
    if (isTextField(target)) {
      method = insertField(target, text);
    } else if (target.isContentEditable || target.getAttribute('contenteditable') === 'true') {
      const r = await insertContentEditable(target, text);
      if (r !== 'paste' && r !== 'native-lines') return fail(r);
      method = r;
    } else {
      return fail('the composer is neither a text field nor editable');
    }
  } catch (e) {
    return fail(`insertion threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  const held = await waitFor(() => (holdsText(readEditor(target), text) ? true : null), { timeout: 300, interval: 15 });
  if (!held) return fail(`the editor does not hold the text after ${method}`);
  if (opts.findSubmit(target)) {
    // Re-find on every poll: React may replace the button node when it re-renders.
    const enabled = await waitFor(
      () => {
        const s = opts.findSubmit(target);
        return !s || !isDisabled(s) ? true : null;
      },
      { timeout: 400, interval: 20 },
    );
    if (!enabled) return fail('the text is in the editor but the submit control stayed disabled');
  }
  return { ok: true, method, ms: Math.round(now() - t0), composer: target };
}
