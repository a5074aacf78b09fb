import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface MountOptions {
  name: string;
  ctx: ContentScriptContext;
  anchor?: Element | (() => Element | null) | string;
  append?: 'last' | 'first' | 'before' | 'after' | 'replace';
  position?: 'inline' | 'overlay' | 'modal';
  render: () => ReactNode;
  signal?: AbortSignal;
}

/** Mounts React UI in a shadow root (site CSS can't reach it; ours can't leak). */
export async function mountReact(opts: MountOptions): Promise<{ remove: () => void; root: ShadowRoot }> {
  let reactRoot: Root | null = null;
  const ui = await createShadowRootUi(opts.ctx, {
    name: `riposte-${opts.name}`,
    position: opts.position ?? 'inline',
    anchor: opts.anchor ?? 'body',
    append: opts.append ?? 'last',
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'paste', 'beforeinput'],
    onMount: (container) => {
      const el = document.createElement('div');
      el.className = 'riposte-root';
      container.append(el);
      reactRoot = createRoot(el);
      reactRoot.render(opts.render());
      return reactRoot;
    },
    onRemove: () => {
      reactRoot?.unmount();
      reactRoot = null;
    },
  });
  const remove = () => ui.remove();
  // The page may have ended while the styles loaded: mount nothing that no abort would remove.
  if (opts.signal?.aborted) return { remove: () => undefined, root: ui.shadow };
  ui.mount();
  opts.signal?.addEventListener('abort', remove, { once: true });
  return { remove, root: ui.shadow };
}
