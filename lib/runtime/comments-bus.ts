import type { TrackedComment } from './page-state';

export type CommentListener = (el: Element, comment: TrackedComment) => void;

/** Tells in-page features (chips, age badges, filters) about each analyzed comment element. */
export function createCommentsBus() {
  const listeners = new Set<CommentListener>();
  return {
    on(cb: CommentListener, signal: AbortSignal) {
      listeners.add(cb);
      signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
    },
    emit(el: Element, c: TrackedComment) {
      for (const cb of listeners) {
        try {
          cb(el, c);
        } catch (err) {
          console.error('[riposte] comment listener failed', err);
        }
      }
    },
  };
}
export type CommentsBus = ReturnType<typeof createCommentsBus>;

/** One bus per content script, shared by the features of the current page. */
export const commentsBus = createCommentsBus();
