import {
  summarize,
  summaryWindowStart,
  detectCrises,
  buildExportRows,
  toCsv,
  toJson,
  type CrisisAlert,
} from '../../lib/metrics';
import { browser } from 'wxt/browser';
import { isTimeZone, localDayKey, usableBusinessHours } from '../../lib/metrics';
import type { ParsedRequest } from '../../lib/messaging';
import type { RiposteDb } from '../../storage/db';
import { getSettings } from '../../storage/repositories/misc';
import { getByKeys, listBetween, listSeenOrAnsweredBetween } from '../../storage/repositories/comments';
import { listRepliesBetween } from '../../storage/repositories/replies';
import type { SiteKey } from '../../lib/types';

export function slaFromSettings(settings: Record<string, unknown>): Partial<Record<SiteKey, number>> {
  const out: Partial<Record<SiteKey, number>> = {};
  for (const site of ['x', 'instagram', 'tiktok'] as const) {
    const v = Number(settings[`sla.${site}`]);
    if (Number.isFinite(v) && v > 0) out[site] = v;
  }
  return out;
}

/** The popup's summary: the last 30 days read once, computed in one pass. */
export async function buildSummary(db: RiposteDb, req: ParsedRequest<'summary.get'>) {
  const now = req.now ?? Date.now();
  const settings = await getSettings(db);
  const timeZone = isTimeZone(settings['timeZone']) ? settings['timeZone'] : undefined;
  const from = summaryWindowStart(now, timeZone);
  const [comments, replies, guardEvents, accounts] = await Promise.all([
    listSeenOrAnsweredBetween(db, from, now + 1),
    listRepliesBetween(db, from, now + 1),
    db.guardEvents
      .where('at')
      .between(from, now + 1, true, true)
      .toArray(),
    db.accounts.toArray(),
  ]);
  const businessHours = usableBusinessHours(settings['businessHours']);
  const summary = summarize(
    { comments, replies, guardEvents },
    { now, timeZone, sla: slaFromSettings(settings), businessHours, site: req.site, account: req.account },
  );
  const crises = detectCrises(comments, { now });
  const knownAccounts = [
    ...new Set([...accounts.map((a) => a.handle), ...comments.map((c) => c.seenAs).filter(Boolean)]),
  ] as string[];
  return { summary, crises, accounts: knownAccounts, empty: comments.length === 0 && replies.length === 0 };
}

export async function exportRange(db: RiposteDb, req: ParsedRequest<'export.range'>) {
  const [inRange, replies, settings] = await Promise.all([
    listBetween(db, req.from, req.to),
    listRepliesBetween(db, req.from, req.to),
    getSettings(db),
  ]);
  // A reply in the range to a comment seen before it (an overnight answer) stays linked to its comment.
  const have = new Set(inRange.map((c) => c.key));
  const earlier = await getByKeys(db, [
    ...new Set(replies.map((r) => r.commentKey).filter((k): k is string => k !== undefined && !have.has(k))),
  ]);
  const comments = inRange.concat(earlier);
  const rows = buildExportRows(comments, replies, {
    businessHours: usableBusinessHours(settings['businessHours']),
  });
  // The range's own local days (the popup sends local midnight to 23:59:59.999).
  const name = `riposte-${localDayKey(req.from)}_${localDayKey(req.to)}.${req.format}`;
  return req.format === 'csv'
    ? // A byte-order mark, so spreadsheet apps read the UTF-8 (Cyrillic, accents, emoji) as UTF-8.
      { filename: name, mime: 'text/csv', content: '\ufeff' + toCsv(rows), rows: rows.length }
    : { filename: name, mime: 'application/json', content: toJson(rows), rows: rows.length };
}

/** Crisis watch for one post: its negative comments against its own recent rate. */
export async function postCrisis(db: RiposteDb, site: SiteKey, postId: string, now: number) {
  const since = now - 80 * 60_000;
  const rows = await db.comments
    .where('[site+postId]')
    .equals([site, postId])
    .filter((c) => (c.createdAt ?? c.firstSeenAt) >= since)
    .toArray();
  const alert = detectCrises(rows, { now })[0];
  if (alert) await notifyCrisis(db, alert);
  return alert ? { ratio: alert.ratio, recentNegatives: alert.recentNegatives } : null;
}

const notified = new Map<string, number>();
/** One notification per post per hour, only when the user turned crisis notifications on. */
async function notifyCrisis(db: RiposteDb, alert: CrisisAlert): Promise<void> {
  const key = `${alert.site}:${alert.postId}`;
  if ((notified.get(key) ?? 0) > Date.now() - 3_600_000) return;
  const settings = await getSettings(db);
  if (settings['notify.crisis'] !== true) return;
  notified.set(key, Date.now());
  await browser.notifications?.create(`crisis-${key}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Riposte — crisis watch',
    message: `${alert.recentNegatives} negative comments in 15 minutes on ${alert.site} post ${alert.postId} (${alert.ratio.toFixed(1)}× its usual rate).`,
  });
}
