/**
 * Submit detection shared by the guard and the response timer: which key presses submit on each
 * site, and a tiny bus announcing "a submit from this composer went ahead".
 */
import type { SiteKey } from '../types';

/** How each site's composer submits from the keyboard. */
export const SUBMIT_KEYS: Record<SiteKey, (e: KeyboardEvent) => boolean> = {
  // X: Ctrl+Enter / Cmd+Enter; plain Enter is a new line.
  x: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey,
  // Instagram and TikTok: Enter sends, Shift+Enter is a new line.
  instagram: (e) => e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.isComposing,
  tiktok: (e) => e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.isComposing,
};

export interface SubmitAttempt {
  composer: HTMLElement;
  text: string;
  at: number;
}

type Listener = (a: SubmitAttempt) => void;
const listeners = new Set<Listener>();

export const submitBus = {
  on(cb: Listener, signal: AbortSignal) {
    listeners.add(cb);
    signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
  },
  emit(a: SubmitAttempt) {
    for (const cb of listeners) {
      try {
        cb(a);
      } catch (err) {
        console.error('[riposte] submit listener failed', err);
      }
    }
  },
};

/** The composer an event happened in, if any (the event may come from deep inside it). */
export function composerOf(target: EventTarget | null, composers: HTMLElement[]): HTMLElement | null {
  if (!(target instanceof Node)) return null;
  return composers.find((c) => c === target || c.contains(target)) ?? null;
}
