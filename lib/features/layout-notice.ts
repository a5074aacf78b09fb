import { defineFeature } from '../runtime/feature';
import { onPageMutation } from '../runtime/observe';
import { send } from '../runtime/send';
import { t } from '../i18n';

const SETTLE_MS = 2500;

const CSS = `:host{all:initial}
.n{position:fixed;z-index:2147483646;left:12px;bottom:12px;max-width:360px;display:flex;gap:8px;align-items:flex-start;
font:500 12px/1.4 system-ui,sans-serif;color:#78350f;background:#fffbeb;border:1px solid #d97706;border-radius:10px;padding:8px 10px;box-shadow:0 4px 14px rgba(0,0,0,.15)}
button{font:inherit;border:1px solid #d97706;background:#fff;border-radius:6px;cursor:pointer;color:#78350f}`;

/**
 * When a page's required hooks match nothing (the site changed its layout), says so in a small
 * notice instead of failing silently, and records which selectors failed for the diagnostics page.
 */
export default defineFeature({
  id: 'layout-notice',
  init({ adapter, site, store, signal, url }) {
    let host: HTMLElement | null = null;
    let reported = '';
    const check = () => {
      const reports = adapter.diagnose(document, new URL(location.href));
      const missing = reports.filter((r) => r.required && r.matched === 0).map((r) => r.name);
      store.setState({ layoutProblems: missing });
      const sig = missing.join(',');
      if (missing.length && sig !== reported) {
        reported = sig;
        void send('diagnostics.report', { site, url: url.origin + url.pathname, missing }).catch(() => undefined);
      }
      if (!missing.length) {
        host?.remove();
        host = null;
        return;
      }
      if (!host) {
        host = document.createElement('div');
        host.setAttribute('data-riposte-layout-notice', '');
        const root = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = CSS;
        const box = document.createElement('div');
        box.className = 'n';
        box.setAttribute('role', 'status');
        const text = document.createElement('span');
        const close = document.createElement('button');
        close.type = 'button';
        close.textContent = '×';
        close.setAttribute('aria-label', t('dismiss'));
        close.addEventListener('click', () => (box.style.display = 'none'));
        box.append(text, close);
        root.append(style, box);
        document.body.append(host);
        signal.addEventListener('abort', () => host?.remove(), { once: true });
      }
      const text = host.shadowRoot!.querySelector('span')!;
      text.textContent = `${t('layoutChanged')}. ${t('layoutChangedDetails')}: ${missing.join(', ')}`;
    };
    const timer = setTimeout(() => {
      check();
      // Layouts change rarely within a page: a cheap re-check at most every 10 s while the page changes.
      onPageMutation(check, { signal, wait: 10_000 });
    }, SETTLE_MS);
    signal.addEventListener('abort', () => clearTimeout(timer));
  },
});
