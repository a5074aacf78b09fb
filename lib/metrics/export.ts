/** CSV / JSON export of comments and replies with response times. */
import type { CommentRecord, Intent, ReplyRecord, SentimentLabel } from '../records';
import type { CreatedAtPrecision, SiteKey } from '../types';
import type { BusinessHours } from './business-hours';
import { durationBetween, indexFirstReplies, resolveFirstReply, responseStart } from './response';
import { asSpreadsheetText } from '../templates/csv';

export interface ExportRow {
  site: SiteKey;
  postId: string;
  /** '' for a reply whose comment is not stored. */
  commentId: string;
  author: string;
  text: string;
  /** ISO 8601 or '' when unknown. */
  createdAt: string;
  createdAtPrecision: CreatedAtPrecision | '';
  firstSeenAt: string;
  repliedAt: string;
  /** First-response minutes (1 decimal), null when unanswered. */
  responseMinutes: number | null;
  /** True when the response time starts from an estimate (first seen, or a relative date). */
  responseEstimated: boolean;
  templateId: string;
  account: string;
  sentiment: SentimentLabel | '';
  intents: Intent[];
  replyText: string;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'site',
  'postId',
  'commentId',
  'author',
  'text',
  'createdAt',
  'createdAtPrecision',
  'firstSeenAt',
  'repliedAt',
  'responseMinutes',
  'responseEstimated',
  'templateId',
  'account',
  'sentiment',
  'intents',
  'replyText',
];

const iso = (ms: number | undefined): string =>
  ms === undefined || !Number.isFinite(ms) ? '' : new Date(ms).toISOString();

export interface ExportOptions {
  businessHours?: BusinessHours | null;
  /** Include the user's own comments (default false). */
  includeOwn?: boolean;
}

/**
 * One row per comment (with its first reply, if any), then one row per reply
 * whose comment is not in `comments`. Ordered by first-seen / sent time.
 */
export function buildExportRows(
  comments: readonly CommentRecord[],
  replies: readonly ReplyRecord[],
  opts: ExportOptions = {},
): ExportRow[] {
  const index = indexFirstReplies(replies);
  const rows: { at: number; row: ExportRow }[] = [];
  const known = new Set<string>();
  for (const c of comments) {
    known.add(c.key);
    if (c.isOwn && !opts.includeOwn) continue;
    const first = resolveFirstReply(c, index);
    const start = responseStart(c);
    const ms = first === undefined ? null : durationBetween(start.at, first.at, opts.businessHours);
    rows.push({
      at: c.firstSeenAt,
      row: {
        site: c.site,
        postId: c.postId,
        commentId: c.commentId,
        author: c.authorHandle,
        text: c.text,
        createdAt: c.createdAtPrecision === 'unknown' ? '' : iso(c.createdAt),
        createdAtPrecision: c.createdAtPrecision,
        firstSeenAt: iso(c.firstSeenAt),
        repliedAt: iso(first?.at),
        responseMinutes: ms === null ? null : Math.round(ms / 6000) / 10,
        responseEstimated: ms !== null && start.estimatedFrom !== undefined,
        templateId: first?.templateId ?? '',
        account: first?.account ?? c.seenAs ?? '',
        sentiment: c.sentiment ?? '',
        intents: [...c.intents],
        replyText: index.get(c.key)?.text ?? '',
      },
    });
  }
  for (const r of replies) {
    if (r.commentKey !== undefined && known.has(r.commentKey)) continue;
    rows.push({
      at: r.sentAt,
      row: {
        site: r.site,
        postId: r.postId,
        commentId: '',
        author: '',
        text: '',
        createdAt: '',
        createdAtPrecision: '',
        firstSeenAt: '',
        repliedAt: iso(r.sentAt),
        responseMinutes: null,
        responseEstimated: false,
        templateId: r.templateId ?? '',
        account: r.account ?? '',
        sentiment: '',
        intents: [],
        replyText: r.text,
      },
    });
  }
  rows.sort((a, b) => a.at - b.at);
  return rows.map((r) => r.row);
}

/** One CSV cell: formula-injection guard, then RFC 4180 quoting. */
export function csvCell(value: string | number | boolean | null | undefined | readonly string[]): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const s = asSpreadsheetText(typeof value === 'string' ? value : value.join(';'));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (CRLF line breaks, header row) of export rows. */
export function toCsv(rows: readonly ExportRow[], columns: readonly (keyof ExportRow)[] = EXPORT_COLUMNS): string {
  const lines = [columns.map((c) => csvCell(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Pretty-printed JSON array of export rows. */
export function toJson(rows: readonly ExportRow[]): string {
  return JSON.stringify(rows, null, 2);
}
