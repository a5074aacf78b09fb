import { isEnvelope, validate, type MessageType, type Reply } from '../../lib/messaging';
import { siteOfUrl } from '../../lib/sites/hosts';
import { settingsPatchProblems } from '../../lib/settings';
import { EXTENSION_ONLY, WRITES, type HandlerContext } from './handlers';
import { withQuotaRecovery } from '../../storage/retention';
import { noteFull, notePrune, noteWriteOk } from './storage-health';

export interface SenderInfo {
  /** URL of the sending frame/tab (content scripts) or page (extension pages). */
  url?: string;
  tabUrl?: string;
  extensionOrigin: string;
}

export type AnyHandler = (req: unknown, ctx: HandlerContext) => Promise<unknown>;

/**
 * Routes one message: checks who sent it, validates the payload, runs the handler.
 * Never throws: every failure becomes `{ok: false, error}` for the sender.
 */
export async function route(
  message: unknown,
  sender: SenderInfo,
  handlers: Partial<Record<MessageType, AnyHandler>>,
  base: Omit<HandlerContext, 'from'>,
): Promise<Reply> {
  if (!isEnvelope(message)) return { ok: false, error: 'not a Riposte message' };
  const type = message.type as MessageType;
  const handler = handlers[type];
  if (!handler) return { ok: false, error: `unknown message type: ${String(type).slice(0, 64)}` };

  const senderUrl = sender.url ?? '';
  let from: HandlerContext['from'];
  if (senderUrl.startsWith(sender.extensionOrigin)) from = 'extension';
  else if (siteOfUrl(sender.tabUrl ?? senderUrl)) from = 'page';
  else return { ok: false, error: 'sender is not one of the supported sites' };
  if (from === 'page' && EXTENSION_ONLY.has(type)) return { ok: false, error: `${type} is not allowed from a page` };

  const parsed = validate(type, message.payload);
  if (!parsed.ok) return parsed;
  if (from === 'page' && 'site' in (parsed.data as object)) {
    const claimed = (parsed.data as { site: string }).site;
    if (claimed !== siteOfUrl(sender.tabUrl ?? senderUrl)) return { ok: false, error: 'site does not match sender' };
  }
  if (type === 'settings.set') {
    const pageSite = from === 'page' ? (siteOfUrl(sender.tabUrl ?? senderUrl) ?? undefined) : undefined;
    const problems = settingsPatchProblems((parsed.data as { patch: Record<string, unknown> }).patch, pageSite);
    if (problems.length) return { ok: false, error: `settings.set refused: ${problems.join('; ')}` };
  }
  try {
    const ctx = { ...base, from };
    const run = () => handler(parsed.data, ctx);
    const write = async () => {
      const data = await withQuotaRecovery(base.db, run, {
        now: base.now,
        onPruned: (info) => notePrune(base.now(), info),
      });
      noteWriteOk();
      return data;
    };
    return {
      ok: true,
      data: WRITES.has(type) ? await write() : await run(),
    };
  } catch (err) {
    const e = err as Error;
    if (e?.name === 'StorageFullError') {
      noteFull(base.now(), e.message);
      return { ok: false, error: e.message };
    }
    const quota = e?.name === 'QuotaExceededError' || /quota/i.test(String(e?.message));
    return {
      ok: false,
      error: quota
        ? 'Storage is full: free space or lower the retention period in Riposte settings.'
        : `${type} failed: ${e?.message ?? e}`,
    };
  }
}
