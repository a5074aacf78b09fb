import type { MessageType, ParsedRequest } from '../../lib/messaging';
import type { RiposteDb } from '../../storage/db';
import { upsertSeen, commentKey, findByAuthorOnPost, setCorrection } from '../../storage/repositories/comments';
import { recordReply } from '../../storage/repositories/replies';
import {
  counts,
  deleteTemplates,
  getSettings,
  listAccounts,
  listTemplates,
  logGuardEvent,
  markTemplateUsed,
  patchSettings,
  reportMissing,
  saveTemplates,
  setAccountRole,
} from '../../storage/repositories/misc';
import type { StoredTemplate } from '../../storage/types';
import type { GuardEvent, GuardReason } from '../../lib/records';
import { buildSummary, exportRange, postCrisis } from './summary';
import { deleteEverything } from '../../storage/backup';
import { getRetentionDays, pruneOldTexts } from '../../storage/retention';
import { storageHealth } from './storage-health';

export interface HandlerContext {
  db: RiposteDb;
  /** 'page' for content scripts on the three sites, 'extension' for our own pages. */
  from: 'page' | 'extension';
  now: () => number;
}

type Handler<T extends MessageType> = (req: ParsedRequest<T>, ctx: HandlerContext) => Promise<unknown>;
type HandlerMap = { [T in MessageType]?: Handler<T> };

/** Messages only the extension's own pages may send (never a content script). */
export const EXTENSION_ONLY: ReadonlySet<MessageType> = new Set<MessageType>([
  'templates.save',
  'templates.delete',
  'export.range',
  'diagnostics.list',
  'data.deleteAll',
  'retention.prune',
  'db.status',
  // Every site's comments, handles and figures: the popup's, never a page's.
  'summary.get',
  'stats.overview',
]);

/** Handlers that write: a full disk triggers an early prune and one retry (withQuotaRecovery). */
export const WRITES: ReadonlySet<MessageType> = new Set<MessageType>([
  'comments.seen',
  'replies.record',
  'guard.log',
  'diagnostics.report',
  'templates.save',
  'templates.used',
  'settings.set',
  'accounts.set',
  'sentiment.correct',
]);

export const coreHandlers: HandlerMap = {
  'page.init': async (req, { db }) => {
    const [accounts, settings, templates] = await Promise.all([listAccounts(db), getSettings(db), listTemplates(db)]);
    return { site: req.site, accounts: accounts.filter((a) => a.site === req.site), settings, templates };
  },
  'comments.seen': async (req, { db, now }) => {
    const result = await upsertSeen(db, req);
    // Crisis watch for this post, only when the batch brought negative comments.
    const crisis = req.comments.some((c) => c.sentiment === 'negative')
      ? await postCrisis(db, req.site, req.postId, now())
      : null;
    return { ...result, crisis };
  },
  'replies.record': async (req, { db }) => {
    let key = req.commentId ? commentKey(req.site, req.commentId) : undefined;
    if (!key && req.mentionHandle) {
      key = (await findByAuthorOnPost(db, req.site, req.postId, req.mentionHandle))?.key;
    }
    const id = await recordReply(db, {
      site: req.site,
      postId: req.postId,
      commentKey: key,
      account: req.account,
      templateId: req.templateId,
      text: req.text,
      sentAt: req.sentAt,
    });
    return { id, commentKey: key };
  },
  'templates.list': async (_req, { db }) => listTemplates(db),
  'templates.used': async (req, { db, now }) => {
    await markTemplateUsed(db, req.id, req.at ?? now());
    return null;
  },
  'templates.save': async (req, { db }) => {
    await saveTemplates(db, req.templates as unknown as StoredTemplate[]);
    return null;
  },
  'templates.delete': async (req, { db }) => {
    await deleteTemplates(db, req.ids);
    return null;
  },
  'accounts.list': async (_req, { db }) => listAccounts(db),
  'accounts.set': async (req, { db }) => {
    await setAccountRole(db, req.site, req.handle, req.role, req.label);
    return listAccounts(db);
  },
  'settings.get': async (_req, { db }) => getSettings(db),
  'settings.set': async (req, { db }) => {
    await patchSettings(db, req.patch);
    return getSettings(db);
  },
  'guard.log': async (req, { db }) => {
    const ev: GuardEvent = { ...req, reasons: req.reasons as GuardReason[] };
    return logGuardEvent(db, ev);
  },
  'sentiment.correct': async (req, { db }) => {
    await setCorrection(db, req.site, req.commentId, req.label);
    return null;
  },
  'diagnostics.report': async (req, { db, now }) => {
    await reportMissing(db, req.site, req.url, req.missing, now());
    return null;
  },
  'diagnostics.list': async (_req, { db }) => db.diagnostics.toArray(),
  'stats.overview': async (_req, { db }) => ({ counts: await counts(db), storage: storageHealth() }),
  'summary.get': async (req, { db }) => buildSummary(db, req),
  'db.status': async (_req, { db }) => ({ ok: true, version: db.verno }),
  'data.deleteAll': async (_req, { db }) => {
    await deleteEverything(db);
    return null;
  },
  'retention.prune': async (_req, { db, now }) =>
    pruneOldTexts(db, { now: now(), retentionDays: await getRetentionDays(db) }),
  'export.range': async (req, { db }) => exportRange(db, req),
};
