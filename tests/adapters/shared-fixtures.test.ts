/**
 * Exact extractions from every captured page in ../shared/fixtures (real X and TikTok captures and the
 * reconstructed skeletons), plus the same expectations on programmatic variants of each page:
 * classes stripped, UI in Spanish and Russian, extra wrapper divs.
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/sites';
import { hash32, normalizeForId } from '../../lib/sites/dom';
import type { ParsedComment, SiteKey } from '../../lib/types';
import { addWrappers, listShared, makeDoc, parseAll, readShared, stripClasses, translateUi } from './helpers';

type Expect = Partial<ParsedComment> & Pick<ParsedComment, 'id' | 'authorHandle' | 'text' | 'isReply'>;
const NOW = new Date('2026-01-27T12:00:00.000Z');
const VARIANTS: [string, (d: Document) => Document][] = [
  ['as captured', (d) => d],
  ['classes stripped', stripClasses],
  ['UI in Spanish', (d) => translateUi(d, 'es')],
  ['UI in Russian', (d) => translateUi(d, 'ru')],
  ['extra wrapper divs', addWrappers],
];

const x = (
  id: string,
  handle: string,
  name: string,
  text: string,
  iso: string,
  extra: Partial<ParsedComment> = {},
): Expect => ({
  id,
  authorHandle: handle,
  authorName: name,
  text,
  createdAt: iso,
  createdAtPrecision: 'exact',
  permalink: `https://x.com/${handle}/status/${id}`,
  isReply: false,
  isFocusedPost: false,
  ...extra,
});

const X_EXPECTED: Record<string, Expect[]> = {
  'conversation-reply-cells.2023-12.html': [
    x('1706099190240088103', 'acme_support', 'Acme Support', "another person's reply", '2023-09-25T00:11:59.000Z'),
    x(
      '1706099462379033033',
      'fan_042',
      'Fan Forty Two',
      "reply to another person's reply",
      '2023-09-25T00:13:04.000Z',
      { isReply: true, parentId: '1706099190240088103' },
    ),
  ],
  'conversation-self-thread.2023-12.html': [
    x('1734248650228855291', 'fan_042', 'Fan Forty Two', 'the head of a thread', '2023-12-11T16:27:53.000Z'),
    x('1734248653919789531', 'fan_042', 'Fan Forty Two', '2nd message of a thread', '2023-12-11T16:27:54.000Z', {
      isReply: true,
      parentId: '1734248650228855291',
    }),
    x('1734248657547870564', 'fan_042', 'Fan Forty Two', '3rd message of a thread', '2023-12-11T16:27:55.000Z', {
      isReply: true,
      parentId: '1734248653919789531',
    }),
  ],
  'conversation-show-more-replies.2023-12.html': [
    x('1707007575110099429', 'fan_042', 'Fan Forty Two', '1st message of a thread', '2023-09-27T12:21:35.000Z'),
    // after "Show more replies": its parent is hidden, so no parentId
    x('1707007579103117527', 'fan_042', 'Fan Forty Two', '3rd message of a thread', '2023-09-27T12:21:36.000Z', {
      isReply: true,
    }),
    x('1725958337445961955', 'fan_042', 'Fan Forty Two', 'reply with a poll', '2023-11-18T19:25:09.000Z', {
      isReply: true,
      parentId: '1707007579103117527',
    }),
  ],
  'status-focused-post.2025-10.html': [
    x(
      '1981398750557065646',
      'TestUser123',
      'Test User Account',
      "Democrat Shutdown Jeopardizes America's Skies",
      '2025-10-23T16:34:09.000Z',
      { isFocusedPost: true, postId: '1981398750557065646' },
    ),
  ],
  'status-quote-post.2025-10.html': [
    x(
      '1983130065320780162',
      'TestQuoter',
      'Test Quoter',
      'This is a quote tweet with additional commentary',
      '2025-10-28T11:13:47.000Z',
    ),
  ],
  'status-quote-video.2025-10.html': [
    x(
      '1983128852952998358',
      'QuotingUser',
      'Quoting User',
      'How to share Example.com links',
      '2025-10-28T11:08:57.000Z',
    ),
  ],
};

const day = (n: number): string => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const local = (m: number, d: number): string => new Date(2026, m - 1, d).toISOString();
// [handle, display name, text, createdAt, parent handle for replies]
const TIKTOK_ROWS: [string, string, string, string, string?][] = [
  ['fan_01', 'Fan 01', 'Love this so much, you made my day!', day(3)],
  ['fan_02', 'Fan 02', "What's the name of this effect?", day(3)],
  ['fan_03', 'Fan 03', 'My order arrived broken and nobody answers my emails.', day(3), 'fan_02'],
  ['fan_04', 'Fan 04', '@fan_99', day(3), 'fan_02'],
  ['fan_06', 'Fan 05', 'ok', day(4)],
  ['fan_07', 'Fan 06', 'This is the worst update ever, please bring back the old version', day(4)],
  ['fan_08', 'Fan 07', 'Where can I buy this in Europe?', day(5)],
  ['fan_09', 'Fan 08', 'Absolutely stunning work 😍🔥', day(5)],
  ['fan_10', 'Fan 09', 'meh, not my thing', day(5)],
  ['fan_11', 'Fan 10', 'Great, another delay. Thanks a lot 🙄', day(5)],
  ['fan_12', 'Fan 11', 'How much does shipping cost to Canada?', day(5)],
  ['fan_13', 'Fan 12', 'Best brand ever, been a customer for 5 years ❤️', day(5)],
  ['fan_14', 'Fan 13', 'I want a refund, this is a scam', day(6)],
  ['fan_15', 'Fan 14', "Can't wait for the next drop!!", day(6)],
  ['fan_16', 'Fan 15', 'Is this available in size M?', day(7)],
  ['fan_17', 'Fan 16', 'not bad at all', local(1, 19)],
  ['fan_18', 'Fan 17', 'Terrible customer service, never again 😡', local(1, 18)],
  ['fan_19', 'Fan 18', 'Thank you for the quick reply yesterday 🙏', local(1, 18)],
  ['fan_20', 'Fan 19', 'Does it work with iPhone?', local(1, 18)],
  ['fan_21', 'Fan 20', 'lol this is hilarious 😂', local(1, 18)],
  ['fan_22', 'Fan 21', 'Why was my comment deleted?', local(1, 17)],
  ['fan_23', 'Fan 22', 'Love this so much, you made my day!', local(1, 17)],
];
const ttId = (handle: string, text: string, video = 'unknown'): string =>
  `tt:${video}:${handle}:${hash32(normalizeForId(text))}:0`;
const TIKTOK_EXPECTED: Expect[] = TIKTOK_ROWS.map(([h, name, text, at, parent]) => {
  const p = parent ? TIKTOK_ROWS.find((r) => r[0] === parent)! : null;
  return {
    id: ttId(h, text),
    authorHandle: h,
    authorName: name,
    text,
    createdAt: at,
    createdAtPrecision: 'relative',
    isReply: !!p,
    parentId: p ? ttId(p[0], p[2]) : undefined,
  };
});

const RECONSTRUCTED: Record<SiteKey, Expect[]> = {
  x: [
    x('1981398750557065646', 'op_handle', 'OP Name', 'Original post text 😀', '2025-10-23T16:34:09.000Z', {
      isFocusedPost: true,
      postId: '1981398750557065646',
    }),
    x('1735935432297160849', 'replier', 'Replier', 'Reply text', '2023-12-16T08:10:33.000Z', {
      isReply: true,
      parentId: '1981398750557065646',
      postId: '1981398750557065646',
    }),
  ],
  instagram: [
    {
      id: '18012345678901234',
      authorHandle: 'commenter',
      text: 'Comment text 🙂',
      createdAt: '2026-01-10T09:00:00.000Z',
      createdAtPrecision: 'exact',
      permalink: 'https://www.instagram.com/p/ABCdef123/c/18012345678901234/',
      isReply: false,
      postId: 'ABCdef123',
    },
    {
      id: '17999999999999999',
      authorHandle: 'replier',
      text: '@commenter reply text',
      createdAt: '2026-01-11T10:00:00.000Z',
      createdAtPrecision: 'exact',
      permalink: 'https://www.instagram.com/p/ABCdef123/c/18012345678901234/r/17999999999999999/',
      isReply: true,
      parentId: '18012345678901234',
      postId: 'ABCdef123',
    },
  ],
  tiktok: [
    {
      id: ttId('commenter_handle', 'Comment text', '7500000000000000000'),
      authorHandle: 'commenter_handle',
      authorName: 'Display Name',
      text: 'Comment text',
      createdAt: day(3),
      createdAtPrecision: 'relative',
      isReply: false,
      postId: '7500000000000000000',
    },
    {
      id: ttId('replier', 'He learned to dance', '7500000000000000000'),
      authorHandle: 'replier',
      authorName: 'Replier',
      text: 'He learned to dance',
      createdAtPrecision: 'unknown',
      isReply: true,
      parentId: ttId('commenter_handle', 'Comment text', '7500000000000000000'),
      postId: '7500000000000000000',
    },
  ],
};

function expectComments(actual: ParsedComment[], expected: Expect[]): void {
  expect(actual.map((c) => c.id)).toEqual(expected.map((e) => e.id));
  expected.forEach((e, i) => expect(actual[i]).toEqual(e));
}

describe('X captures (../shared/fixtures/x)', () => {
  it('covers every captured X page', () => {
    expect(listShared('x')).toEqual(Object.keys(X_EXPECTED).sort());
  });
  for (const [file, expected] of Object.entries(X_EXPECTED)) {
    for (const [variant, transform] of VARIANTS) {
      it(`${file} (${variant})`, () => {
        const doc = transform(makeDoc(readShared(`x/${file}`)));
        expectComments(parseAll(adapters.x, doc, NOW), expected);
      });
    }
  }
  it('ignores the "Show more replies" cell and quoted posts', () => {
    const doc = makeDoc(readShared('x/conversation-show-more-replies.2023-12.html'));
    expect(doc.querySelectorAll('[data-testid="cellInnerDiv"]').length).toBe(4);
    expect(adapters.x.findComments(doc)).toHaveLength(3);
    const quote = makeDoc(readShared('x/status-quote-post.2025-10.html'));
    expect(adapters.x.findComments(quote)).toHaveLength(1);
    expect(parseAll(adapters.x, quote)[0]!.text).not.toContain('original quoted tweet');
  });
});

describe('TikTok capture (../shared/fixtures/tiktok)', () => {
  it('covers every captured TikTok page', () => {
    expect(listShared('tiktok')).toEqual(['video-comment-panel.2026-01.html']);
  });
  for (const [variant, transform] of VARIANTS) {
    it(`video-comment-panel.2026-01.html (${variant})`, () => {
      const doc = transform(makeDoc(readShared('tiktok/video-comment-panel.2026-01.html')));
      const parsed = parseAll(adapters.tiktok, doc, NOW);
      expectComments(parsed, TIKTOK_EXPECTED);
      expect(new Set(parsed.map((c) => c.id)).size).toBe(22);
    });
  }
  it('finds the footer editor and its Post control (disabled while empty)', () => {
    const doc = makeDoc(readShared('tiktok/video-comment-panel.2026-01.html'));
    const composer = adapters.tiktok.findComposer(doc)!;
    expect(composer.getAttribute('role')).toBe('textbox');
    const post = adapters.tiktok.findSubmitButton(composer)!;
    expect(post.getAttribute('data-e2e')).toBe('comment-post');
    expect(post.getAttribute('aria-disabled')).toBe('true');
    expect(adapters.tiktok.readComposer(composer)).toBe('');
  });
});

describe('reconstructed skeletons (../shared/fixtures/reconstructed)', () => {
  it('covers every skeleton', () => {
    expect(listShared('reconstructed')).toEqual(['instagram.html', 'tiktok.html', 'x.html']);
  });
  for (const site of ['x', 'instagram', 'tiktok'] as const) {
    for (const [variant, transform] of VARIANTS) {
      it(`${site}.html (${variant})`, () => {
        const doc = transform(makeDoc(readShared(`reconstructed/${site}.html`)));
        const a = adapters[site];
        expectComments(parseAll(a, doc, NOW), RECONSTRUCTED[site]);
        expect(a.getActiveAccount(doc)?.handle).toBe('viewer_handle');
        const composer = a.findComposer(doc);
        expect(composer).not.toBeNull();
        expect(a.findComposers(doc)).toHaveLength(1);
        const submit = a.findSubmitButton(composer!);
        expect(submit).not.toBeNull();
        expect(submit!.getAttribute('aria-disabled')).toBe('true');
      });
    }
  }
  it('X: account switcher, and the composer is the Draft editor of the inline reply', () => {
    const doc = makeDoc(readShared('reconstructed/x.html'));
    expect(adapters.x.findAccountSwitcher(doc)?.getAttribute('data-testid')).toBe('SideNav_AccountSwitcher_Button');
    expect(adapters.x.findComposer(doc)?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(adapters.x.findSubmitButton(adapters.x.findComposer(doc)!)?.getAttribute('data-testid')).toBe(
      'tweetButtonInline',
    );
  });
});
