// @vitest-environment node
import { describe, it, expect } from 'vitest';
import {
  decide,
  normalizeHandle,
  type GuardAccountRole,
  type GuardInput,
  type WorkMode,
} from '../../../lib/guard/decide';
import type { GuardReason } from '../../../lib/records';
import { setLanguage } from '../../../lib/i18n';
import '../../../lib/i18n/all';

const ROLES: GuardAccountRole[] = ['brand', 'personal', 'unregistered', 'unknown'];
const MODES: (WorkMode | null)[] = ['brand', 'personal', null];
const TEMPLATE = { id: 'tpl-ship', title: 'Shipping delays' };

interface Case {
  role: GuardAccountRole;
  mode: WorkMode | null;
  template: boolean;
  strict: boolean;
  changed: boolean;
}

function inputFor(k: Case): GuardInput {
  // An 'unknown' role means the active account could not be read.
  const handle = k.role === 'unknown' ? null : 'jane';
  return {
    site: 'x',
    activeAccount: handle === null ? null : { handle },
    accountRole: k.role,
    workMode: k.mode,
    brandOnlyTemplate: k.template ? TEMPLATE : null,
    strictMode: k.strict,
    accountAtDraftStart: k.changed ? 'acme' : '@Jane',
  };
}

/** Independent statement of the rules. */
function expected(k: Case): GuardReason[] {
  const out: GuardReason[] = [];
  const isBrand = k.role === 'brand';
  const isPersonal = k.role === 'personal';
  if (k.template && !isBrand) out.push('brand-template-on-non-brand');
  // Working as brand, only a registered brand account passes (strict mode names the unverified ones itself).
  const unverified = k.role === 'unregistered' || k.role === 'unknown';
  if ((k.mode === 'brand' && (isPersonal || (unverified && !k.strict))) || (k.mode === 'personal' && isBrand))
    out.push('work-mode-mismatch');
  // A change is only observable when the active handle is known.
  if (k.changed && k.role !== 'unknown') out.push('account-changed');
  if (k.strict && k.role === 'unknown') out.push('unknown-account-strict');
  if (k.strict && k.role === 'unregistered') out.push('unregistered-account-strict');
  return out;
}

const cases: Case[] = [];
for (const role of ROLES)
  for (const mode of MODES)
    for (const template of [false, true])
      for (const strict of [false, true])
        for (const changed of [false, true]) cases.push({ role, mode, template, strict, changed });

describe('decide — full matrix', () => {
  it('covers all 96 combinations', () => {
    expect(cases).toHaveLength(96);
  });

  it.each(
    cases.map(
      (k) => [`${k.role}/${k.mode ?? 'none'}/tpl=${k.template}/strict=${k.strict}/changed=${k.changed}`, k] as const,
    ),
  )('%s', (_name, k) => {
    const res = decide(inputFor(k));
    const want = expected(k);
    expect(res.reasons).toEqual(want);
    expect(res.hold).toBe(want.length > 0);
    if (want.length === 0) {
      expect(res.message).toBe('');
    } else {
      // Identity sentence + one sentence per reason.
      const sentences = res.message.match(/[^.]+\.(?=\s|$)/g) ?? [];
      expect(sentences).toHaveLength(want.length + 1);
    }
  });
});

describe('decide — messages', () => {
  it('names the account, role and template', () => {
    const r = decide({
      site: 'x',
      activeAccount: { handle: 'jane' },
      accountRole: 'personal',
      workMode: null,
      brandOnlyTemplate: TEMPLATE,
      strictMode: false,
      accountAtDraftStart: 'jane',
    });
    expect(r).toEqual({
      hold: true,
      reasons: ['brand-template-on-non-brand'],
      message: "You are logged in as @jane (personal). This reply uses the brand template 'Shipping delays'.",
    });
  });

  it('explains a work-mode mismatch and an account change together', () => {
    const r = decide({
      site: 'instagram',
      activeAccount: { handle: '@acme' },
      accountRole: 'brand',
      workMode: 'personal',
      strictMode: false,
      accountAtDraftStart: 'jane.doe',
    });
    expect(r.message).toBe(
      'You are logged in as @acme (brand). Your work mode is personal, but this is a brand account. ' +
        'You started this reply as @jane.doe, but the active account is now @acme.',
    );
  });

  it('explains strict-mode holds', () => {
    expect(
      decide({ site: 'tiktok', activeAccount: null, accountRole: 'unknown', workMode: 'brand', strictMode: true })
        .message,
    ).toBe(
      "Riposte can't tell which TikTok account you are logged in as. Strict mode holds replies when the account cannot be identified.",
    );
    expect(
      decide({
        site: 'x',
        activeAccount: { handle: 'newbie' },
        accountRole: 'unregistered',
        workMode: 'brand',
        strictMode: true,
      }).message,
    ).toBe(
      'You are logged in as @newbie (not registered in Riposte). Strict mode holds replies from accounts not registered in Riposte.',
    );
    expect(
      decide({
        site: 'x',
        activeAccount: { handle: 'jane' },
        accountRole: 'personal',
        workMode: 'brand',
        strictMode: false,
      }).message,
    ).toBe('You are logged in as @jane (personal). Your work mode is brand, but this is a personal account.');
    expect(
      decide({
        site: 'x',
        activeAccount: { handle: 'jane_private' },
        accountRole: 'unregistered',
        workMode: 'brand',
        strictMode: false,
      }).message,
    ).toBe(
      'You are logged in as @jane_private (not registered in Riposte). Your work mode is brand, but this account is not registered in Riposte as a brand account.',
    );
  });
});

describe('decide — edge cases', () => {
  const base: GuardInput = {
    site: 'x',
    activeAccount: { handle: 'Acme' },
    accountRole: 'brand',
    workMode: 'brand',
    strictMode: true,
  };

  it('compares handles case-insensitively and ignores "@"', () => {
    expect(decide({ ...base, accountAtDraftStart: '@acme' }).hold).toBe(false);
    expect(decide({ ...base, accountAtDraftStart: 'ACME ' }).hold).toBe(false);
    expect(normalizeHandle(' @Jane ')).toBe('jane');
  });

  it('does not treat a missing draft-start account or an unreadable active account as a change', () => {
    expect(decide({ ...base, accountAtDraftStart: null }).reasons).toEqual([]);
    expect(decide({ ...base, accountAtDraftStart: '' }).reasons).toEqual([]);
    expect(decide({ ...base, activeAccount: null, accountAtDraftStart: 'acme' }).reasons).toEqual([]);
    expect(decide({ ...base, activeAccount: { handle: '  ' }, accountAtDraftStart: 'acme' }).reasons).toEqual([]);
  });

  it('mentions an unknown role when the handle is known', () => {
    const r = decide({ ...base, accountRole: 'unknown', accountAtDraftStart: 'other' });
    expect(r.reasons).toEqual(['account-changed', 'unknown-account-strict']);
    expect(r.message.startsWith('You are logged in as @Acme (role unknown).')).toBe(true);
  });

  it('speaks the UI language', () => {
    setLanguage('es');
    try {
      const r = decide({
        site: 'x',
        activeAccount: { handle: 'jane' },
        accountRole: 'personal',
        workMode: 'brand',
        brandOnlyTemplate: TEMPLATE,
        strictMode: false,
        accountAtDraftStart: 'jane',
      });
      expect(r.message).toBe(
        "Has iniciado sesión como @jane (personal). Esta respuesta usa la plantilla de marca 'Shipping delays'. " +
          'Tu modo de trabajo es marca, pero esta es una cuenta personal.',
      );
    } finally {
      setLanguage(null);
    }
  });
});
