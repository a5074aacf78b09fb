import { describe, it, expect, beforeEach } from 'vitest';
import { route } from '../../entrypoints/background/router';
import { coreHandlers } from '../../entrypoints/background/handlers';
import { openDb, type RiposteDb } from '../../storage/db';
import { resetStorageHealth } from '../../entrypoints/background/storage-health';

let db: RiposteDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`router-${n++}`);
  await db.open();
});
const ext = 'chrome-extension://abc';
const handlers = coreHandlers as Parameters<typeof route>[2];
const call = (message: unknown, url: string, tabUrl?: string) =>
  route(message, { url, tabUrl, extensionOrigin: ext }, handlers, { db, now: () => 42 });

const seen = (site = 'x') => ({
  riposte: 1,
  type: 'comments.seen',
  payload: {
    site,
    postId: '1',
    seenAt: 1,
    comments: [
      {
        commentId: 'c1',
        authorHandle: 'a',
        text: '<img src=x onerror=alert(1)>',
        createdAtPrecision: 'exact',
        isReply: false,
      },
    ],
  },
});

describe('background message boundary', () => {
  it('accepts a valid message from a content script on the site it claims', async () => {
    const r = await call(seen('x'), 'https://x.com/a/status/1', 'https://x.com/a/status/1');
    expect(r).toEqual({ ok: true, data: { added: 1, updated: 0, answered: [], crisis: null } });
    expect((await db.comments.get('x:c1'))!.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects a page claiming to be another site', async () => {
    const r = await call(seen('tiktok'), 'https://x.com/a', 'https://x.com/a');
    expect(r).toEqual({ ok: false, error: 'site does not match sender' });
  });

  it('rejects senders outside the three sites', async () => {
    const r = await call(seen('x'), 'https://evil.example/x.com', 'https://evil.example/');
    expect(r.ok).toBe(false);
    const r2 = await call(seen('x'), 'http://x.com/', 'http://x.com/');
    expect(r2.ok).toBe(false);
  });

  it('keeps extension-only messages away from pages', async () => {
    const r = await call(
      { riposte: 1, type: 'templates.delete', payload: { ids: ['a'] } },
      'https://x.com/',
      'https://x.com/',
    );
    expect(r).toEqual({ ok: false, error: 'templates.delete is not allowed from a page' });
    const ok = await call({ riposte: 1, type: 'templates.delete', payload: { ids: ['a'] } }, `${ext}/options.html`);
    expect(ok.ok).toBe(true);
  });

  it('names the field of an invalid payload', async () => {
    const bad = seen('x');
    (bad.payload.comments[0] as Record<string, unknown>).isReply = 'yes';
    const r = await call(bad, 'https://x.com/', 'https://x.com/');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^comments\.seen: comments\.0\.isReply: /);
  });

  it('ignores foreign messages and unknown types', async () => {
    expect((await call({ hello: 1 }, `${ext}/popup.html`)).ok).toBe(false);
    expect(await call({ riposte: 1, type: 'nope', payload: {} }, `${ext}/popup.html`)).toEqual({
      ok: false,
      error: 'unknown message type: nope',
    });
  });

  it("keeps every site's figures away from pages: summary.get and stats.overview are the popup's", async () => {
    for (const type of ['summary.get', 'stats.overview']) {
      const r = await call({ riposte: 1, type, payload: {} }, 'https://x.com/home', 'https://x.com/home');
      expect(r).toEqual({ ok: false, error: `${type} is not allowed from a page` });
    }
    expect((await call({ riposte: 1, type: 'summary.get', payload: {} }, `${ext}/popup.html`)).ok).toBe(true);
  });

  it('lets a page write only its own work mode, badge place and sentiment corrections', async () => {
    const set = (patch: Record<string, unknown>, url = 'https://x.com/home') =>
      call({ riposte: 1, type: 'settings.set', payload: { patch } }, url, url);
    expect((await set({ 'workMode.x': 'brand', 'badge.pos.x': { right: 20, bottom: 40 } })).ok).toBe(true);
    const badPlace = await set({ 'badge.pos.x': { right: 'far', bottom: 40 } });
    expect(!badPlace.ok && badPlace.error).toMatch(/badge\.pos\.x: /);
    const other = await set({ 'workMode.instagram': 'brand' });
    expect(other.ok).toBe(false);
    expect(!other.ok && other.error).toMatch(/workMode\.instagram: not writable from a page/);
    const retention = await set({ 'retention.days': 7 });
    expect(!retention.ok && retention.error).toMatch(/retention\.days: not writable from a page/);
    expect((await db.settings.get('retention.days'))?.value).toBeUndefined();
    // The extension's own pages may.
    expect((await set({ 'retention.days': 30 }, `${ext}/options.html`)).ok).toBe(true);
  });

  it('refuses unusable values, naming the field, and writes nothing of the patch', async () => {
    const set = (patch: Record<string, unknown>) =>
      call({ riposte: 1, type: 'settings.set', payload: { patch } }, `${ext}/options.html`);
    const good = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Europe/Amsterdam' };
    for (const [bad, why] of [
      [{ ...good, start: '' }, /businessHours: invalid time ""/],
      [{ ...good, timeZone: 'Europe/Amsterdm' }, /businessHours: unknown time zone "Europe\/Amsterdm"/],
      [{ ...good, days: [] }, /businessHours: no open day/],
    ] as const) {
      const r = await set({ businessHours: bad, 'guard.strict': true });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(why);
    }
    expect(await db.settings.get('guard.strict')).toBeUndefined();
    const sla = await set({ 'sla.x': -5 });
    expect(!sla.ok && sla.error).toMatch(/sla\.x: /);
    expect((await set({ businessHours: good })).ok).toBe(true);
    expect((await set({ businessHours: null })).ok).toBe(true);
  });

  it('a full disk: the early prune and the refused write reach the popup, and the next good write clears it', async () => {
    resetStorageHealth();
    let fail = 2;
    const full = { ...handlers } as Record<string, unknown>;
    full['guard.log'] = async () => {
      if (fail-- > 0) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      return null;
    };
    const log = {
      riposte: 1,
      type: 'guard.log',
      payload: { site: 'x', reasons: [], decision: 'held', at: 1 },
    };
    const page = (h: Record<string, unknown>) =>
      route(log, { url: 'https://x.com/', tabUrl: 'https://x.com/', extensionOrigin: ext }, h as typeof handlers, {
        db,
        now: () => 42,
      });
    const refused = await page(full);
    expect(refused.ok).toBe(false);
    const overview = async () =>
      (
        (await call({ riposte: 1, type: 'stats.overview', payload: {} }, `${ext}/popup.html`)) as {
          data: { storage: unknown };
        }
      ).data.storage;
    expect(await overview()).toMatchObject({
      emergencyPrune: { at: 42, retentionDays: 45 },
      full: { at: 42, message: expect.stringMatching(/^Storage is full/) },
    });
    expect((await page(full)).ok).toBe(true);
    expect(await overview()).not.toHaveProperty('full.at');
  });
});
