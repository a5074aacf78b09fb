import { useEffect, useMemo, useState } from 'react';
import type { Template, TemplateVariant } from '../../lib/templates/model';
import { parseTemplate, renderTemplate } from '../../lib/templates/render';
import { checkLimit } from '../../lib/templates/length';
import { SITE_KEYS, type SiteKey } from '../../lib/types';
import { t } from '../../lib/i18n';

const SAMPLE = {
  author: 'María José 🌸',
  handle: 'mariajose',
  my_account: 'brandco',
  post_url: 'https://x.com/brandco/status/1',
  locale: 'en',
};

function PlatformBoxes({
  value,
  onChange,
  idPrefix,
}: {
  value: SiteKey[];
  onChange: (v: SiteKey[]) => void;
  idPrefix: string;
}) {
  return (
    <span className="flex gap-3">
      {SITE_KEYS.map((s) => (
        <label key={s} className="flex items-center gap-1" htmlFor={`${idPrefix}-${s}`}>
          <input
            id={`${idPrefix}-${s}`}
            type="checkbox"
            checked={value.includes(s)}
            onChange={(e) => onChange(e.target.checked ? [...value, s] : value.filter((x) => x !== s))}
          />
          {s}
        </label>
      ))}
    </span>
  );
}

/** Live preview per platform: rendered with sample values, with the platform's character count. */
function Preview({ body, platforms }: { body: string; platforms: SiteKey[] }) {
  const sites = platforms.length ? platforms : SITE_KEYS;
  return (
    <div className="space-y-1" data-testid="tpl-preview">
      {sites.map((site) => {
        const r = renderTemplate(body, { ...SAMPLE, platform: site });
        const limit = r.ok ? checkLimit(r.text, site) : null;
        return (
          <div key={site} className="rounded border border-slate-200 p-2 text-sm">
            <div className="text-xs text-slate-600">
              {site}
              {limit && (
                <span
                  className={limit.ok ? 'ml-2' : 'ml-2 font-semibold text-red-800'}
                  data-testid={`tpl-count-${site}`}
                >
                  {limit.length}/{limit.limit}
                </span>
              )}
            </div>
            {r.ok ? (
              <p className="whitespace-pre-wrap">{r.text}</p>
            ) : (
              <p className="text-red-800">{r.errors.map((e) => e.message).join(' ')}</p>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Under each variant: its errors and its count on each platform it is for, so it is fixed before a reply needs it. */
function VariantCheck({ body, platforms, index }: { body: string; platforms: SiteKey[]; index: number }) {
  const sites = platforms.length ? platforms : SITE_KEYS;
  const rendered = sites.map((site) => ({ site, r: renderTemplate(body, { ...SAMPLE, platform: site }) }));
  const first = rendered[0]!.r;
  if (!first.ok) {
    return (
      <p role="alert" className="text-xs text-red-800" data-testid={`var-errors-${index}`}>
        {first.errors.map((e) => e.message).join(' ')}
      </p>
    );
  }
  return (
    <p className="flex gap-3 text-xs text-slate-600">
      {rendered.map(({ site, r }) => {
        const limit = r.ok ? checkLimit(r.text, site) : null;
        return limit ? (
          <span
            key={site}
            className={limit.ok ? '' : 'font-semibold text-red-800'}
            data-testid={`var-count-${index}-${site}`}
          >
            {site} {limit.length}/{limit.limit}
          </span>
        ) : null;
      })}
    </p>
  );
}

export function TemplateEditor({ value, onChange }: { value: Template; onChange: (t: Template) => void }) {
  const errors = useMemo(() => parseTemplate(value.body).errors, [value.body]);
  const set = <K extends keyof Template>(k: K, v: Template[K]) => onChange({ ...value, [k]: v });
  // The tags box keeps what is typed ("order status, " on the way to a second tag); tags are parsed from it.
  const [tagText, setTagText] = useState(value.tags.join(', '));
  useEffect(() => setTagText(value.tags.join(', ')), [value.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const setVariant = (i: number, patch: Partial<TemplateVariant>) =>
    set(
      'variants',
      value.variants.map((v, j) => (j === i ? { ...v, ...patch } : v)),
    );
  const field = 'w-full rounded border border-slate-300 px-2 py-1';
  return (
    <div className="grid grid-cols-2 gap-4">
      <div className="space-y-2 text-sm">
        <label className="block">
          {t('tplTitle')}
          <input
            className={field}
            data-testid="tpl-title"
            value={value.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </label>
        <label className="block">
          {t('tplBody')}
          <textarea
            className={`${field} h-28`}
            data-testid="tpl-body"
            value={value.body}
            onChange={(e) => set('body', e.target.value)}
          />
        </label>
        <p className="text-xs text-slate-600">{t('tplVariables')}</p>
        {errors.length > 0 && (
          <ul role="alert" className="text-xs text-red-800" data-testid="tpl-errors">
            {errors.map((e) => (
              <li key={`${e.index}-${e.kind}`}>{e.message}</li>
            ))}
          </ul>
        )}
        <label className="block">
          {t('tplTags')}
          <input
            className={field}
            data-testid="tpl-tags"
            value={tagText}
            onChange={(e) => {
              setTagText(e.target.value);
              set('tags', [
                ...new Set(
                  e.target.value
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean),
                ),
              ]);
            }}
          />
        </label>
        <fieldset>
          <legend>{t('tplPlatforms')}</legend>
          <PlatformBoxes idPrefix="tpl-platform" value={value.platforms} onChange={(v) => set('platforms', v)} />
        </fieldset>
        <div className="flex gap-2">
          <label className="block flex-1">
            {t('tplLanguage')}
            <input
              className={field}
              data-testid="tpl-language"
              value={value.language}
              onChange={(e) => set('language', e.target.value.trim())}
            />
          </label>
          <label className="block flex-1">
            {t('tplAbbreviation')}
            <input
              className={field}
              data-testid="tpl-abbreviation"
              value={value.abbreviation ?? ''}
              onChange={(e) => onChange({ ...value, abbreviation: e.target.value.trim() || undefined })}
            />
          </label>
        </div>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            data-testid="tpl-brand-only"
            checked={value.brandOnly}
            onChange={(e) => set('brandOnly', e.target.checked)}
          />
          {t('tplBrandOnly')}
        </label>
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t('tplVariants')}</legend>
          {value.variants.map((v, i) => (
            <div key={v.id} className="space-y-1 rounded border border-slate-200 p-2">
              <PlatformBoxes
                idPrefix={`var-${v.id}`}
                value={v.platforms}
                onChange={(p) => setVariant(i, { platforms: p })}
              />
              <input
                className={field}
                aria-label={t('tplLanguage')}
                placeholder={t('tplLanguage')}
                value={v.language}
                onChange={(e) => setVariant(i, { language: e.target.value.trim() })}
              />
              <textarea
                className={`${field} h-16`}
                aria-label={t('tplBody')}
                value={v.body}
                onChange={(e) => setVariant(i, { body: e.target.value })}
              />
              <VariantCheck body={v.body} platforms={v.platforms.length ? v.platforms : value.platforms} index={i} />
              <button
                type="button"
                className="text-xs text-red-800 underline"
                onClick={() =>
                  set(
                    'variants',
                    value.variants.filter((_, j) => j !== i),
                  )
                }
              >
                {t('tplRemoveVariant')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="rounded border border-slate-400 px-2 text-xs"
            onClick={() =>
              set('variants', [
                ...value.variants,
                { id: crypto.randomUUID(), platforms: [], language: '', body: value.body },
              ])
            }
          >
            {t('tplAddVariant')}
          </button>
        </fieldset>
      </div>
      <div>
        <h3 className="text-sm font-semibold">{t('tplPreview')}</h3>
        <Preview body={value.body} platforms={value.platforms} />
      </div>
    </div>
  );
}
