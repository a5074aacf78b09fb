import type { ReplyRecord } from '../../lib/records';
import type { RiposteDb } from '../db';

/** Records a reply and stamps the answered comment's first reply time, in one transaction. */
export async function recordReply(db: RiposteDb, reply: ReplyRecord): Promise<number> {
  return db.transaction('rw', db.replies, db.comments, async () => {
    // The same submit reported twice (e.g. a retry after a worker restart) is one reply.
    const dup = await db.replies
      .where('sentAt')
      .between(reply.sentAt - 2000, reply.sentAt + 2000, true, true)
      .filter((r) => r.site === reply.site && r.text === reply.text && r.commentKey === reply.commentKey)
      .first();
    if (dup?.id !== undefined) return dup.id;
    const id = (await db.replies.add(reply)) as number;
    if (reply.commentKey) {
      const c = await db.comments.get(reply.commentKey);
      if (c && (c.firstReplyAt === undefined || reply.sentAt < c.firstReplyAt)) {
        await db.comments.update(reply.commentKey, { firstReplyAt: reply.sentAt });
      }
    }
    return id;
  });
}

export function listRepliesBetween(db: RiposteDb, from: number, to: number): Promise<ReplyRecord[]> {
  return db.replies.where('sentAt').between(from, to, true, true).toArray();
}
