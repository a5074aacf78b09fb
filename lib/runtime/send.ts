import { browser } from 'wxt/browser';
import type { Envelope, MessageRequest, MessageType, Reply } from '../messaging';

const RETRY_DELAYS_MS = [50, 200, 500, 1000, 2000];

/** True for the errors a sleeping or restarting MV3 service worker produces. */
function isTransient(err: unknown): boolean {
  const msg = String((err as Error)?.message ?? err);
  return (
    // A worker stopped while handling the message closes the channel: the write may or may not have
    // happened. Every write the pages send is idempotent (upserts; replies, guard events and template
    // uses de-duplicated by their time), so retry.
    /Could not establish connection|Receiving end does not exist|message port closed|message channel closed|Message manager disconnected/i.test(
      msg,
    )
  );
}

/**
 * Sends one typed message to the background. Retries while the service worker is waking up or
 * restarting, so a message sent during a restart is delivered rather than lost.
 */
export async function send<R = unknown, T extends MessageType = MessageType>(
  type: T,
  payload: MessageRequest<T>,
): Promise<R> {
  const envelope: Envelope<T> = { riposte: 1, type, payload };
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(envelope)) as Reply<R> | undefined;
      if (!reply) throw new Error('Receiving end does not exist (no reply)');
      if (!reply.ok) throw new RiposteError(reply.error);
      return reply.data;
    } catch (err) {
      lastError = err;
      if (err instanceof RiposteError || !isTransient(err)) throw err;
      await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
    }
  }
  throw lastError;
}

export class RiposteError extends Error {
  override name = 'RiposteError';
}
