import { analyze, laterWarmupSteps, warmupSteps, type UserAdjustments } from '../sentiment';
import { defineFeature } from '../runtime/feature';
import { observe } from '../runtime/observe';
import { createIdleQueue } from '../runtime/idle';
import { commentsBus } from '../runtime/comments-bus';
import { send } from '../runtime/send';
import type { TrackedComment } from '../runtime/page-state';
import type { SeenComment } from '../messaging';
import type { Route } from '../types';
import { logger } from '../runtime/log';
import { docLang } from '../sites/dom';
import { ElementIndex } from '../runtime/element-index';

const log = logger('comments');
const FLUSH_MS = 400;
const MAX_BATCH = 500;
/** Stored text is bounded; the page keeps the rest. */
const MAX_TEXT = 50_000;

export function postIdOf(route: Route | null, fallback?: string): string {
  if (route && 'postId' in route) return route.postId;
  return fallback ?? 'unknown';
}

/**
 * Finds every comment as it appears (incrementally), parses it with the site adapter, tags its
 * sentiment and intents in idle time (cached by id: only new or changed comments are analyzed),
 * tells the in-page features, and records it in the background in batches.
 */
export default defineFeature({
  id: 'comment-tracker',
  init({ adapter, store, signal, site, url }) {
    const outbox = new Map<string, TrackedComment>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** Each comment's element, to repaint it when the background says it was answered already. */
    const roots = new ElementIndex();
    const flush = () => {
      timer = undefined;
      if (!outbox.size) return;
      // Leaving the page: everything goes now, with this page's post and account (the next page
      // resets the state right after).
      if (signal.aborted) {
        while (outbox.size > MAX_BATCH) sendBatch();
      }
      sendBatch();
      if (outbox.size) timer = setTimeout(flush, 50);
    };
    const sendBatch = () => {
      const comments = [...outbox.values()].slice(0, MAX_BATCH).map(toSeen);
      for (const c of comments) outbox.delete(c.commentId);
      const st = store.getState();
      void send<{ answered: string[]; crisis: { ratio: number } | null }>('comments.seen', {
        site,
        postId: postIdOf(st.route, comments[0] ? st.comments.get(comments[0].commentId)?.postId : undefined),
        postUrl: url.href.slice(0, 2048),
        account: st.activeHandle ?? undefined,
        seenAt: Date.now(),
        comments,
      })
        .then((r) => {
          // A batch sent while leaving a page answers for that page, not the next one.
          if (signal.aborted) return;
          if (r.crisis) store.setState({ crisis: r.crisis.ratio });
          let changed = false;
          for (const id of r.answered) {
            const c = store.getState().comments.get(id);
            if (!c || c.answered) continue;
            c.answered = true;
            changed = true;
            const el = roots.get(id);
            if (el) commentsBus.emit(el, c); // its age badge goes at once
          }
          if (changed) store.setState({}); // and the filter counts follow
        })
        .catch((err) => log.warn('could not record comments', err));
    };
    // The outbox holds the tracked comments themselves: a correction made before the batch leaves
    // travels with it.
    const enqueueSend = (c: TrackedComment) => {
      outbox.set(c.id, c);
      timer ??= setTimeout(flush, FLUSH_MS);
    };
    const toSeen = (c: TrackedComment): SeenComment => {
      const active = store.getState().activeHandle;
      return {
        commentId: c.id,
        authorHandle: c.authorHandle,
        authorName: c.authorName?.slice(0, 500),
        text: c.text.slice(0, MAX_TEXT),
        lang: c.lang,
        sentiment: c.sentiment,
        sentimentCorrected: c.sentimentCorrected || undefined,
        intents: c.intents as SeenComment['intents'],
        createdAt: c.createdAt ? Date.parse(c.createdAt) || undefined : undefined,
        createdAtPrecision: c.createdAtPrecision,
        permalink: c.permalink?.slice(0, 2048),
        isReply: c.isReply,
        parentId: c.parentId,
        // Unknown while the account is not read yet: never "not mine" by default.
        isOwn: active ? c.authorHandle.toLowerCase() === active.toLowerCase() : undefined,
      };
    };
    signal.addEventListener('abort', flush, { once: true });

    const process = (el: Element) => {
      if (!el.isConnected) return;
      const parsed = adapter.parseComment(el);
      if (!parsed) return;
      const { comments, settings } = store.getState();
      const prev = comments.get(parsed.id);
      let tracked: TrackedComment;
      if (prev && prev.text === parsed.text) {
        tracked = prev;
      } else {
        const result = analyze(parsed.text, { user: settings['sentiment.adjustments'] as UserAdjustments | undefined });
        tracked = {
          ...parsed,
          sentiment: result.label,
          intents: result.intents,
          lang: result.lang,
          reasons: result.reasons,
          answered: prev?.answered,
        };
        comments.set(parsed.id, tracked);
        enqueueSend(tracked);
      }
      const root = adapter.commentRoot?.(el) ?? el;
      roots.set(tracked.id, root);
      commentsBus.emit(root, tracked);
    };
    // Items are comments, and first the one-time costs of the first analysis, one step per item: each
    // step gets a task of its own (`alone`), so no step shares a task with the others or with comments.
    const queue = createIdleQueue<Element | (() => void)>(
      (item) => (typeof item === 'function' ? item() : process(item)),
      { signal, alone: (item) => typeof item === 'function' },
    );
    const pageLang = docLang(document) || 'en';
    for (const step of warmupSteps(pageLang)) queue.push(step);
    // Then every other language's patterns, before the comments: a page's comments come in many
    // languages, and no comment should pay for compiling a language's patterns in the middle of tagging.
    for (const step of laterWarmupSteps(pageLang)) queue.push(step);
    // The comment whose reply control the user used is the one a new draft answers.
    window.addEventListener(
      'click',
      (e) => {
        if (!e.isTrusted || !(e.target instanceof Element)) return;
        const el = e.target.closest('[data-riposte-id]') ?? e.target.closest(adapter.commentSelector);
        const id = el && (el.getAttribute('data-riposte-id') ?? adapter.parseComment(el)?.id);
        if (id) store.setState({ focusedCommentId: id });
      },
      { capture: true, signal },
    );
    observe(adapter.commentSelector, (el) => queue.push(el), { signal, onChange: (el) => queue.push(el) });
  },
});
