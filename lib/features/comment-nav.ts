import { defineFeature } from '../runtime/feature';
import type { PageStore } from '../runtime/page-state';
import type { SiteAdapter } from '../types';

const RING = '3px solid #2563eb';
let current: Element | null = null;
let adapterRef: SiteAdapter | null = null;

function setRing(el: Element | null): void {
  if (current instanceof HTMLElement) {
    current.style.removeProperty('outline');
    current.style.removeProperty('outline-offset');
    current.removeAttribute('data-riposte-focused');
  }
  current = el;
  if (el instanceof HTMLElement) {
    el.style.setProperty('outline', RING);
    el.style.setProperty('outline-offset', '-3px');
    el.setAttribute('data-riposte-focused', '');
    el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }
}

/**
 * The comment the keyboard is on: the site's own focus when it has one (X's j/k focus an
 * article), else Riposte's Alt+J/Alt+K ring.
 */
export function focusedComment(store: PageStore): { el: Element; id: string } | null {
  if (!adapterRef) return null;
  const active =
    document.activeElement?.closest('[data-riposte-id]') ?? document.activeElement?.closest(adapterRef.commentSelector);
  const el = active ?? (current?.isConnected ? current : null);
  if (!el) return null;
  const id = el.getAttribute('data-riposte-id') ?? adapterRef.parseComment(el)?.id;
  if (!id) return null;
  store.setState({ focusedCommentId: id });
  return { el, id };
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/**
 * Keyboard comment navigation that coexists with the sites' own shortcuts (X binds j/k/r):
 * Alt+J next, Alt+K previous, Alt+R reply to the focused comment with the picker open.
 * Only when the user is not typing in a field; off with the `nav.enabled` setting.
 */
export default defineFeature({
  id: 'comment-nav',
  init: () => undefined,
  setup({ adapter, store, signal }) {
    adapterRef = adapter;
    window.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        if (store.getState().settings['nav.enabled'] === false || isTyping(e.target)) return;
        const key = e.code;
        if (key !== 'KeyJ' && key !== 'KeyK' && key !== 'KeyR') return;
        e.preventDefault();
        e.stopPropagation();
        if (key === 'KeyR') {
          const target = focusedComment(store);
          if (target) document.dispatchEvent(new CustomEvent('riposte:open-picker'));
          return;
        }
        const all = adapter.findComments(document).filter((el) => !adapter.parseComment(el)?.isFocusedPost);
        if (!all.length) return;
        const from = focusedComment(store)?.el ?? null;
        let i = from ? all.indexOf(from) : -1;
        i = key === 'KeyJ' ? Math.min(i + 1, all.length - 1) : Math.max(i - 1, 0);
        const el = all[i] ?? null;
        const id = el && (el.getAttribute('data-riposte-id') ?? adapter.parseComment(el)?.id);
        if (el && id) el.setAttribute('data-riposte-id', id);
        setRing(el);
        store.setState({ focusedCommentId: id ?? null });
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => setRing(null));
  },
});
