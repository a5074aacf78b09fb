import { useEffect, useState } from 'react';
import { send } from '../../lib/runtime/send';
import { t } from '../../lib/i18n';
import { TemplatesPanel } from './TemplatesPanel';
import { AccountsPanel } from './AccountsPanel';
import { SettingsPanel } from './SettingsPanel';
import { DataPanel } from './DataPanel';
import { SITE_KEYS } from '../../lib/types';

interface DiagnosticRow {
  key: string;
  site: string;
  selector: string;
  lastSeenAt: number;
  url: string;
  count: number;
}

function DiagnosticsPanel() {
  const [diag, setDiag] = useState<DiagnosticRow[]>([]);
  const [counts, setCounts] = useState<Record<string, number>>({});
  useEffect(() => {
    void send<DiagnosticRow[]>('diagnostics.list', {}).then(setDiag);
    void send<{ counts: Record<string, number> }>('stats.overview', {}).then((o) => setCounts(o.counts));
  }, []);
  return (
    <section className="space-y-2 text-sm" aria-label={t('tabDiagnostics')}>
      <p data-testid="options-counts">
        {Object.entries(counts)
          .map(([k, v]) => `${t(k)}: ${v}`)
          .join(' · ')}
      </p>
      <ul>
        {SITE_KEYS.map((site) => {
          const rows = diag.filter((d) => d.site === site);
          return (
            <li key={site} data-testid={`health-${site}`}>
              <strong>{site}</strong>:{' '}
              {rows.length ? `${t('siteProblems')} — ${rows.map((r) => r.selector).join(', ')}` : t('siteHealthy')}
            </li>
          );
        })}
      </ul>
      <table className="text-sm">
        <thead>
          <tr>
            <th className="pr-4 text-left">{t('filterSite')}</th>
            <th className="pr-4 text-left">{t('selector')}</th>
            <th className="pr-4 text-left">{t('pageUrl')}</th>
            <th className="text-left">{t('lastSeen')}</th>
          </tr>
        </thead>
        <tbody>
          {diag.map((d) => (
            <tr key={d.key}>
              <td className="pr-4">{d.site}</td>
              <td className="pr-4">{d.selector}</td>
              <td className="pr-4">{d.url}</td>
              <td>{new Date(d.lastSeenAt).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const TABS = ['tabTemplates', 'tabAccounts', 'tabSettings', 'tabData', 'tabDiagnostics'] as const;

export function Options() {
  const [tab, setTab] = useState<(typeof TABS)[number]>(() => {
    const h = location.hash.slice(1);
    return (TABS as readonly string[]).includes(h) ? (h as (typeof TABS)[number]) : 'tabTemplates';
  });
  return (
    <main className="riposte-root mx-auto max-w-6xl space-y-4 p-6">
      <h1 className="text-2xl font-bold">{t('optionsTitle')}</h1>
      <nav role="tablist" aria-label={t('optionsTitle')} className="flex gap-2 border-b border-slate-200">
        {TABS.map((k) => (
          <button
            key={k}
            role="tab"
            type="button"
            aria-selected={tab === k}
            data-testid={k}
            className={`px-3 py-1 ${tab === k ? 'border-b-2 border-blue-700 font-semibold' : ''}`}
            onClick={() => {
              setTab(k);
              history.replaceState(null, '', `#${k}`);
            }}
          >
            {t(k)}
          </button>
        ))}
      </nav>
      <div role="tabpanel">
        {tab === 'tabTemplates' && <TemplatesPanel />}
        {tab === 'tabAccounts' && <AccountsPanel />}
        {tab === 'tabSettings' && <SettingsPanel />}
        {tab === 'tabData' && <DataPanel />}
        {tab === 'tabDiagnostics' && <DiagnosticsPanel />}
      </div>
    </main>
  );
}
