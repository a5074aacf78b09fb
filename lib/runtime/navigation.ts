/**
 * Calls back when the single-page app changes its URL. The page's own history.pushState can't be
 * hooked from an isolated content script, so: the Navigation API where the browser has it,
 * popstate, and a cheap URL poll as the fallback.
 */
export function onUrlChange(callback: (url: URL) => void, { signal }: { signal: AbortSignal }): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    callback(new URL(last));
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  // navigatesuccess fires after the URL is committed.
  nav?.addEventListener('navigatesuccess', check, { signal });
  window.addEventListener('popstate', check, { signal });
  const timer = setInterval(check, 400);
  signal.addEventListener('abort', () => clearInterval(timer));
}
