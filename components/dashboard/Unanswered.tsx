import { browser } from 'wxt/browser';
import type { Summary, QueueItem } from '../../lib/metrics';
import { t } from '../../lib/i18n';
import { formatDuration } from './format';
import { LABEL_STYLE } from '../inpage/chip';

const STATE_CLS = {
  ok: 'text-blue-900 bg-blue-100',
  approaching: 'text-amber-900 bg-amber-100',
  breached: 'text-red-900 bg-red-100',
};

/** Opens the comment: focuses a tab already showing its post, else opens a new one. */
async function openComment(item: QueueItem): Promise<void> {
  const url = item.permalink || item.postUrl;
  if (!url || !/^https:\/\/(x\.com|www\.instagram\.com|www\.tiktok\.com)\//.test(url)) return;
  const postUrl = item.postUrl?.split('#')[0];
  const tabs = postUrl ? await browser.tabs.query({ url: postUrl }).catch(() => []) : [];
  const tab = tabs[0];
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined)
      await browser.windows?.update(tab.windowId, { focused: true }).catch(() => undefined);
  } else {
    await browser.tabs.create({ url });
  }
}

/** The unanswered queue, negative first then oldest, with SLA states. */
export function Unanswered({ summary }: { summary: Summary }) {
  const q = summary.unanswered;
  return (
    <section aria-labelledby="unanswered-h">
      <h2 id="unanswered-h" className="text-sm font-semibold">
        {t('unanswered')} <span data-testid="unanswered-count">{q.count}</span>
        {q.negative > 0 && <span className="ml-1 text-xs text-red-800">({t('unansweredNegative', q.negative)})</span>}
      </h2>
      {q.count === 0 && <p className="text-sm text-slate-600">{t('unansweredEmpty')}</p>}
      <ul className="divide-y divide-slate-100" data-testid="unanswered-list">
        {q.top.map((item) => (
          <li key={item.key} className="flex items-center gap-2 py-1 text-sm">
            {item.sentiment && (
              <span
                title={t(`label_${item.sentiment}`)}
                aria-label={t(`label_${item.sentiment}`)}
                style={{ color: LABEL_STYLE[item.sentiment].border }}
              >
                {LABEL_STYLE[item.sentiment].icon}
              </span>
            )}
            <span className="min-w-0 flex-1 truncate">
              <strong>@{item.authorHandle}</strong> {item.text}
            </span>
            <span className={`rounded px-1 text-[11px] ${STATE_CLS[item.slaState]}`}>
              {t('waiting', formatDuration(item.ageMs))}
            </span>
            <button type="button" className="text-xs text-blue-800 underline" onClick={() => void openComment(item)}>
              {t('openComment')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
