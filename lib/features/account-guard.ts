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
import { isDisabled } from '../sites/dom';
import { t } from '../i18n';

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
    // Unknown at the first keystroke (the page had not shown the account yet): the first known one.
    if (d.accountAtStart === undefined || d.accountAtStart === null) d.accountAtStart = activeHandle;
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

    /**
     * `group`: every composer the submit sends (X's thread composer posts all its boxes with one
     * button); the first is the one the user acted in. Held when any of them would be.
     */
    const check = (e: Event, group: HTMLElement[], redo: () => void) => {
      const composer = group[0]!;
      // A disabled submit sends nothing: no dialog, no hold on record.
      const button = adapter.findSubmitButton(composer);
      if (button && isDisabled(button)) return;
      // The account as the page shows it now (the cached one is re-read only every few hundred ms).
      const now = adapter.getActiveAccount(document)?.handle ?? null;
      if (now !== store.getState().activeHandle) store.setState({ activeHandle: now });
      const s = store.getState();
      const decisions = group.map((c) => {
        const draft = s.drafts.get(c);
        return {
          draft,
          result: decide({
            site,
            activeAccount: s.activeHandle ? { handle: s.activeHandle } : null,
            accountRole: roleOf(s),
            workMode: workModeOf(s),
            brandOnlyTemplate: draft?.brandOnlyTemplate ?? null,
            strictMode: s.settings['guard.strict'] === true,
            accountAtDraftStart: draft?.accountAtStart ?? null,
          }),
        };
      });
      const sendAll = () => {
        for (const c of group) submitBus.emit({ composer: c, text: adapter.readComposer(c), at: Date.now() });
      };
      const held = decisions.find((d) => d.result.hold);
      if (!held) {
        sendAll();
        return;
      }
      const result = held.result;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (dialogOpen) return;
      dialogOpen = true;
      const templateId = held.draft?.brandOnlyTemplate?.id;
      logDecision(site, store, result.reasons, 'held', templateId);
      const switcher = adapter.findAccountSwitcher(document);
      let remove = () => {};
      const close = (decision: GuardDecision) => {
        dialogOpen = false;
        remove();
        logDecision(site, store, result.reasons, decision, templateId);
      };
      const postAnyway = () => {
        close('post-anyway');
        sendAll();
        redo();
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
            onPostAnyway: postAnyway,
          }),
      }).then(
        (ui) => (remove = ui.remove),
        (err: unknown) => {
          // No dialog (the page or the extension is going away): ask plainly rather than hold forever.
          log.error('the guard dialog could not open', err);
          if (window.confirm(`${result.message}\n\n${t('guardPostAnyway')}?`)) postAnyway();
          else close('cancel');
        },
      );
    };

    /** The composers a submit control sends. */
    const groupOf = (button: Element, first: HTMLElement): HTMLElement[] => {
      const rest = adapter.findComposers(document).filter((c) => c !== first && adapter.findSubmitButton(c) === button);
      return [first, ...rest];
    };
    /** The composer whose submit control contains `target`, with that control. */
    const submitFor = (target: Element): { composer: HTMLElement; button: HTMLElement } | null => {
      for (const composer of adapter.findComposers(document)) {
        const button = adapter.findSubmitButton(composer);
        if (button && (button === target || button.contains(target))) return { composer, button };
      }
      return null;
    };

    window.addEventListener(
      'click',
      (e) => {
        if (!e.isTrusted || !(e.target instanceof Element)) return;
        const hit = submitFor(e.target);
        if (hit) check(e, groupOf(hit.button, hit.composer), () => hit.button.click());
      },
      { capture: true, signal },
    );
    window.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted) return;
        // Enter or Space on a focused submit control that is not a real <button> (TikTok's
        // div[role=button]): the site's own key handler would post it, with no click to catch.
        // Only on such a control: every space typed in a reply box must not scan the page's composers.
        if (
          (e.key === 'Enter' || e.key === ' ') &&
          e.target instanceof Element &&
          !(e.target instanceof HTMLButtonElement) &&
          e.target.closest('[role="button"]') !== null
        ) {
          const hit = submitFor(e.target);
          if (hit) {
            check(e, groupOf(hit.button, hit.composer), () => hit.button.click());
            return;
          }
        }
        if (!SUBMIT_KEYS[site](e)) return;
        const composer = composerOf(e.target, adapter.findComposers(document));
        if (!composer) return;
        const target = e.target as Element;
        const button = adapter.findSubmitButton(composer);
        check(e, button ? groupOf(button, composer) : [composer], () => {
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
