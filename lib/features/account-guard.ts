import { createElement } from 'react';
import { decide } from '../guard/decide';
import { defineFeature } from '../runtime/feature';
import { send } from '../runtime/send';
import { roleOf, workModeOf, type PageStore } from '../runtime/page-state';
import { SUBMIT_KEYS, composerOf, submitBus } from '../runtime/submit';
import { mountReact } from '../../components/inpage/mount';
import { GuardDialog } from '../../components/inpage/GuardDialog';
import type { GuardDecision, GuardReason } from '../records';
import type { SiteAdapter, SiteKey } from '../types';
import { logger } from '../runtime/log';

const log = logger('guard');

/** Draft bookkeeping: the account when the user started writing in a composer. */
function trackDraftStart(store: PageStore, adapter: SiteAdapter, signal: AbortSignal): void {
  const onInput = (e: Event) => {
    if (!e.isTrusted) return;
    const composer = composerOf(e.target, adapter.findComposers(document));
    if (!composer) return;
    const { drafts, activeHandle, focusedCommentId } = store.getState();
    // Emptied by the user: whatever comes next is a new draft (Instagram reuses one box for every
    // reply; its comment, account and template must not carry over).
    if (e.type === 'input' && adapter.readComposer(composer).trim() === '') {
      drafts.delete(composer);
      return;
    }
    const d = drafts.get(composer) ?? {};
    if (d.accountAtStart === undefined) d.accountAtStart = activeHandle;
    if (d.commentId === undefined && focusedCommentId) d.commentId = focusedCommentId;
    drafts.set(composer, d);
  };
  window.addEventListener('beforeinput', onInput, { capture: true, signal });
  window.addEventListener('input', onInput, { capture: true, signal });
  window.addEventListener('paste', onInput, { capture: true, signal });
}

function logDecision(
  site: SiteKey,
  store: PageStore,
  reasons: GuardReason[],
  decision: GuardDecision,
  templateId?: string,
) {
  void send('guard.log', {
    site,
    account: store.getState().activeHandle ?? undefined,
    reasons,
    decision,
    at: Date.now(),
    templateId,
  }).catch((err) => log.warn('could not log the guard decision', err));
}

/**
 * Holds a reply before it leaves when it would go out from the wrong account. Intercepts the
 * submit click and the submit keys in the capture phase (trusted events only) and decides from
 * state already in the content script, so a reply that passes is not delayed.
 */
export default defineFeature({
  id: 'account-guard',
  init: () => undefined,
  setup({ ctx, adapter, store, site, signal }) {
    trackDraftStart(store, adapter, signal);
    let dialogOpen = false;

    const check = (e: Event, composer: HTMLElement, redo: () => void) => {
      const s = store.getState();
      const draft = s.drafts.get(composer);
      const text = adapter.readComposer(composer);
      const result = decide({
        site,
        activeAccount: s.activeHandle ? { handle: s.activeHandle } : null,
        accountRole: roleOf(s),
        workMode: workModeOf(s),
        brandOnlyTemplate: draft?.brandOnlyTemplate ?? null,
        strictMode: s.settings['guard.strict'] === true,
        accountAtDraftStart: draft?.accountAtStart ?? null,
      });
      if (!result.hold) {
        submitBus.emit({ composer, text, at: Date.now() });
        return;
      }
      e.preventDefault();
      e.stopImmediatePropagation();
      if (dialogOpen) return;
      dialogOpen = true;
      const templateId = draft?.brandOnlyTemplate?.id;
      logDecision(site, store, result.reasons, 'held', templateId);
      const switcher = adapter.findAccountSwitcher(document);
      let remove = () => {};
      const close = (decision: GuardDecision) => {
        dialogOpen = false;
        remove();
        logDecision(site, store, result.reasons, decision, templateId);
      };
      void mountReact({
        ctx,
        name: 'guard',
        signal,
        render: () =>
          createElement(GuardDialog, {
            message: result.message,
            canSwitch: !!switcher,
            onCancel: () => {
              close('cancel');
              composer.focus();
            },
            onSwitch: () => {
              close('switch-account');
              adapter.findAccountSwitcher(document)?.click();
            },
            onPostAnyway: () => {
              close('post-anyway');
              submitBus.emit({ composer, text: adapter.readComposer(composer), at: Date.now() });
              redo();
            },
          }),
      }).then((ui) => (remove = ui.remove));
    };

    window.addEventListener(
      'click',
      (e) => {
        if (!e.isTrusted || !(e.target instanceof Element)) return;
        for (const composer of adapter.findComposers(document)) {
          const button = adapter.findSubmitButton(composer);
          if (button && (button === e.target || button.contains(e.target))) {
            check(e, composer, () => button.click());
            return;
          }
        }
      },
      { capture: true, signal },
    );
    window.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted || !SUBMIT_KEYS[site](e)) return;
        const composer = composerOf(e.target, adapter.findComposers(document));
        if (!composer) return;
        const target = e.target as Element;
        check(e, composer, () => {
          composer.focus();
          target.dispatchEvent(
            new KeyboardEvent('keydown', {
              key: e.key,
              code: e.code,
              keyCode: 13,
              which: 13,
              ctrlKey: e.ctrlKey,
              metaKey: e.metaKey,
              shiftKey: e.shiftKey,
              bubbles: true,
              cancelable: true,
            } as KeyboardEventInit),
          );
        });
      },
      { capture: true, signal },
    );
  },
});
