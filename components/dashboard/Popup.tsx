import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { usePopup, popupStore } from './store';
import { t } from '../../lib/i18n';
import { SITE_KEYS } from '../../lib/types';
import { Glance } from './Glance';
import { Trends } from './Trends';
import { Unanswered } from './Unanswered';
import { ExportPanel } from './ExportPanel';
import { WorkMode } from './WorkMode';

const COUNT_KEYS = ['comments', 'replies', 'templates', 'accounts', 'guardEvents', 'rollups'] as const;

function EmptyState() {
  return (
    <section
      aria-labelledby="empty-h"
      className="rounded-lg border border-blue-200 bg-blue-50 p-3 text-sm"
      data-testid="empty-state"
    >
      <h2 id="empty-h" className="mb-1 font-semibold">
        {t('emptyTitle')}
      </h2>
      <ol className="list-decimal space-y-1 pl-5">
        <li>{t('emptyStep1')}</li>
        <li>{t('emptyStep2')}</li>
        <li>{t('emptyStep3')}</li>
        <li>{t('emptyStep4')}</li>
      </ol>
    </section>
  );
}

export function Popup() {
  const loading = usePopup((s) => s.loading);
  const error = usePopup((s) => s.error);
  const storage = usePopup((s) => s.storage);
  const counts = usePopup((s) => s.counts);
  const diagnostics = usePopup((s) => s.diagnostics);
  const data = usePopup((s) => s.data);
  const site = usePopup((s) => s.site);
  const account = usePopup((s) => s.account);
  useEffect(() => {
    void popupStore.getState().load();
  }, []);
  const version = browser.runtime.getManifest().version;

  return (
    <main className="riposte-root w-[400px] space-y-3 bg-white p-4" aria-busy={loading}>
      <header className="flex items-baseline justify-between">
        <h1 className="text-lg font-bold">{t('popupTitle')}</h1>
        <span className="text-xs text-slate-600" data-testid="version">
          {t('version')} {version}
        </span>
      </header>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
          {error}
        </p>
      )}
      {storage.full && (
        <p role="alert" data-testid="storage-full" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
          {t('storageFullBanner', new Date(storage.full.at).toLocaleString())}
        </p>
      )}
      {storage.emergencyPrune && (
        <p
          role="status"
          data-testid="storage-pruned"
          className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-900"
        >
          {t(
            'storagePrunedBanner',
            new Date(storage.emergencyPrune.at).toLocaleString(),
            storage.emergencyPrune.retentionDays,
            storage.emergencyPrune.pruned,
          )}
        </p>
      )}
      <div className="flex gap-2 text-xs">
        <label className="flex items-center gap-1">
          {t('filterSite')}
          <select
            data-testid="filter-site"
            className="rounded border border-slate-300"
            value={site}
            onChange={(e) => popupStore.getState().setFilter({ site: e.target.value as typeof site })}
          >
            <option value="">{t('allSites')}</option>
            {SITE_KEYS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          {t('filterAccount')}
          <select
            data-testid="filter-account"
            className="rounded border border-slate-300"
            value={account}
            onChange={(e) => popupStore.getState().setFilter({ account: e.target.value })}
          >
            <option value="">{t('allAccounts')}</option>
            {(data?.accounts ?? []).map((a) => (
              <option key={a} value={a}>
                @{a}
              </option>
            ))}
          </select>
        </label>
      </div>
      <WorkMode />
      {data?.empty && <EmptyState />}
      {data && !data.empty && (
        <>
          {data.crises.length > 0 && (
            <section
              role="alert"
              aria-label={t('crisisTitle')}
              data-testid="crisis"
              className="rounded border-2 border-red-700 bg-red-50 p-2 text-sm text-red-900"
            >
              <strong>⚠ {t('crisisTitle')}</strong>
              <ul>
                {data.crises.map((c) => (
                  <li key={`${c.site}:${c.postId}`}>
                    {t('crisisLine', `${c.site} ${c.postId}`, c.recentNegatives, c.ratio.toFixed(1))}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Glance summary={data.summary} />
          <Unanswered summary={data.summary} />
          <Trends summary={data.summary} />
        </>
      )}
      <ExportPanel />
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold">{t('storedRecords')}</summary>
        <dl className="mt-1 grid grid-cols-3 gap-2">
          {COUNT_KEYS.map((k) => (
            <div key={k} className="rounded border border-slate-200 p-2">
              <dt className="text-xs text-slate-600">{t(k)}</dt>
              <dd className="text-base font-semibold" data-testid={`count-${k}`}>
                {counts[k] ?? 0}
              </dd>
            </div>
          ))}
        </dl>
        <ul className="mt-2">
          {SITE_KEYS.map((s) => {
            const problems = diagnostics.filter((d) => d.site === s);
            return (
              <li key={s} data-testid={`site-${s}`} className="flex justify-between py-0.5">
                <span>{s}</span>
                <span className={problems.length ? 'text-amber-800' : 'text-emerald-800'}>
                  {problems.length
                    ? `${t('siteProblems')}: ${problems.map((p) => p.selector).join(', ')}`
                    : t('siteHealthy')}
                </span>
              </li>
            );
          })}
        </ul>
      </details>
      <button
        type="button"
        className="text-sm text-blue-800 underline"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {t('openOptions')}
      </button>
    </main>
  );
}
