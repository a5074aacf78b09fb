import { useSyncExternalStore } from 'react';

/** SPA routing as the sites do it: pushState, no reload. */
const subs = new Set<() => void>();
const notify = (): void => {
  for (const fn of subs) fn();
};
window.addEventListener('popstate', notify);

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  notify();
}

export function usePath(): string {
  return useSyncExternalStore(
    (fn) => {
      subs.add(fn);
      return () => {
        subs.delete(fn);
      };
    },
    () => location.pathname,
  );
}

/** Intercepts clicks on same-origin links so the page navigates like an SPA. Returns an onClick handler. */
export function spaLinkHandler(e: React.MouseEvent): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element).closest('a[href]');
  if (!(a instanceof HTMLAnchorElement) || a.target === '_blank') return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  if (url.pathname + url.search !== location.pathname + location.search) navigate(url.pathname + url.search);
}
