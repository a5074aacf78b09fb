import { createElement } from 'react';
import { browser } from 'wxt/browser';
import { defineFeature, type FeatureContext } from '../runtime/feature';
import { send } from '../runtime/send';
import { composerOf } from '../runtime/submit';
import { mountReact } from '../../components/inpage/mount';
import { Picker } from '../../components/inpage/Picker';
import { templateSchema, type Template } from '../templates/model';
import { matchAbbreviation } from '../templates/search';
import { deriveFirstName, type RenderContext } from '../templates/render';
import { postUrl, renderForSite } from '../templates/apply';
import { checkLimit } from '../templates/length';
import type { PageStore } from '../runtime/page-state';
import { t } from '../i18n';
import { logger } from '../runtime/log';
import { isTextField } from '../sites/insert';
import { focusedComment } from './comment-nav';
import { toast } from '../../components/inpage/toast';

const log = logger('templates');

/** Stored templates that pass validation (a bad row is skipped, never crashes the picker). */
export function usableTemplates(store: PageStore): Template[] {
  const out: Template[] = [];
  for (const row of store.getState().templates) {
    const parsed = templateSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

function renderContext(fc: Pick<FeatureContext, 'store' | 'site'>, commentId: string | undefined): RenderContext {
  const s = fc.store.getState();
  const c = commentId ? s.comments.get(commentId) : undefined;
  return {
    author: c?.authorName || c?.authorHandle,
    // From the display name only: a handle ("maria.lopez_88") is no first name, the fallback is better.
    first_name: c ? deriveFirstName(c.authorName) : undefined,
    handle: c?.authorHandle,
    my_account: s.activeHandle ?? undefined,
    platform: fc.site,
    post_url: postUrl(fc.site, s.route, c?.postId, new URL(location.href)),
    locale: navigator.language,
  };
}

/** One grapheme segmenter for the page (made on first use). */
let graphemes: Intl.Segmenter | undefined;

/**
 * Characters as a rich editor's caret moves over them (Selection.modify steps over a whole emoji,
 * flag or accented letter at once), for the ones in `text`.
 */
function caretSteps(text: string): number {
  let n = 0;
  for (const _ of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text)) n++;
  return n;
}

/** Moves the caret back over `after` (the text that follows {cursor}) so it lands where {cursor} was. */
function placeCursor(composer: HTMLElement, after: string): void {
  if (!after) return;
  if (isTextField(composer)) {
    const pos = Math.max(0, (composer.selectionEnd ?? composer.value.length) - after.length);
    composer.setSelectionRange(pos, pos);
    return;
  }
  const sel = composer.ownerDocument.getSelection() as Selection & {
    modify?: (a: string, d: string, g: string) => void;
  };
  for (let i = caretSteps(after); i > 0; i--) sel?.modify?.('move', 'backward', 'character');
}

async function copyFallback(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Quick reply: Alt+Shift+R (rebindable browser command + in-page fallback) opens the picker by
 * the focused composer — or opens the reply box of the keyboard-focused comment first — and inserts
 * the chosen template through the adapter's verified insertion. `;abbr` + Tab expands in place.
 */
export default defineFeature({
  id: 'reply-templates',
  init: () => undefined,
  setup(fc) {
    const { ctx, adapter, store, site, signal } = fc;
    let open: { remove: () => void } | null = null;
    let closePicker: (() => void) | null = null;

    const insert = async (given: HTMLElement, tpl: Template, text: string, commentId: string | undefined) => {
      const result = await adapter.insertText(given, text);
      if (!result.ok) {
        const copied = await copyFallback(text);
        log.warn('insertion failed', result.reason);
        return { error: copied ? t('pickerInsertFailed') : t('pickerInsertFailedNoClipboard'), composer: given };
      }
      // The draft belongs to the box that holds the text (the guard reads it from that one).
      const composer = result.composer ?? given;
      const d = store.getState().drafts.get(composer) ?? store.getState().drafts.get(given) ?? {};
      d.templateId = tpl.id;
      if (tpl.brandOnly) d.brandOnlyTemplate = { id: tpl.id, title: tpl.title };
      d.accountAtStart ??= store.getState().activeHandle;
      d.commentId ??= commentId;
      store.getState().drafts.set(composer, d);
      void send('templates.used', {
        id: tpl.id,
        site,
        commentId,
        account: store.getState().activeHandle ?? undefined,
        at: Date.now(),
      }).catch(() => undefined);
      return { error: null, composer };
    };

    let opening = false;
    const openPicker = async () => {
      if (open || closePicker || opening) return;
      opening = true; // a second shortcut press while the reply box opens does not open a second picker
      let composer: HTMLElement | null;
      let target: ReturnType<typeof focusedComment>;
      try {
        composer = composerOf(document.activeElement, adapter.findComposers(document));
        target = focusedComment(store);
        if (!composer && target) composer = await adapter.openReply(target.el, signal);
        composer ??= adapter.findComposer(document);
      } finally {
        opening = false;
      }
      if (!composer) {
        toast(t('pickerNoComposerToast'));
        return;
      }
      // An empty box answers the comment under focus now, not the one an earlier draft answered.
      const fresh = adapter.readComposer(composer).trim() === '';
      const commentId =
        (fresh ? target?.id : undefined) ??
        store.getState().drafts.get(composer)?.commentId ??
        target?.id ??
        store.getState().focusedCommentId ??
        undefined;
      if (fresh) store.getState().drafts.delete(composer);
      const lang = commentId ? store.getState().comments.get(commentId)?.lang : undefined;
      let theComposer = composer;
      let message: string | null = null;
      let cancelled = false;
      let inserting = false;
      const close = () => {
        cancelled = true;
        open?.remove();
        open = null;
        closePicker = null;
        theComposer.focus();
      };
      closePicker = close;
      const render = () =>
        createElement(Picker, {
          templates: usableTemplates(store),
          site,
          lang,
          context: renderContext(fc, commentId),
          existing: adapter.readComposer(theComposer),
          anchor: theComposer.getBoundingClientRect(),
          message,
          onClose: close,
          onPick: (tpl, text, cursorOffset, hasCursor) => {
            if (inserting) return; // a double click inserts once
            inserting = true;
            void insert(theComposer, tpl, text, commentId).then(({ error, composer: holder }) => {
              inserting = false;
              if (error) {
                message = error;
                open?.remove();
                open = null;
                void show();
                return;
              }
              theComposer = holder;
              close();
              if (hasCursor) placeCursor(holder, text.slice(cursorOffset));
            });
          },
        });
      const show = async () => {
        const ui = await mountReact({ ctx, name: 'picker', signal, render });
        if (cancelled) ui.remove();
        else open = ui;
      };
      await show();
    };

    // Esc closes the picker even in the instant before its search box takes focus.
    window.addEventListener(
      'keydown',
      (e) => {
        if (closePicker && e.key === 'Escape' && e.isTrusted) {
          e.preventDefault();
          e.stopImmediatePropagation();
          closePicker?.();
        }
      },
      { capture: true, signal },
    );

    const isShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyR';
    window.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted) return;
        if (isShortcut(e)) {
          e.preventDefault();
          e.stopPropagation();
          void openPicker();
          return;
        }
        if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey) void expandAbbreviation(e);
      },
      { capture: true, signal },
    );
    const onCommand = (msg: unknown) => {
      if ((msg as { riposteCommand?: string })?.riposteCommand === 'open-picker') void openPicker();
    };
    browser.runtime.onMessage.addListener(onCommand);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand));
    document.addEventListener('riposte:open-picker', () => void openPicker(), { signal });

    /** `;ship` + Tab: replaces the abbreviation before the caret with the template. */
    const expandAbbreviation = async (e: KeyboardEvent) => {
      const composer = composerOf(e.target, adapter.findComposers(document));
      if (!composer) return;
      let before: string;
      if (isTextField(composer)) before = composer.value.slice(0, composer.selectionStart ?? 0);
      else {
        const sel = document.getSelection();
        if (!sel?.anchorNode || !composer.contains(sel.anchorNode)) return;
        before = (sel.anchorNode.textContent ?? '').slice(0, sel.anchorOffset);
      }
      const word = /(;[^\s;]{1,31})$/u.exec(before)?.[1];
      if (!word) return;
      const tpl = matchAbbreviation(usableTemplates(store), word, site);
      if (!tpl) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const commentId =
        store.getState().drafts.get(composer)?.commentId ?? store.getState().focusedCommentId ?? undefined;
      const lang = commentId ? store.getState().comments.get(commentId)?.lang : undefined;
      const r = renderForSite(tpl, { site, lang }, renderContext(fc, commentId));
      if (!r.ok) {
        toast(r.errors.map((x) => x.message).join(' '));
        return;
      }
      const existing = adapter.readComposer(composer);
      const limit = checkLimit(existing.slice(0, existing.length - word.length) + r.text, site);
      if (!limit.ok) {
        toast(t('pickerOver', -limit.remaining, limit.limit));
        return;
      }
      // Select the abbreviation so the insertion replaces it.
      if (isTextField(composer)) {
        const end = composer.selectionStart ?? 0;
        composer.setSelectionRange(end - word.length, end);
      } else {
        const sel = document.getSelection() as Selection & { modify?: (a: string, d: string, g: string) => void };
        for (let i = caretSteps(word); i > 0; i--) sel?.modify?.('extend', 'backward', 'character');
      }
      const { error, composer: holder } = await insert(composer, tpl, r.text, commentId);
      if (error) toast(error);
      else if (r.hasCursor) placeCursor(holder, r.text.slice(r.cursorOffset));
    };
  },
});
