import { useEffect, useState } from 'react';
import { send } from '../../lib/runtime/send';
import { t } from '../../lib/i18n';

interface DiagnosticRow {
  key: string;
  site: string;
  selector: string;
  lastSeenAt: number;
  url: string;
  count: number;
}

export function Options() {
  const [diag, setDiag] = useState<DiagnosticRow[]>([]);
  const [counts, setCounts] = useState<Record<string, number>>({});
  useEffect(() => {
    void send<DiagnosticRow[]>('diagnostics.list', {}).then(setDiag);
    void send<{ counts: Record<string, number> }>('stats.overview', {}).then((o) => setCounts(o.counts));
  }, []);
  return (
    <main className="riposte-root max-w-4xl mx-auto p-6">
      <h1 className="text-2xl font-bold mb-4">{t('optionsTitle')}</h1>
      <section aria-labelledby="diag-h">
        <h2 id="diag-h" className="text-lg font-semibold">
          {t('diagnostics')}
        </h2>
        <p className="text-sm text-slate-700" data-testid="options-counts">
          {Object.entries(counts)
            .map(([k, v]) => `${t(k)}: ${v}`)
            .join(' · ')}
        </p>
        <table className="text-sm mt-2">
          <thead>
            <tr>
              <th className="text-left pr-4">Site</th>
              <th className="text-left pr-4">{t('selector')}</th>
              <th className="text-left">{t('lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {diag.map((d) => (
              <tr key={d.key}>
                <td className="pr-4">{d.site}</td>
                <td className="pr-4">{d.selector}</td>
                <td>{new Date(d.lastSeenAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
