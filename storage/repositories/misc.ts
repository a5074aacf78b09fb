import type { AccountRecord, AccountRole, GuardEvent } from '../../lib/records';
import type { SiteKey } from '../../lib/types';
import type { DiagnosticRow, RiposteDb } from '../db';
import type { StoredTemplate } from '../types';

export const accountKey = (site: SiteKey, handle: string) => `${site}:${handle.trim().replace(/^@/, '').toLowerCase()}`;

export async function setAccountRole(
  db: RiposteDb,
  site: SiteKey,
  handle: string,
  role: AccountRole | null,
  label?: string,
): Promise<void> {
  const key = accountKey(site, handle);
  if (role === null) {
    await db.accounts.delete(key);
    return;
  }
  const prev = await db.accounts.get(key);
  const row: AccountRecord = {
    key,
    site,
    handle: handle.trim().replace(/^@/, ''),
    role,
    label: label ?? prev?.label,
    addedAt: prev?.addedAt ?? Date.now(),
  };
  await db.accounts.put(row);
}

export const listAccounts = (db: RiposteDb) => db.accounts.toArray();

/** Logs a guard event once: the same event delivered twice (a retry after a worker restart) is one row. */
export async function logGuardEvent(db: RiposteDb, ev: GuardEvent): Promise<number> {
  return db.transaction('rw', db.guardEvents, async () => {
    const dup = await db.guardEvents
      .where('at')
      .equals(ev.at)
      .filter((e) => e.site === ev.site && e.decision === ev.decision && e.account === ev.account)
      .first();
    if (dup?.id !== undefined) return dup.id;
    const { id: _given, ...row } = ev; // a fresh row: never an id the caller's object carried
    return (await db.guardEvents.add(row as GuardEvent)) as number;
  });
}

export const listTemplates = (db: RiposteDb) => db.templates.toArray();

export async function saveTemplates(db: RiposteDb, rows: StoredTemplate[]): Promise<void> {
  await db.templates.bulkPut(rows);
}

export async function deleteTemplates(db: RiposteDb, ids: string[]): Promise<void> {
  await db.templates.bulkDelete(ids);
}

export async function markTemplateUsed(db: RiposteDb, id: string, at: number): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const t = await db.templates.get(id);
    if (!t) return;
    if (t.lastUsedAt === at) return; // the same use reported twice (a retry after a worker restart)
    const usage = typeof t.usageCount === 'number' ? t.usageCount : 0;
    await db.templates.update(id, { usageCount: usage + 1, lastUsedAt: at });
  });
}

export async function getSettings(db: RiposteDb): Promise<Record<string, unknown>> {
  const rows = await db.settings.toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export async function patchSettings(db: RiposteDb, patch: Record<string, unknown>): Promise<void> {
  await db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
}

export async function reportMissing(
  db: RiposteDb,
  site: SiteKey,
  url: string,
  missing: string[],
  at: number,
): Promise<void> {
  await db.transaction('rw', db.diagnostics, async () => {
    const keys = missing.map((m) => `${site}:${m}`);
    const prev = await db.diagnostics.bulkGet(keys);
    const rows: DiagnosticRow[] = missing.map((selector, i) => ({
      key: keys[i]!,
      site,
      selector,
      url,
      lastSeenAt: at,
      count: (prev[i]?.count ?? 0) + 1,
    }));
    await db.diagnostics.bulkPut(rows);
  });
}

export async function counts(db: RiposteDb): Promise<Record<string, number>> {
  const [comments, replies, templates, accounts, guardEvents, rollups] = await Promise.all([
    db.comments.count(),
    db.replies.count(),
    db.templates.count(),
    db.accounts.count(),
    db.guardEvents.count(),
    db.rollups.count(),
  ]);
  return { comments, replies, templates, accounts, guardEvents, rollups };
}
