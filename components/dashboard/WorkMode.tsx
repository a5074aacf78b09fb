import { useEffect, useState } from 'react';
import { send } from '../../lib/runtime/send';
import { SITE_KEYS } from '../../lib/types';
import { t } from '../../lib/i18n';

const NAMES = { x: 'X', instagram: 'Instagram', tiktok: 'TikTok' } as const;

/** Work mode per site ("working as brand / personal"), the same setting the in-page badge sets. */
export function WorkMode() {
  const [settings, setSettings] = useState<Record<string, unknown>>({});
  useEffect(() => {
    void send<Record<string, unknown>>('settings.get', {}).then(setSettings);
  }, []);
  const set = async (site: string, mode: string) => {
    setSettings(await send<Record<string, unknown>>('settings.set', { patch: { [`workMode.${site}`]: mode || null } }));
  };
  return (
    <div className="flex flex-wrap gap-2 text-xs">
      {SITE_KEYS.map((site) => (
        <label key={site} className="flex items-center gap-1">
          {t('popupWorkMode', NAMES[site])}
          <select
            className="rounded border border-slate-300"
            data-testid={`workmode-${site}`}
            value={(settings[`workMode.${site}`] as string | null) ?? ''}
            onChange={(e) => void set(site, e.target.value)}
          >
            <option value="">{t('workMode_off')}</option>
            <option value="brand">{t('workMode_brand')}</option>
            <option value="personal">{t('workMode_personal')}</option>
          </select>
        </label>
      ))}
    </div>
  );
}
