/**
 * Account guard: decides whether a reply must be held before it is posted.
 * Pure and allocation-light; called on every submit attempt.
 *
 * Rules (each adds one reason, in this order):
 *  1. brand-template-on-non-brand — a brand-only template is in the reply and the
 *     active account's role is not 'brand'.
 *  2. work-mode-mismatch — work mode 'brand' on a 'personal' account, or work mode
 *     'personal' on a 'brand' account (unregistered/unknown accounts are left to strict mode).
 *  3. account-changed — the handle at draft start and the active handle are both known
 *     and differ (case-insensitive, leading '@' ignored). An unreadable active account is
 *     not evidence of a change.
 *  4. unknown-account-strict — strict mode and the account role is 'unknown'.
 *  5. unregistered-account-strict — strict mode and the account is not registered.
 */
import type { GuardReason } from '../records';
import type { SiteKey } from '../types';
import { t } from '../i18n';

export type GuardAccountRole = 'brand' | 'personal' | 'unregistered' | 'unknown';
export type WorkMode = 'brand' | 'personal';

export interface GuardInput {
  site: SiteKey;
  activeAccount: { handle: string } | null;
  accountRole: GuardAccountRole;
  workMode: WorkMode | null;
  brandOnlyTemplate?: { id: string; title: string } | null;
  strictMode: boolean;
  /** Handle that was active when the user started writing this reply. */
  accountAtDraftStart?: string | null;
}

export interface GuardResult {
  hold: boolean;
  reasons: GuardReason[];
  /** Empty when not held; otherwise who you are, then one sentence per reason. */
  message: string;
}

const SITE_NAMES: Record<SiteKey, string> = { x: 'X', instagram: 'Instagram', tiktok: 'TikTok' };

/** `@Jane ` → `jane`. */
export function normalizeHandle(handle: string | null | undefined): string {
  if (!handle) return '';
  const h = handle.trim();
  return (h.startsWith('@') ? h.slice(1) : h).toLowerCase();
}

function at(handle: string): string {
  const h = handle.trim();
  return h.startsWith('@') ? h : `@${h}`;
}

export function decide(input: GuardInput): GuardResult {
  const reasons: GuardReason[] = [];
  const role = input.accountRole;
  const template = input.brandOnlyTemplate ?? null;
  const active = input.activeAccount && input.activeAccount.handle.trim() ? input.activeAccount.handle : null;

  if (template !== null && role !== 'brand') reasons.push('brand-template-on-non-brand');
  // Working as brand: only a registered brand account may post (an unregistered or unreadable one
  // may well be the personal one; strict mode already holds those with its own reason).
  const unverified = role === 'unregistered' || role === 'unknown';
  if (
    (input.workMode === 'brand' && (role === 'personal' || (unverified && !input.strictMode))) ||
    (input.workMode === 'personal' && role === 'brand')
  ) {
    reasons.push('work-mode-mismatch');
  }
  const startHandle = input.accountAtDraftStart ?? null;
  const changed =
    startHandle !== null &&
    active !== null &&
    normalizeHandle(startHandle) !== '' &&
    normalizeHandle(startHandle) !== normalizeHandle(active);
  if (changed) reasons.push('account-changed');
  if (input.strictMode && role === 'unknown') reasons.push('unknown-account-strict');
  if (input.strictMode && role === 'unregistered') reasons.push('unregistered-account-strict');

  if (reasons.length === 0) return { hold: false, reasons, message: '' };

  const parts: string[] = [
    active !== null
      ? t('guardMsgLoggedIn', at(active), t(`guardRole_${role}`))
      : t('guardMsgUnknown', SITE_NAMES[input.site] ?? input.site),
  ];
  for (const r of reasons) {
    switch (r) {
      case 'brand-template-on-non-brand':
        parts.push(t('guardMsgBrandTemplate', template?.title ?? ''));
        break;
      case 'work-mode-mismatch':
        parts.push(
          t(
            input.workMode === 'personal'
              ? 'guardMsgModePersonal'
              : role === 'personal'
                ? 'guardMsgModeBrand'
                : 'guardMsgModeBrandUnverified',
          ),
        );
        break;
      case 'account-changed':
        parts.push(t('guardMsgChanged', at(startHandle ?? ''), at(active ?? '')));
        break;
      case 'unknown-account-strict':
        parts.push(t('guardMsgStrictUnknown'));
        break;
      case 'unregistered-account-strict':
        parts.push(t('guardMsgStrictUnregistered'));
        break;
    }
  }
  return { hold: true, reasons, message: parts.join(' ') };
}
