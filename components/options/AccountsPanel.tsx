import { useEffect, useState } from 'react';
import { send } from '../../lib/runtime/send';
import type { AccountRecord, AccountRole } from '../../lib/records';
import { SITE_KEYS, type SiteKey } from '../../lib/types';
import { t } from '../../lib/i18n';

/** Registers accounts per site as brand or personal; the badge and the guard read these. */
export function AccountsPanel() {
  const [accounts, setAccounts] = useState<AccountRecord[]>([]);
  const [site, setSite] = useState<SiteKey>('x');
  const [handle, setHandle] = useState('');
  const [role, setRole] = useState<AccountRole>('brand');
  useEffect(() => {
    void send<AccountRecord[]>('accounts.list', {}).then(setAccounts);
  }, []);
  const put = async (s: SiteKey, h: string, r: AccountRole | null) => {
    const clean = h.trim().replace(/^@/, '');
    if (!/^[\w.]{1,64}$/.test(clean)) return;
    setAccounts(await send<AccountRecord[]>('accounts.set', { site: s, handle: clean, role: r }));
  };
  return (
    <section className="space-y-3 text-sm" aria-label={t('tabAccounts')}>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void put(site, handle, role).then(() => setHandle(''));
        }}
      >
        <label>
          {t('filterSite')}
          <select
            className="ml-1 rounded border border-slate-300"
            value={site}
            onChange={(e) => setSite(e.target.value as SiteKey)}
            data-testid="acc-site"
          >
            {SITE_KEYS.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          {t('accHandle')}
          <input
            className="ml-1 rounded border border-slate-300 px-2"
            value={handle}
            onChange={(e) => setHandle(e.target.value)}
            data-testid="acc-handle"
          />
        </label>
        <label>
          {t('accRole')}
          <select
            className="ml-1 rounded border border-slate-300"
            value={role}
            onChange={(e) => setRole(e.target.value as AccountRole)}
            data-testid="acc-role"
          >
            <option value="brand">{t('badgeRole_brand')}</option>
            <option value="personal">{t('badgeRole_personal')}</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1 text-white" data-testid="acc-add">
          {t('accAdd')}
        </button>
      </form>
      {!accounts.length && <p className="text-slate-600">{t('accNone')}</p>}
      <table className="w-full" data-testid="acc-list">
        <tbody>
          {accounts.map((a) => (
            <tr key={a.key}>
              <td className="pr-3">{a.site}</td>
              <td className="pr-3 font-medium">@{a.handle}</td>
              <td className="pr-3">
                <select
                  aria-label={t('accRole')}
                  className="rounded border border-slate-300"
                  value={a.role}
                  onChange={(e) => void put(a.site, a.handle, e.target.value as AccountRole)}
                >
                  <option value="brand">{t('badgeRole_brand')}</option>
                  <option value="personal">{t('badgeRole_personal')}</option>
                </select>
              </td>
              <td>
                <button
                  type="button"
                  className="text-red-800 underline"
                  onClick={() => void put(a.site, a.handle, null)}
                >
                  {t('accRemove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
