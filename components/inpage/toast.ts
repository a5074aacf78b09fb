/** A short message in the page (its own shadow root, text only), gone after a few seconds. */
const CSS = `:host{all:initial}
.t{position:fixed;z-index:2147483646;left:50%;bottom:24px;transform:translateX(-50%);max-width:420px;
font:500 13px/1.4 system-ui,sans-serif;color:#fff;background:#0f172a;border-radius:10px;padding:8px 12px;box-shadow:0 4px 14px rgba(0,0,0,.25)}`;

export function toast(text: string, ms = 4000): void {
  const host = document.createElement('div');
  host.setAttribute('data-riposte-toast', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.className = 't';
  box.setAttribute('role', 'status');
  box.textContent = text;
  root.append(style, box);
  document.body.append(host);
  setTimeout(() => host.remove(), ms);
}
