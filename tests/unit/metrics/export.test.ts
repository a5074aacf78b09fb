// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { buildExportRows, csvCell, toCsv, toJson, EXPORT_COLUMNS } from '../../../lib/metrics/export';
import { comment, reply, MIN, iso } from './helpers';

const T = iso('2026-06-03T10:00:00Z');

describe('csvCell', () => {
  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(['question', 'complaint'])).toBe('question;complaint');
  });

  it('guards against formula injection', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-2)).toBe('-2');
  });
});

describe('buildExportRows / toCsv / toJson', () => {
  const answered = comment({
    commentId: '111',
    postId: 'post9',
    authorHandle: 'fan',
    text: 'Where is my order, "seriously"?',
    createdAt: T,
    createdAtPrecision: 'exact',
    firstSeenAt: T + MIN,
    sentiment: 'negative',
    intents: ['complaint', 'question'],
    seenAs: 'acme',
  });
  const waiting = comment({ commentId: '222', authorHandle: 'other', text: '=cmd', firstSeenAt: T + 2 * MIN });
  const own = comment({ commentId: '333', firstSeenAt: T, isOwn: true });
  const replies = [
    reply({
      commentKey: answered.key,
      sentAt: T + 30 * MIN,
      account: 'acme_support',
      templateId: 'ship',
      text: 'On its way',
    }),
    reply({ sentAt: T + 40 * MIN, postId: 'post10', account: 'acme', text: 'Orphan reply' }),
  ];
  const rows = buildExportRows([waiting, answered, own], replies);

  it('builds one row per comment plus orphan replies, in time order', () => {
    expect(rows.map((r) => r.commentId)).toEqual(['111', '222', '']);
    expect(rows[0]).toEqual({
      site: 'x',
      postId: 'post9',
      commentId: '111',
      author: 'fan',
      text: 'Where is my order, "seriously"?',
      createdAt: '2026-06-03T10:00:00.000Z',
      createdAtPrecision: 'exact',
      firstSeenAt: '2026-06-03T10:01:00.000Z',
      repliedAt: '2026-06-03T10:30:00.000Z',
      responseMinutes: 30,
      responseEstimated: false,
      templateId: 'ship',
      account: 'acme_support',
      sentiment: 'negative',
      intents: ['complaint', 'question'],
      replyText: 'On its way',
    });
    expect(rows[1]).toMatchObject({ createdAt: '', repliedAt: '', responseMinutes: null, sentiment: '' });
    expect(rows[2]).toMatchObject({ postId: 'post10', replyText: 'Orphan reply', account: 'acme' });
    expect(buildExportRows([own], [], { includeOwn: true }).length).toBe(1);
  });

  it('renders CSV with a header, CRLF and escaping', () => {
    const csv = toCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'x,post9,111,fan,"Where is my order, ""seriously""?",2026-06-03T10:00:00.000Z,exact,2026-06-03T10:01:00.000Z,' +
        '2026-06-03T10:30:00.000Z,30,false,ship,acme_support,negative,complaint;question,On its way',
    );
    expect(lines[2]).toContain(",'=cmd,");
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('renders JSON that round-trips', () => {
    expect(JSON.parse(toJson(rows))).toEqual(rows);
  });
});
