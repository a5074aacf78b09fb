import { useState } from 'react';
import { send } from '../../lib/runtime/send';
import { t } from '../../lib/i18n';
import { downloadText as download } from '../options/download';

const dayInput = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function ExportPanel() {
  const [from, setFrom] = useState(dayInput(Date.now() - 6 * 86_400_000));
  const [to, setTo] = useState(dayInput(Date.now()));
  const [status, setStatus] = useState('');
  const run = async (format: 'csv' | 'json') => {
    const start = new Date(`${from}T00:00:00`).getTime();
    const end = new Date(`${to}T23:59:59.999`).getTime();
    try {
      const r = await send<{ filename: string; mime: string; content: string; rows: number }>('export.range', {
        from: start,
        to: end,
        format,
      });
      download(r.filename, r.mime, r.content);
      setStatus(t('exportDone', r.rows));
    } catch (err) {
      setStatus(String((err as Error).message));
    }
  };
  return (
    <section aria-labelledby="export-h" className="text-xs">
      <h2 id="export-h" className="text-sm font-semibold">
        {t('exportTitle')}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <label>
          {t('exportFrom')}{' '}
          <input
            type="date"
            data-testid="export-from"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            className="rounded border border-slate-300"
          />
        </label>
        <label>
          {t('exportTo')}{' '}
          <input
            type="date"
            data-testid="export-to"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            className="rounded border border-slate-300"
          />
        </label>
        <button
          type="button"
          data-testid="export-csv"
          className="rounded border border-slate-400 px-2"
          onClick={() => void run('csv')}
        >
          {t('exportCsv')}
        </button>
        <button
          type="button"
          data-testid="export-json"
          className="rounded border border-slate-400 px-2"
          onClick={() => void run('json')}
        >
          {t('exportJson')}
        </button>
      </div>
      <p role="status" data-testid="export-status">
        {status}
      </p>
    </section>
  );
}
