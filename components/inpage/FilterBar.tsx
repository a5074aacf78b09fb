import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { t } from '../../lib/i18n';

export type CommentFilter = 'all' | 'neg-unanswered' | 'negative' | 'questions' | 'unanswered';
export const FILTERS: CommentFilter[] = ['neg-unanswered', 'all', 'negative', 'questions', 'unanswered'];
const LABEL: Record<CommentFilter, string> = {
  all: 'filterAll',
  'neg-unanswered': 'filterNegUnanswered',
  negative: 'filterNegative',
  questions: 'filterQuestions',
  unanswered: 'filterUnanswered',
};

export interface FilterState {
  filter: CommentFilter;
  counts: Record<CommentFilter, number>;
  crisisRatio: number | null;
  collapsed: boolean;
}

/** The per-post filter bar: counts per filter, "negative and unanswered" first. */
export function FilterBar({ store, onFilter }: { store: StoreApi<FilterState>; onFilter: (f: CommentFilter) => void }) {
  const filter = useStore(store, (s) => s.filter);
  const counts = useStore(store, (s) => s.counts);
  const crisis = useStore(store, (s) => s.crisisRatio);
  const collapsed = useStore(store, (s) => s.collapsed);
  return (
    <div
      role="toolbar"
      aria-label={t('filterBar')}
      data-testid="riposte-filter-bar"
      className="fixed top-16 right-4 z-[2147483644] flex max-w-[92vw] flex-col gap-1 rounded-xl border border-slate-300 bg-white/95 p-1.5 shadow-lg"
    >
      {crisis !== null && (
        <p
          role="alert"
          data-testid="riposte-crisis"
          className="rounded-md bg-red-700 px-2 py-1 text-xs font-semibold text-white"
        >
          ⚠ {t('crisisInPage', crisis.toFixed(1))}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-1">
        {!collapsed &&
          FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={filter === f}
              data-filter={f}
              onClick={() => onFilter(f)}
              className={`rounded-full border px-2 py-0.5 text-xs ${
                filter === f ? 'border-blue-800 bg-blue-700 text-white' : 'border-slate-300 text-slate-900'
              }`}
            >
              {t(LABEL[f])} <span data-count={f}>{counts[f]}</span>
            </button>
          ))}
        <button
          type="button"
          className="rounded px-1 text-xs text-slate-700"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('badgeExpand') : t('badgeCollapse')}
          onClick={() => store.setState({ collapsed: !collapsed })}
        >
          {collapsed ? '⏷' : '⏶'}
        </button>
      </div>
    </div>
  );
}
