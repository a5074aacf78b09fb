import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { usePopup, popupStore } from './store';
import { t } from '../../lib/i18n';
import { SITE_KEYS } from '../../lib/types';

const COUNT_KEYS = ['comments', 'replies', 'templates', 'accounts', 'guardEvents', 'rollups'] as const;

export function Popup() {
  const loading = usePopup((s) => s.loading);
  const error = usePopup((s) => s.error);
  const counts = usePopup((s) => s.counts);
  const diagnostics = usePopup((s) => s.diagnostics);
  useEffect(() => {
    void popupStore.getState().load();
  }, []);
  const version = browser.runtime.getManifest().version;

  return (
    <main className="riposte-root w-[380px] p-4 bg-white">
      <header className="flex items-baseline justify-between mb-3">
        <h1 className="text-lg font-bold">{t('popupTitle')}</h1>
        <span className="text-xs text-slate-600" data-testid="version">
          {t('version')} {version}
        </span>
      </header>
      {error && (
        <p role="alert" className="text-red-800 bg-red-50 border border-red-300 rounded p-2 mb-2">
          {error}
        </p>
      )}
      <section aria-labelledby="counts-h">
        <h2 id="counts-h" className="font-semibold text-sm mb-1">
          {t('storedRecords')}
        </h2>
        <dl className="grid grid-cols-3 gap-2" aria-busy={loading}>
          {COUNT_KEYS.map((k) => (
            <div key={k} className="rounded border border-slate-200 p-2">
              <dt className="text-xs text-slate-600">{t(k)}</dt>
              <dd className="text-base font-semibold" data-testid={`count-${k}`}>
                {counts[k] ?? 0}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="sites-h" className="mt-3">
        <h2 id="sites-h" className="font-semibold text-sm mb-1">
          {t('sites')}
        </h2>
        <ul>
          {SITE_KEYS.map((site) => {
            const problems = diagnostics.filter((d) => d.site === site);
            return (
              <li key={site} data-testid={`site-${site}`} className="flex justify-between text-sm py-0.5">
                <span>{site}</span>
                <span className={problems.length ? 'text-amber-800' : 'text-emerald-800'}>
                  {problems.length ? `${t('siteProblems')}: ${problems.map((p) => p.selector).join(', ')}` : t('siteHealthy')}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <button
        type="button"
        className="mt-3 text-sm underline text-blue-800"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {t('openOptions')}
      </button>
    </main>
  );
}
