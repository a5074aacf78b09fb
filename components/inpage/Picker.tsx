import { useEffect, useMemo, useRef, useState } from 'react';
import { createTemplateIndex } from '../../lib/templates/search';
import type { Template } from '../../lib/templates/model';
import { renderForSite } from '../../lib/templates/apply';
import type { RenderContext } from '../../lib/templates/render';
import { checkLimit } from '../../lib/templates/length';
import type { SiteKey } from '../../lib/types';
import { t } from '../../lib/i18n';

export interface PickerProps {
  templates: Template[];
  site: SiteKey;
  lang?: string;
  context: RenderContext;
  /** Text already in the composer (counts toward the limit). */
  existing: string;
  anchor: DOMRect | null;
  onPick: (template: Template, text: string, cursorOffset: number, hasCursor: boolean) => void;
  onClose: () => void;
  message?: string | null;
}

/** The quick-reply picker: an accessible dialog with a combobox and a listbox. */
export function Picker({ templates, site, lang, context, existing, anchor, onPick, onClose, message }: PickerProps) {
  const index = useMemo(() => createTemplateIndex(templates), [templates]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(() => index.search(query, { site, limit: 30 }), [index, query, site]);
  useEffect(() => input.current?.focus(), []);

  const renderOne = (tpl: Template) => renderForSite(tpl, { site, lang }, context);
  const current = results[Math.min(active, results.length - 1)]?.template;
  const preview = current ? renderOne(current) : null;
  const limit = preview?.ok ? checkLimit(existing + preview.text, site) : null;

  const choose = (tpl: Template | undefined) => {
    if (!tpl) return;
    const r = renderOne(tpl);
    const blocked = !r.ok || !checkLimit(existing + r.text, site).ok;
    if (blocked) {
      // Highlight it, so the preview says why it cannot go in (an error, or over the limit).
      const at = results.findIndex((x) => x.template === tpl);
      if (at >= 0) setActive(at);
      return;
    }
    onPick(tpl, r.text, r.cursorOffset, r.hasCursor);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, Math.max(0, results.length - 1)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(current);
    } else if (/^[1-9]$/.test(e.key) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      choose(results[Number(e.key) - 1]?.template);
    } else if (e.key === 'Tab') {
      e.preventDefault(); // focus stays in the dialog
    }
  };

  const top = anchor ? Math.max(8, Math.min(anchor.bottom + 6, window.innerHeight - 420)) : 80;
  const left = anchor ? Math.max(8, Math.min(anchor.left, window.innerWidth - 448)) : 80;
  const optionId = (i: number) => `riposte-opt-${i}`;

  return (
    <div
      role="dialog"
      aria-label={t('pickerTitle')}
      data-testid="riposte-picker"
      onKeyDown={onKeyDown}
      style={{ top, left }}
      className="fixed z-[2147483647] w-[440px] max-w-[96vw] rounded-xl border border-slate-300 bg-white shadow-2xl"
    >
      <input
        ref={input}
        role="combobox"
        aria-expanded="true"
        aria-controls="riposte-listbox"
        aria-autocomplete="list"
        aria-activedescendant={results.length ? optionId(Math.min(active, results.length - 1)) : undefined}
        aria-label={t('pickerSearch')}
        placeholder={t('pickerSearch')}
        data-testid="riposte-picker-search"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value.replace(/[1-9]/g, ''));
          setActive(0);
        }}
        className="w-full rounded-t-xl border-b border-slate-200 px-3 py-2 text-sm outline-none"
      />
      <ul id="riposte-listbox" role="listbox" aria-label={t('pickerTitle')} className="max-h-56 overflow-auto py-1">
        {results.map(({ template }, i) => (
          <li
            key={template.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            data-testid="riposte-picker-option"
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(template);
            }}
            className={`flex cursor-pointer items-baseline gap-2 px-3 py-1.5 text-sm ${i === active ? 'bg-blue-100' : ''}`}
          >
            <kbd className="w-4 text-xs text-slate-500">{i < 9 ? i + 1 : ''}</kbd>
            <span className="font-medium">{template.title}</span>
            {template.brandOnly && (
              <span className="rounded bg-blue-700 px-1 text-[10px] text-white">{t('pickerBrandOnly')}</span>
            )}
            <span className="truncate text-xs text-slate-500">{template.tags.join(' · ')}</span>
          </li>
        ))}
        {!results.length && <li className="px-3 py-2 text-sm text-slate-600">{t('pickerEmpty')}</li>}
      </ul>
      <div
        className="border-t border-slate-200 px-3 py-2 text-sm"
        aria-live="polite"
        data-testid="riposte-picker-preview"
      >
        {message && (
          <p role="alert" className="mb-1 text-red-800">
            {message}
          </p>
        )}
        {preview && !preview.ok && (
          <p role="alert" className="text-red-800">
            {preview.errors.map((e) => e.message).join(' ')}
          </p>
        )}
        {preview?.ok && <p className="whitespace-pre-wrap text-slate-900">{preview.text}</p>}
        {limit && (
          <p
            className={`mt-1 text-xs ${limit.ok ? 'text-slate-600' : 'text-red-800'}`}
            data-testid="riposte-picker-count"
          >
            {limit.ok ? t('pickerRemaining', limit.remaining) : t('pickerOver', -limit.remaining, limit.limit)}
          </p>
        )}
        <p className="mt-1 text-[11px] text-slate-500">{t('pickerHint')}</p>
      </div>
    </div>
  );
}
