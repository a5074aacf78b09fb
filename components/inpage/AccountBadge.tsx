import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { PageStore, AccountState, WorkMode } from '../../lib/runtime/page-state';
import { roleOf, workModeOf } from '../../lib/runtime/page-state';
import { t } from '../../lib/i18n';

export const ROLE_LOOK: Record<AccountState, { icon: string; cls: string }> = {
  brand: { icon: '🏢', cls: 'bg-blue-700 text-white border-blue-900' },
  personal: { icon: '👤', cls: 'bg-amber-300 text-amber-950 border-amber-700' },
  unregistered: { icon: '❔', cls: 'bg-slate-200 text-slate-900 border-slate-500' },
  unknown: { icon: '⚠', cls: 'bg-white text-slate-900 border-slate-900 border-dashed' },
};

export interface BadgeProps {
  store: PageStore;
  onMark: (role: 'brand' | 'personal') => void;
  onWorkMode: (mode: WorkMode) => void;
  onMove: (pos: { right: number; bottom: number }) => void;
  siteName: string;
  /** Site controls the badge must never cover (reply boxes, submit buttons). */
  avoid: () => Element[];
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && b.width > 0 && b.height > 0;
}

/** The always-visible account badge: handle + role with colour, icon and text. */
export function AccountBadge({ store, onMark, onWorkMode, onMove, siteName, avoid }: BadgeProps) {
  const handle = useStore(store, (s) => s.activeHandle);
  const role = useStore(store, roleOf);
  const mode = useStore(store, workModeOf);
  const saved = useStore(
    store,
    (s) => s.settings[`badge.pos.${s.site}`] as { right: number; bottom: number } | undefined,
  );
  const [collapsed, setCollapsed] = useState(false);
  const [pos, setPos] = useState(saved ?? { right: 16, bottom: 16 });
  const drag = useRef<{ x: number; y: number; right: number; bottom: number } | null>(null);
  // The saved place usually arrives after the first render (settings come from the background).
  useEffect(() => {
    if (saved && !drag.current) setPos(saved);
  }, [saved?.right, saved?.bottom]); // eslint-disable-line react-hooks/exhaustive-deps
  const look = ROLE_LOOK[role];
  const self = useRef<HTMLElement>(null);
  // Never cover the site's reply box or its submit button: lift the badge above whatever it overlaps.
  const [lift, setLift] = useState(0);
  useEffect(() => {
    const check = () => {
      const el = self.current;
      if (!el || drag.current) return;
      const base = el.getBoundingClientRect();
      const rect = new DOMRect(base.x, base.y + lift, base.width, base.height);
      let needed = 0;
      for (const target of avoid()) {
        const r = target.getBoundingClientRect();
        if (overlaps(rect, r)) needed = Math.max(needed, rect.bottom - r.top + 8);
      }
      if (needed !== lift) setLift(needed);
    };
    const timer = setInterval(check, 1000);
    window.addEventListener('focusin', check, true);
    check();
    return () => {
      clearInterval(timer);
      window.removeEventListener('focusin', check, true);
    };
  }, [avoid, lift]);
  const label = t(`badgeRole_${role}`);

  const onPointerDown = (e: React.PointerEvent) => {
    drag.current = { x: e.clientX, y: e.clientY, ...pos };
    (e.target as HTMLElement).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag.current) return;
    const right = Math.max(0, Math.min(window.innerWidth - 60, drag.current.right - (e.clientX - drag.current.x)));
    const bottom = Math.max(0, Math.min(window.innerHeight - 30, drag.current.bottom - (e.clientY - drag.current.y)));
    setPos({ right, bottom });
  };
  const onPointerUp = () => {
    if (drag.current) onMove(pos);
    drag.current = null;
  };

  return (
    <section
      aria-label={t('badgeAccountOn', siteName)}
      data-testid="riposte-badge"
      data-role={role}
      data-handle={handle ?? ''}
      ref={self}
      style={{ right: pos.right, bottom: pos.bottom + lift }}
      className={`fixed z-[2147483645] flex items-center gap-2 rounded-xl border-2 px-2 py-1 shadow-lg text-[13px] ${look.cls}`}
    >
      <span
        aria-label={t('badgeDrag')}
        title={t('badgeDrag')}
        className="cursor-move select-none px-0.5"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        ⋮⋮
      </span>
      <span aria-hidden="true">{look.icon}</span>
      <strong data-testid="riposte-badge-handle">{handle ? `@${handle.replace(/^@/, '')}` : '—'}</strong>
      <span data-testid="riposte-badge-role">{label}</span>
      {!collapsed && (
        <>
          {(role === 'unregistered' || role === 'brand' || role === 'personal') && handle && (
            <span className="flex gap-1">
              {role !== 'brand' && (
                <button
                  type="button"
                  className="rounded border border-current px-1.5 text-xs"
                  onClick={() => onMark('brand')}
                >
                  {t('badgeMarkBrand')}
                </button>
              )}
              {role !== 'personal' && (
                <button
                  type="button"
                  className="rounded border border-current px-1.5 text-xs"
                  onClick={() => onMark('personal')}
                >
                  {t('badgeMarkPersonal')}
                </button>
              )}
            </span>
          )}
          <label className="flex items-center gap-1 text-xs">
            {t('badgeWorkMode')}
            <select
              data-testid="riposte-workmode"
              className="rounded border border-current bg-white text-slate-900 text-xs"
              value={mode ?? ''}
              onChange={(e) => onWorkMode((e.target.value || null) as WorkMode)}
            >
              <option value="">{t('workMode_off')}</option>
              <option value="brand">{t('workMode_brand')}</option>
              <option value="personal">{t('workMode_personal')}</option>
            </select>
          </label>
        </>
      )}
      <button
        type="button"
        className="rounded px-1 text-xs"
        aria-expanded={!collapsed}
        aria-label={collapsed ? t('badgeExpand') : t('badgeCollapse')}
        onClick={() => setCollapsed(!collapsed)}
      >
        {collapsed ? '▸' : '▾'}
      </button>
    </section>
  );
}
