import type { Summary } from '../../lib/metrics';
import { t } from '../../lib/i18n';
import { usePopup, popupStore } from './store';
import { BarChart } from './Chart';
import { formatDuration, formatPct } from './format';

/** 7- and 30-day trends and the per-site breakdown. */
export function Trends({ summary }: { summary: Summary }) {
  const range = usePopup((s) => s.range);
  const series = range === 7 ? summary.series7 : summary.series30;
  return (
    <section aria-labelledby="trends-h">
      <div className="flex items-center justify-between">
        <h2 id="trends-h" className="text-sm font-semibold">
          {t('trends')}
        </h2>
        <div role="group" aria-label={t('trends')} className="flex gap-1 text-xs">
          {([7, 30] as const).map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={range === r}
              className={`rounded border px-2 ${range === r ? 'border-blue-700 bg-blue-700 text-white' : 'border-slate-300'}`}
              onClick={() => popupStore.getState().setFilter({ range: r })}
            >
              {r === 7 ? t('days7') : t('days30')}
            </button>
          ))}
        </div>
      </div>
      <BarChart
        title={t('chartReplies')}
        points={series.map((p) => ({ label: p.day, value: p.replies }))}
        format={(v) => String(v ?? 0)}
      />
      <BarChart
        title={t('chartFrt')}
        points={series.map((p) => ({ label: p.day, value: p.medianFrtMs }))}
        format={formatDuration}
      />
      <table className="mt-2 w-full text-xs" aria-label={t('perSite')}>
        <thead>
          <tr className="text-left text-slate-600">
            <th>{t('perSite')}</th>
            <th>{t('replies')}</th>
            <th>{t('medianFrt')}</th>
            <th>{t('withinSla')}</th>
            <th>{t('unanswered')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.perSite.map((s) => (
            <tr key={s.site} data-testid={`persite-${s.site}`}>
              <td>{s.site}</td>
              <td>{s.today.replies}</td>
              <td>{formatDuration(s.today.frt.median)}</td>
              <td>{formatPct(s.today.withinSlaPct)}</td>
              <td>{s.unanswered}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.topAdvocates.length > 0 && (
        <p className="mt-1 text-xs">
          <strong>{t('advocates')}:</strong> {summary.topAdvocates.map((a) => `@${a.authorHandle}`).join(', ')}
        </p>
      )}
    </section>
  );
}
