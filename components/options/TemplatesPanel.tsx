import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../lib/runtime/send';
import { templateSchema, createTemplate, normalizeAbbreviation, type Template } from '../../lib/templates/model';
import { createTemplateIndex } from '../../lib/templates/search';
import { exportCsv, exportJson, parseImport, type ImportKind } from '../../lib/templates/io';
import { planImport, type ImportMode } from '../../lib/templates/plan';
import { createStarterTemplates } from '../../lib/templates/starter';
import { zodIssuesToErrors } from '../../lib/templates/validation';
import { t } from '../../lib/i18n';
import { TemplateEditor } from './TemplateEditor';
import { downloadText } from './download';

async function loadTemplates(): Promise<Template[]> {
  const rows = await send<unknown[]>('templates.list', {});
  return rows.flatMap((r) => {
    const p = templateSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

const save = (templates: Template[]) =>
  send('templates.save', { templates: templates as unknown as Record<string, unknown>[] });

export function TemplatesPanel() {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<Template | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<{ text: string; details?: string[]; undo?: () => void } | null>(null);
  const [mode, setMode] = useState<ImportMode>('skip');

  const reload = async () => setTemplates(await loadTemplates());
  useEffect(() => {
    void reload();
    // Changes made elsewhere (the starter library seeded on install, another window, a restore).
    const onMessage = (msg: unknown) => {
      if ((msg as { riposteChanged?: boolean } | null)?.riposteChanged) void reload();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  const index = useMemo(() => createTemplateIndex(templates), [templates]);
  const shown = useMemo(() => index.search(query, { limit: 500 }).map((r) => r.template), [index, query]);

  const select = (tpl: Template) => {
    setSelected(tpl.id);
    setDraft(tpl);
  };
  const create = (base?: Template) => {
    const now = Date.now();
    const tpl = base
      ? {
          ...base,
          id: crypto.randomUUID(),
          title: `${base.title} (copy)`,
          abbreviation: undefined,
          usageCount: 0,
          lastUsedAt: undefined,
          createdAt: now,
          updatedAt: now,
        }
      : createTemplate({ id: crypto.randomUUID(), title: t('tplNew'), body: '', now });
    setSelected(tpl.id);
    setDraft(tpl);
  };
  const onSave = async () => {
    if (!draft) return;
    const candidate = { ...draft, updatedAt: Date.now() };
    const parsed = templateSchema.safeParse(candidate);
    if (!parsed.success) {
      setStatus({
        text: t('tplInvalid'),
        details: zodIssuesToErrors(parsed.error.issues, candidate, '').map((e) => e.message),
      });
      return;
    }
    // One abbreviation, one template: ";ship" must not expand to whichever was used last.
    const abbr = parsed.data.abbreviation ? normalizeAbbreviation(parsed.data.abbreviation) : '';
    const clash = abbr
      ? templates.find(
          (o) => o.id !== parsed.data.id && o.abbreviation && normalizeAbbreviation(o.abbreviation) === abbr,
        )
      : undefined;
    const inner = abbr.slice(1).includes(';');
    if (clash || inner) {
      setStatus({
        text: t('tplInvalid'),
        details: [clash ? t('tplAbbrTaken', parsed.data.abbreviation ?? '', clash.title) : t('tplAbbrSemicolon')],
      });
      return;
    }
    await save([parsed.data]);
    await reload();
    setStatus({ text: t('tplSaved') });
  };
  const onDelete = async (tpl: Template) => {
    await send('templates.delete', { ids: [tpl.id] });
    await reload();
    setSelected(null);
    setDraft(null);
    setStatus({
      text: t('tplDeleted', tpl.title),
      undo: async () => {
        await save([tpl]);
        await reload();
        setStatus(null);
      },
    });
  };
  const onImport = async (file: File) => {
    const kind: ImportKind = /\.csv$/i.test(file.name) ? 'csv' : 'json';
    const result = parseImport(new Uint8Array(await file.arrayBuffer()), kind);
    if (!result.ok) {
      setStatus({
        text: t('tplImportFailed'),
        details: result.errors.map((e) =>
          [e.line ? `line ${e.line}` : '', e.field, e.message].filter(Boolean).join(': '),
        ),
      });
      return;
    }
    const plan = planImport(templates, result.templates, mode);
    // One message, one transaction: all of it lands or none of it does.
    await save([...plan.toAdd, ...plan.toUpdate]);
    await reload();
    setStatus({
      text: t('tplImportDone', plan.toAdd.length, plan.toUpdate.length, plan.skipped.length),
      details: plan.conflicts.length
        ? [t('tplImportConflicts', plan.conflicts.length), ...plan.conflicts.map((c) => c.message)]
        : undefined,
    });
  };
  const onStarter = async () => {
    const plan = planImport(templates, createStarterTemplates(Date.now()), 'skip');
    await save(plan.toAdd);
    await reload();
    setStatus({ text: t('tplImportDone', plan.toAdd.length, 0, plan.skipped.length) });
  };

  return (
    <section className="space-y-3" aria-label={t('tabTemplates')}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <input
          type="search"
          aria-label={t('tplSearch')}
          placeholder={t('tplSearch')}
          className="rounded border border-slate-300 px-2 py-1"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="tpl-search"
        />
        <button
          type="button"
          className="rounded bg-blue-700 px-3 py-1 text-white"
          onClick={() => create()}
          data-testid="tpl-new"
        >
          {t('tplNew')}
        </button>
        <label className="rounded border border-slate-400 px-2 py-1">
          {t('tplImport')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            className="sr-only"
            data-testid="tpl-import"
            onChange={(e) => e.target.files?.[0] && void onImport(e.target.files[0])}
          />
        </label>
        <label>
          {t('tplImportMode')}{' '}
          <select
            value={mode}
            onChange={(e) => setMode(e.target.value as ImportMode)}
            className="rounded border border-slate-300"
            data-testid="tpl-import-mode"
          >
            <option value="skip">{t('tplImportSkip')}</option>
            <option value="merge">{t('tplImportMerge')}</option>
          </select>
        </label>
        <button
          type="button"
          className="rounded border border-slate-400 px-2 py-1"
          onClick={() => downloadText('riposte-templates.json', 'application/json', exportJson(templates))}
        >
          {t('tplExportJson')}
        </button>
        <button
          type="button"
          className="rounded border border-slate-400 px-2 py-1"
          onClick={() => downloadText('riposte-templates.csv', 'text/csv', exportCsv(templates))}
        >
          {t('tplExportCsv')}
        </button>
        <button type="button" className="rounded border border-slate-400 px-2 py-1" onClick={() => void onStarter()}>
          {t('tplStarter')}
        </button>
      </div>
      {status && (
        <div role="status" className="rounded border border-slate-300 bg-slate-50 p-2 text-sm" data-testid="tpl-status">
          {status.text}
          {status.undo && (
            <button type="button" className="ml-2 underline" onClick={() => void status.undo?.()}>
              {t('tplUndo')}
            </button>
          )}
          {status.details && (
            <ul className="mt-1 list-disc pl-5 text-xs">
              {status.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="grid grid-cols-[260px_1fr] gap-4">
        <ul
          className="max-h-[70vh] overflow-auto rounded border border-slate-200"
          data-testid="tpl-list"
          aria-label={t('tabTemplates')}
        >
          {shown.map((tpl) => (
            <li key={tpl.id}>
              <button
                type="button"
                aria-current={tpl.id === selected}
                className={`block w-full px-2 py-1 text-left text-sm ${tpl.id === selected ? 'bg-blue-100' : ''}`}
                onClick={() => select(tpl)}
              >
                <span className="font-medium">{tpl.title}</span>
                <span className="block truncate text-xs text-slate-600">
                  {[tpl.abbreviation, tpl.language, tpl.tags.join(' · '), t('tplUsage', tpl.usageCount)]
                    .filter(Boolean)
                    .join(' — ')}
                </span>
              </button>
            </li>
          ))}
          {!shown.length && <li className="p-2 text-sm text-slate-600">{t('tplEmpty')}</li>}
        </ul>
        {draft && (
          <div className="space-y-3">
            <TemplateEditor value={draft} onChange={setDraft} />
            <div className="flex gap-2">
              <button
                type="button"
                className="rounded bg-blue-700 px-3 py-1 text-sm text-white"
                onClick={() => void onSave()}
                data-testid="tpl-save"
              >
                {t('tplSave')}
              </button>
              <button
                type="button"
                className="rounded border border-slate-400 px-3 py-1 text-sm"
                onClick={() => create(draft)}
              >
                {t('tplDuplicate')}
              </button>
              {templates.some((x) => x.id === draft.id) && (
                <button
                  type="button"
                  className="rounded border border-red-700 px-3 py-1 text-sm text-red-800"
                  onClick={() => void onDelete(draft)}
                  data-testid="tpl-delete"
                >
                  {t('tplDelete')}
                </button>
              )}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
