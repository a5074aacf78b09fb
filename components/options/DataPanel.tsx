import { useState } from 'react';
import { getDb } from '../../storage/db';
import { exportBackup, parseBackup, restoreBackup, type RestoreMode } from '../../storage/backup';
import { send } from '../../lib/runtime/send';
import { t } from '../../lib/i18n';
import { downloadText } from './download';

/**
 * Backup, restore and "delete everything". Backups go straight through the extension's own
 * database (this page is in the extension's origin): runtime messages are capped far below the
 * size a year of data can reach.
 */
export function DataPanel() {
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [status, setStatus] = useState<{ text: string; details?: string[] } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const onExport = async () => {
    const json = await exportBackup(getDb());
    downloadText(`riposte-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', json);
    setStatus({ text: t('dataExported') });
  };
  const onImport = async (file: File) => {
    const parsed = parseBackup(await file.arrayBuffer());
    if (!parsed.ok) {
      setStatus({ text: t('dataImportFailed'), details: parsed.errors });
      return;
    }
    try {
      const summary = await restoreBackup(getDb(), parsed.data, mode);
      await send('settings.set', { patch: {} }); // tells open tabs to re-read
      setStatus({ text: t('dataRestored'), details: Object.entries(summary).map(([k, v]) => `${k}: ${v}`) });
    } catch (err) {
      setStatus({ text: t('dataImportFailed'), details: [String((err as Error).message)] });
    }
  };
  const onDelete = async () => {
    await send('data.deleteAll', { confirm: true });
    setConfirming(false);
    setStatus({ text: t('dataDeleted') });
  };
  return (
    <section className="max-w-2xl space-y-3 text-sm" aria-label={t('tabData')}>
      <p>{t('dataIntro')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="rounded bg-blue-700 px-3 py-1 text-white"
          onClick={() => void onExport()}
          data-testid="backup-export"
        >
          {t('dataExport')}
        </button>
        <label className="rounded border border-slate-400 px-2 py-1">
          {t('dataImport')}
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            data-testid="backup-import"
            onChange={(e) => e.target.files?.[0] && void onImport(e.target.files[0])}
          />
        </label>
        <label>
          {t('dataMode')}{' '}
          <select
            value={mode}
            onChange={(e) => setMode(e.target.value as RestoreMode)}
            className="rounded border border-slate-300"
            data-testid="backup-mode"
          >
            <option value="merge">{t('dataModeMerge')}</option>
            <option value="replace">{t('dataModeReplace')}</option>
          </select>
        </label>
      </div>
      <div className="rounded border border-red-300 p-3">
        {!confirming ? (
          <button
            type="button"
            className="rounded border border-red-700 px-3 py-1 text-red-800"
            onClick={() => setConfirming(true)}
            data-testid="delete-all"
          >
            {t('dataDeleteAll')}
          </button>
        ) : (
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold text-red-800">{t('dataDeleteConfirm')}</span>
            <button
              type="button"
              className="rounded bg-red-700 px-3 py-1 text-white"
              onClick={() => void onDelete()}
              data-testid="delete-all-confirm"
            >
              {t('dataDeleteYes')}
            </button>
            <button
              type="button"
              className="rounded border border-slate-400 px-3 py-1"
              onClick={() => setConfirming(false)}
            >
              {t('guardCancel')}
            </button>
          </p>
        )}
      </div>
      {status && (
        <div role="status" className="rounded border border-slate-300 bg-slate-50 p-2" data-testid="data-status">
          {status.text}
          {status.details && (
            <ul className="mt-1 list-disc pl-5 text-xs">
              {status.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
