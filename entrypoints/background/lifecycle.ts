import { browser } from 'wxt/browser';
import type { RiposteDb } from '../../storage/db';
import { createStarterTemplates } from '../../lib/templates/starter';
import { getSettings } from '../../storage/repositories/misc';
import { buildSummary } from './summary';
import { getRetentionDays, pruneOldTexts } from '../../storage/retention';

/** First install: the starter library, once (a user who deletes it does not get it back). */
export async function seedOnInstall(db: RiposteDb): Promise<void> {
  const settings = await getSettings(db);
  if (settings['starter.seeded']) return;
  await db.transaction('rw', db.templates, db.settings, async () => {
    if ((await db.templates.count()) === 0) await db.templates.bulkPut(createStarterTemplates(Date.now()) as never[]);
    await db.settings.put({ key: 'starter.seeded', value: true });
  });
}

const DAILY = 'daily-summary';

/** Schedules (or clears) the optional daily summary notification at the user's chosen time. */
export async function scheduleDailySummary(db: RiposteDb): Promise<void> {
  if (!browser.alarms) return;
  const at = (await getSettings(db))['notify.dailyAt'];
  await browser.alarms.clear(DAILY);
  if (typeof at !== 'string' || !/^\d\d:\d\d$/.test(at)) return;
  const [h, m] = at.split(':').map(Number) as [number, number];
  const next = new Date();
  next.setHours(h, m, 0, 0);
  if (next.getTime() <= Date.now()) next.setDate(next.getDate() + 1);
  await browser.alarms.create(DAILY, { when: next.getTime(), periodInMinutes: 24 * 60 });
}

const PRUNE = 'retention-prune';

/** Daily: remove raw comment texts older than the retention setting (times and labels stay). */
export async function schedulePrune(): Promise<void> {
  if (!browser.alarms) return;
  if (await browser.alarms.get(PRUNE)) return;
  await browser.alarms.create(PRUNE, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
}

export function listenForAlarms(
  ready: () => Promise<{ ok: true; db: RiposteDb } | { ok: false; error: string }>,
): void {
  browser.alarms?.onAlarm.addListener(async (alarm) => {
    const res = await ready();
    if (!res.ok) return;
    const db = res.db;
    if (alarm.name === PRUNE) {
      await pruneOldTexts(db, { now: Date.now(), retentionDays: await getRetentionDays(db) });
      return;
    }
    if (alarm.name !== DAILY) return;
    const { summary } = await buildSummary(db, {});
    const median = summary.today.frt.median;
    await browser.notifications?.create(DAILY, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Riposte — today',
      message: `${summary.today.replies} replies · median first response ${median === null ? '—' : Math.round(median / 60_000) + ' min'} · ${summary.unanswered.count} unanswered`,
    });
  });
}
