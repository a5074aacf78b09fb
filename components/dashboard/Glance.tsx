import type { Summary } from '../../lib/metrics';
import { t } from '../../lib/i18n';
import { formatDuration, formatNum, formatPct } from './format';
import { LABEL_STYLE } from '../inpage/chip';

function Tile({ label, value, sub, testid }: { label: string; value: string; sub?: string; testid: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-2">
      <div className="text-xs text-slate-600">{label}</div>
      <div className="text-lg font-bold" data-testid={testid}>
        {value}
      </div>
      {sub && <div className="text-[11px] text-slate-600">{sub}</div>}
    </div>
  );
}

/** Today at a glance, each figure against yesterday and the 7-day average. */
export function Glance({ summary }: { summary: Summary }) {
  const { today, yesterday, avg7 } = summary;
  const mix = today.sentiment;
  const total = mix.positive + mix.neutral + mix.negative;
  return (
    <section aria-labelledby="glance-h">
      <h2 id="glance-h" className="mb-1 text-sm font-semibold">
        {t('today')} · {summary.day}
      </h2>
      <div className="grid grid-cols-3 gap-2">
        <Tile
          label={t('replies')}
          testid="kpi-replies"
          value={String(today.replies)}
          sub={`${t('vsYesterday', yesterday.replies)} · ${t('vs7d', formatNum(avg7.replies, 1))}`}
        />
        <Tile
          label={t('commentsSeen')}
          testid="kpi-comments"
          value={String(today.commentsSeen)}
          sub={`${t('vsYesterday', yesterday.commentsSeen)} · ${t('vs7d', formatNum(avg7.commentsSeen, 1))}`}
        />
        <Tile
          label={t('withinSla')}
          testid="kpi-sla"
          value={formatPct(today.withinSlaPct)}
          sub={`${t('vsYesterday', formatPct(yesterday.withinSlaPct))}`}
        />
        <Tile
          label={t('medianFrt')}
          testid="kpi-median"
          value={formatDuration(today.frt.median)}
          sub={`${t('vsYesterday', formatDuration(yesterday.frt.median))} · ${t('vs7d', formatDuration(avg7.frt.median))}`}
        />
        <Tile
          label={t('p90Frt')}
          testid="kpi-p90"
          value={formatDuration(today.frt.p90)}
          sub={`${t('vsYesterday', formatDuration(yesterday.frt.p90))} · ${t('vs7d', formatDuration(avg7.frt.p90))}`}
        />
        <Tile
          label={t('guardHolds')}
          testid="kpi-holds"
          value={String(today.guardHolds)}
          sub={t('vsYesterday', yesterday.guardHolds)}
        />
      </div>
      <div className="mt-2" aria-label={t('sentimentMix')} data-testid="sentiment-mix">
        <div className="text-xs text-slate-600">{t('sentimentMix')}</div>
        <div
          className="flex h-3 overflow-hidden rounded border border-slate-300"
          role="img"
          aria-label={`${t('label_positive')} ${mix.positive}, ${t('label_neutral')} ${mix.neutral}, ${t('label_negative')} ${mix.negative}`}
        >
          {(['positive', 'neutral', 'negative'] as const).map((k) =>
            total ? (
              <div key={k} style={{ width: `${(mix[k] / total) * 100}%`, background: LABEL_STYLE[k].border }} />
            ) : null,
          )}
        </div>
        <div className="mt-0.5 flex gap-3 text-[11px]">
          {(['positive', 'neutral', 'negative'] as const).map((k) => (
            <span key={k} data-testid={`mix-${k}`}>
              {LABEL_STYLE[k].icon} {t(`label_${k}`)} {mix[k]}
            </span>
          ))}
        </div>
      </div>
    </section>
  );
}
