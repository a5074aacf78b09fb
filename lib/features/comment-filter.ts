import { createElement } from 'react';
import { createStore } from 'zustand/vanilla';
import { defineFeature } from '../runtime/feature';
import { commentsBus } from '../runtime/comments-bus';
import { mountReact } from '../../components/inpage/mount';
import { FilterBar, FILTERS, type CommentFilter, type FilterState } from '../../components/inpage/FilterBar';
import type { TrackedComment } from '../runtime/page-state';
import { ElementIndex } from '../runtime/element-index';

export function matches(filter: CommentFilter, c: TrackedComment, own: boolean): boolean {
  const open = !c.answered && !own && !c.isFocusedPost;
  switch (filter) {
    case 'all':
      return true;
    case 'negative':
      return c.sentiment === 'negative';
    case 'questions':
      return c.intents.includes('question');
    case 'unanswered':
      return open;
    case 'neg-unanswered':
      return open && c.sentiment === 'negative';
  }
}

/**
 * A filter bar per post: all / negative / questions / unanswered with counts, "negative and
 * unanswered" first. Filtering hides the other comments (and shows them again on "all"); it never
 * removes anything from the page.
 */
export default defineFeature({
  id: 'comment-filter',
  async init({ ctx, store, signal }) {
    const route = store.getState().route;
    if (!route || !('postId' in route)) return;
    const ui = createStore<FilterState>()(() => ({
      filter: 'all',
      counts: { all: 0, 'neg-unanswered': 0, negative: 0, questions: 0, unanswered: 0 },
      crisisRatio: null,
      collapsed: false,
    }));
    const elements = new ElementIndex();
    /** Whether `c` is the user's own; `me`: the active handle, lower-cased (read once per pass by callers). */
    const isOwn = (c: TrackedComment, me = store.getState().activeHandle?.toLowerCase()) =>
      me === c.authorHandle.toLowerCase();
    const apply = (el: Element, c: TrackedComment) => {
      if (!(el instanceof HTMLElement)) return;
      // The post itself stays as context whatever the filter.
      const show = c.isFocusedPost || matches(ui.getState().filter, c, isOwn(c));
      if (show) el.style.removeProperty('display');
      else el.style.setProperty('display', 'none');
    };
    let pending = false;
    const recount = () => {
      pending = false;
      const counts = { all: 0, 'neg-unanswered': 0, negative: 0, questions: 0, unanswered: 0 };
      const filtering = ui.getState().filter !== 'all';
      const comments = store.getState().comments;
      // A comment answered or corrected meanwhile leaves (or joins) the current filter.
      if (filtering)
        for (const [id, el] of elements.entries()) {
          const c = comments.get(id);
          if (c) apply(el, c);
        }
      // Counts cover the post's comments, also those the site unmounted while scrolling.
      const me = store.getState().activeHandle?.toLowerCase();
      for (const c of comments.values()) {
        if (c.isFocusedPost) continue;
        const own = isOwn(c, me);
        for (const f of FILTERS) if (matches(f, c, own)) counts[f]++;
      }
      ui.setState({ counts, crisisRatio: store.getState().crisis });
    };
    const schedule = () => {
      if (pending) return;
      pending = true;
      setTimeout(recount, 200);
    };
    commentsBus.on((el, c) => {
      elements.set(c.id, el);
      apply(el, c);
      schedule();
    }, signal);
    const unsub = store.subscribe(schedule);
    signal.addEventListener('abort', () => {
      unsub();
      for (const el of elements.values()) if (el instanceof HTMLElement) el.style.removeProperty('display');
    });
    await mountReact({
      ctx,
      name: 'filter',
      signal,
      render: () =>
        createElement(FilterBar, {
          store: ui,
          onFilter: (filter) => {
            ui.setState({ filter });
            for (const [id, el] of elements.entries()) {
              const c = store.getState().comments.get(id);
              if (c) apply(el, c);
            }
          },
        }),
    });
  },
});
