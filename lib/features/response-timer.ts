import { defineFeature } from '../runtime/feature';
import { commentsBus } from '../runtime/comments-bus';
import { submitBus } from '../runtime/submit';
import { send } from '../runtime/send';
import { chips } from './sentiment-chips';
import { postIdOf } from './comment-tracker';
import type { TrackedComment } from '../runtime/page-state';
import { logger } from '../runtime/log';
import { ElementIndex } from '../runtime/element-index';

const log = logger('response');
const CLEAR_TIMEOUT_MS = 10_000;
const DEFAULT_SLA_MIN = 60;

export function formatWait(ms: number): string {
  const m = Math.max(0, Math.round(ms / 60_000));
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}

export function slaState(ageMs: number, slaMs: number): 'ok' | 'approaching' | 'breached' {
  if (ageMs >= slaMs) return 'breached';
  if (ageMs >= slaMs * 0.75) return 'approaching';
  return 'ok';
}

/**
 * Detects replies the user sends (with or without a template): when a submit goes ahead and the
 * composer then clears, the reply is recorded, linked to the comment whose reply box was used or
 * to the @mentioned author. Unanswered comments carry an age badge coloured by the SLA.
 */
export default defineFeature({
  id: 'response-timer',
  init({ adapter, store, signal, site }) {
    const elements = new ElementIndex();
    const slaMs = () => Number(store.getState().settings[`sla.${site}`] ?? DEFAULT_SLA_MIN) * 60_000;

    const paintAge = (el: Element, c: TrackedComment) => {
      const chip = chips.get(el);
      if (!chip) return;
      const own = store.getState().activeHandle?.toLowerCase() === c.authorHandle.toLowerCase();
      const created = c.createdAt ? Date.parse(c.createdAt) : NaN;
      if (c.answered || own || c.isFocusedPost || Number.isNaN(created)) {
        chip.setAge(null);
        return;
      }
      const age = Date.now() - created;
      chip.setAge(`⏱ ${formatWait(age)}`, slaState(age, slaMs()));
    };
    commentsBus.on((el, c) => {
      elements.set(c.id, el);
      paintAge(el, c);
    }, signal);
    const timer = setInterval(() => {
      for (const [id, el] of elements.entries()) {
        const c = store.getState().comments.get(id);
        if (c) paintAge(el, c);
      }
    }, 30_000);
    signal.addEventListener('abort', () => clearInterval(timer));

    submitBus.on(({ composer, text, at }) => {
      if (!text.trim()) return;
      const st = store.getState();
      const draft = st.drafts.get(composer);
      // Instagram's one reply box starts each reply with "@author ": when the draft's comment is by
      // someone else (the box reused for another comment), the mention wins.
      const mention = /^\s*@([\w.]{1,64})/.exec(text)?.[1];
      const lead = site === 'instagram' ? mention?.toLowerCase() : undefined;
      const drafted = draft?.commentId ? st.comments.get(draft.commentId) : undefined;
      const commentId =
        lead && drafted && drafted.authorHandle.replace(/^@/, '').toLowerCase() !== lead ? undefined : draft?.commentId;
      const started = performance.now();
      const poll = setInterval(() => {
        const cleared = !composer.isConnected || adapter.readComposer(composer).trim() === '';
        if (!cleared && performance.now() - started < CLEAR_TIMEOUT_MS) return;
        clearInterval(poll);
        if (!cleared) return; // the site did not send it (error, offline): not a reply
        st.drafts.delete(composer);
        if (commentId) {
          const c = store.getState().comments.get(commentId);
          if (c) {
            c.answered = true;
            const el = elements.get(commentId);
            if (el) paintAge(el, c);
            store.setState({}); // tell the filter bar and the queue: one fewer unanswered
          }
        }
        void send('replies.record', {
          site,
          postId: postIdOf(store.getState().route),
          commentId,
          mentionHandle: commentId ? undefined : mention,
          account: store.getState().activeHandle ?? undefined,
          templateId: draft?.templateId,
          text: text.slice(0, 50_000),
          sentAt: at,
        }).catch((err) => log.warn('could not record the reply', err));
      }, 100);
      signal.addEventListener('abort', () => clearInterval(poll), { once: true });
    }, signal);
  },
});
