/**
 * observe(selector, callback, {signal}): calls back once per matching element, now and whenever one
 * is added. One MutationObserver per document is shared by every observation; each mutation batch
 * only looks inside the added subtrees (never re-scans the page), and handled elements are marked
 * in a WeakSet per observation, so the site's DOM is not touched.
 */
type Callback = (el: Element) => void;

interface Observation {
  selector: string;
  callback: Callback;
  /** Called when the content inside an already-handled match changes (recycled cells). */
  onChange?: Callback;
  seen: WeakSet<Element>;
}

const observations = new Set<Observation>();
let observer: MutationObserver | null = null;
let pending: Element[] = [];
let scheduled = false;

function run(obs: Observation, el: Element): void {
  if (obs.seen.has(el)) return;
  obs.seen.add(el);
  try {
    obs.callback(el);
  } catch (err) {
    console.error('[riposte] observe callback failed', obs.selector, err);
  }
}

function scan(obs: Observation, root: Element): void {
  if (root.matches(obs.selector)) run(obs, root);
  for (const el of root.querySelectorAll(obs.selector)) run(obs, el);
}

function flush(): void {
  scheduled = false;
  const roots = pending;
  pending = [];
  const changed = new Set<Element>();
  for (const root of roots) {
    if (!root.isConnected) continue;
    for (const obs of observations) {
      scan(obs, root);
      if (obs.onChange) {
        const host = root.parentElement?.closest(obs.selector);
        if (host && obs.seen.has(host)) changed.add(host);
      }
    }
  }
  for (const host of changed) {
    for (const obs of observations) {
      if (obs.onChange && host.matches(obs.selector)) {
        try {
          obs.onChange(host);
        } catch (err) {
          console.error('[riposte] observe onChange failed', obs.selector, err);
        }
      }
    }
  }
}

function ensureObserver(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (n.nodeType === 1) pending.push(n as Element);
      // Text-only changes inside a recycled cell: rescan the nearest element.
      if (r.type === 'characterData' && r.target.parentElement) pending.push(r.target.parentElement);
    }
    if (!scheduled && pending.length) {
      scheduled = true;
      queueMicrotask(flush);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

export function observe(
  selector: string,
  callback: Callback,
  { signal, onChange }: { signal: AbortSignal; onChange?: Callback },
): void {
  if (signal.aborted) return;
  const obs: Observation = { selector, callback, onChange, seen: new WeakSet() };
  observations.add(obs);
  ensureObserver();
  scan(obs, document.documentElement);
  signal.addEventListener(
    'abort',
    () => {
      observations.delete(obs);
      if (observations.size === 0) {
        observer?.disconnect();
        observer = null;
      }
    },
    { once: true },
  );
}

/** Like observe, but for any mutation under the page (debounced); for re-reading page state. */
export function onPageMutation(
  callback: () => void,
  { signal, wait = 250 }: { signal: AbortSignal; wait?: number },
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const mo = new MutationObserver(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) callback();
    }, wait);
  });
  mo.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href', 'aria-label'],
  });
  signal.addEventListener('abort', () => {
    mo.disconnect();
    if (timer) clearTimeout(timer);
  });
}
