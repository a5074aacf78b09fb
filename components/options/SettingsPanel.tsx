import { useEffect, useState } from 'react';
import { send } from '../../lib/runtime/send';
import { SITE_KEYS } from '../../lib/types';
import { emptyAdjustments, type UserAdjustments } from '../../lib/sentiment/user';
import { t } from '../../lib/i18n';

type Settings = Record<string, unknown>;
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface BusinessHours {
  days: number[];
  start: string;
  end: string;
  timeZone: string;
}

export function SettingsPanel() {
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void send<Settings>('settings.get', {}).then(setS);
  }, []);
  if (!s) return null;
  const patch = async (p: Settings) => {
    try {
      setS(await send<Settings>('settings.set', { patch: p }));
      setStatus(t('setSaved'));
    } catch (err) {
      // Refused (an unusable value): nothing was saved, and the user is told which field.
      setStatus(t('setNotSaved', String((err as Error)?.message ?? err)));
    }
  };
  const adj = (s['sentiment.adjustments'] as UserAdjustments | undefined) ?? emptyAdjustments();
  const bh = (s['businessHours'] as BusinessHours | null | undefined) ?? null;
  const defaultBh: BusinessHours = {
    days: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '17:00',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  return (
    <section className="max-w-2xl space-y-4 text-sm" aria-label={t('tabSettings')}>
      <fieldset>
        <legend className="font-semibold">{t('setSla')}</legend>
        <div className="flex gap-4">
          {SITE_KEYS.map((site) => (
            <label key={site}>
              {site}{' '}
              <input
                type="number"
                min={1}
                max={10080}
                className="w-20 rounded border border-slate-300 px-1"
                data-testid={`sla-${site}`}
                defaultValue={Number(s[`sla.${site}`] ?? 60)}
                onBlur={(e) => {
                  const v = Number(e.target.value);
                  if (Number.isFinite(v) && v >= 1) void patch({ [`sla.${site}`]: v });
                }}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={!!bh}
          onChange={(e) => void patch({ businessHours: e.target.checked ? defaultBh : null })}
          data-testid="bh-enabled"
        />
        {t('setBusinessHours')}
      </label>
      {bh && (
        <fieldset className="flex flex-wrap gap-3 pl-6">
          <legend className="sr-only">{t('setBusinessHours')}</legend>
          <span>
            {t('setDays')}:{' '}
            {DAY_NAMES.map((d, i) => (
              <label key={d} className="mr-1">
                <input
                  type="checkbox"
                  checked={bh.days.includes(i)}
                  onChange={(e) =>
                    void patch({
                      businessHours: {
                        ...bh,
                        days: e.target.checked ? [...bh.days, i].sort() : bh.days.filter((x) => x !== i),
                      },
                    })
                  }
                />
                {d}
              </label>
            ))}
          </span>
          <label>
            {t('setStart')}{' '}
            <input
              type="time"
              value={bh.start}
              onChange={(e) => void patch({ businessHours: { ...bh, start: e.target.value } })}
            />
          </label>
          <label>
            {t('setEnd')}{' '}
            <input
              type="time"
              value={bh.end}
              onChange={(e) => void patch({ businessHours: { ...bh, end: e.target.value } })}
            />
          </label>
          <label>
            {t('setTimeZone')}{' '}
            <input
              className="rounded border border-slate-300 px-1"
              defaultValue={bh.timeZone}
              onBlur={(e) => void patch({ businessHours: { ...bh, timeZone: e.target.value.trim() } })}
            />
          </label>
        </fieldset>
      )}
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={s['guard.strict'] === true}
          onChange={(e) => void patch({ 'guard.strict': e.target.checked })}
          data-testid="strict"
        />
        {t('setStrict')}
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={s['nav.enabled'] !== false}
          onChange={(e) => void patch({ 'nav.enabled': e.target.checked })}
          data-testid="nav-enabled"
        />
        {t('setNav')}
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={typeof s['notify.dailyAt'] === 'string'}
          onChange={(e) => void patch({ 'notify.dailyAt': e.target.checked ? '18:00' : null })}
          data-testid="notify-enabled"
        />
        {t('setNotify')}
        {typeof s['notify.dailyAt'] === 'string' && (
          <input
            type="time"
            value={s['notify.dailyAt'] as string}
            onChange={(e) => void patch({ 'notify.dailyAt': e.target.value })}
          />
        )}
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={s['notify.crisis'] === true}
          onChange={(e) => void patch({ 'notify.crisis': e.target.checked })}
          data-testid="notify-crisis"
        />
        {t('setNotifyCrisis')}
      </label>
      <label className="block">
        {t('setRetention')}{' '}
        <input
          type="number"
          min={7}
          max={3650}
          className="w-24 rounded border border-slate-300 px-1"
          defaultValue={Number(s['retention.days'] ?? 90)}
          onBlur={(e) => {
            const v = Number(e.target.value);
            if (Number.isFinite(v) && v >= 7) void patch({ 'retention.days': v });
          }}
        />
      </label>
      <label className="block">
        {t('setBrandTerms')}
        <textarea
          className="mt-1 h-24 w-full rounded border border-slate-300 px-2 py-1"
          data-testid="brand-terms"
          defaultValue={adj.brandTerms.join('\n')}
          onBlur={(e) => {
            const terms = [
              ...new Set(
                e.target.value
                  .split('\n')
                  .map((x) => x.trim())
                  .filter((x) => x && x.length <= 100),
              ),
            ].slice(0, 500);
            void patch({ 'sentiment.adjustments': { ...adj, brandTerms: terms } });
          }}
        />
      </label>
      <button
        type="button"
        className="rounded border border-slate-400 px-2 py-1"
        onClick={() => void patch({ 'sentiment.adjustments': { ...emptyAdjustments(), brandTerms: adj.brandTerms } })}
      >
        {t('setReset')}
      </button>
      <p role="status" className="text-emerald-800">
        {status}
      </p>
    </section>
  );
}
