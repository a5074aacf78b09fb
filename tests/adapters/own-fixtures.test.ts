/**
 * The project's own synthetic fixtures (tests/fixtures/<site>/*.html): same cases as the captures,
 * with hostile content (HTML-looking text, bidi overrides, zero-width characters, long text, many emoji),
 * and the same variants (classes stripped, Spanish and Russian UI, extra wrappers).
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/sites';
import type { ParsedComment } from '../../lib/types';
import { addWrappers, listOwn, makeDoc, parseAll, readOwn, stripClasses, translateUi } from './helpers';

const NOW = new Date('2026-03-03T12:00:00.000Z');
const VARIANTS: [string, (d: Document) => Document][] = [
  ['classes stripped', stripClasses],
  ['UI in Spanish', (d) => translateUi(d, 'es')],
  ['UI in Russian', (d) => translateUi(d, 'ru')],
  ['extra wrapper divs', addWrappers],
];
const summary = (c: ParsedComment): string =>
  [c.id, c.authorHandle, c.isReply ? `reply:${c.parentId ?? '?'}` : 'top', c.isFocusedPost ? 'focused' : '']
    .join(' ')
    .trim();

function sameUnderVariants(site: 'x' | 'tiktok' | 'instagram', file: string, url?: string): void {
  const base = parseAll(adapters[site], makeDoc(readOwn(`${site}/${file}`), url), NOW);
  for (const [name, transform] of VARIANTS) {
    it(`${file}: identical extraction with ${name}`, () => {
      const doc = transform(makeDoc(readOwn(`${site}/${file}`), url));
      expect(parseAll(adapters[site], doc, NOW)).toEqual(base);
      expect(adapters[site].getActiveAccount(doc)).toEqual(
        adapters[site].getActiveAccount(makeDoc(readOwn(`${site}/${file}`), url)),
      );
      expect(adapters[site].findComposers(doc)).toHaveLength(
        adapters[site].findComposers(makeDoc(readOwn(`${site}/${file}`), url)).length,
      );
    });
  }
}

describe('own X fixtures', () => {
  it('lists the expected files', () =>
    expect(listOwn('x')).toEqual(['mobile-compose.html', 'reply-modal.html', 'status-conversation.html']));
  const doc = makeDoc(readOwn('x/status-conversation.html'));
  const parsed = parseAll(adapters.x, doc);
  it('reads the conversation in visual order with thread structure', () => {
    expect(parsed.map(summary)).toEqual([
      '1900000000000000001 root_author top',
      '1900000000000000002 cm_brand reply:1900000000000000001 focused',
      '1900000000000000003 alice_w reply:1900000000000000002',
      '1900000000000000004 bob_k reply:1900000000000000003',
      '1900000000000000005 carol_z reply:?', // after "Show more replies": parent hidden
      '1900000000000000006 dave_rtl reply:1900000000000000002',
      '1900000000000000007 unrelated top', // after the "Discover more" heading
    ]);
    expect(parsed.find((c) => c.id === '1900000000000000003')?.postId).toBe('1900000000000000002');
  });
  it('keeps emoji images, link text, and hostile text as literal text', () => {
    expect(parsed[0]!.text).toBe('Does anyone know when the store opens? 🏬');
    expect(parsed[1]!.text).toBe('We open at 9 😀👍\n\nSee https://example.com/hours');
    expect(parsed[2]!.text).toBe('<img src=x onerror=alert(1)> & "quotes" </div>');
    expect(parsed[2]!.text).not.toContain('Quoted words');
    expect(parsed[2]!.authorName).toBe('Alice 🌸');
    expect(parsed[3]!.text).toBe('@alice_w agreed\u200b\u200b');
    const dave = parsed.find((c) => c.authorHandle === 'dave_rtl')!;
    expect(dave.authorName).toBe('Dave \u202eevil\u202c');
    expect(dave.text.startsWith('\u202eoverride\u202c zero\u200bwidth \u2066isolate\u2069 Lorem ipsum')).toBe(true);
    expect(dave.text.endsWith('🔥'.repeat(40))).toBe(true);
    expect(dave.text.length).toBeGreaterThan(2000);
    expect(dave.createdAt).toBe('2026-03-02T11:30:00.000Z');
  });
  it('finds the account, the switcher, the inline composer and its disabled submit', () => {
    expect(adapters.x.getActiveAccount(doc)).toEqual({
      handle: 'cm_brand',
      source: 'SideNav_AccountSwitcher_Button avatar',
    });
    expect(adapters.x.findAccountSwitcher(doc)?.getAttribute('data-testid')).toBe('SideNav_AccountSwitcher_Button');
    const composer = adapters.x.findComposer(doc)!;
    expect(composer.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(adapters.x.findSubmitButton(composer)?.getAttribute('data-testid')).toBe('tweetButtonInline');
  });
  it('uses the URL when the focused post is scrolled away', () => {
    const html = readOwn('x/status-conversation.html').replace('tabindex="-1"', 'tabindex="0"');
    const d = makeDoc(html, 'https://x.com/cm_brand/status/1900000000000000002');
    const byId = new Map(parseAll(adapters.x, d).map((c) => [c.id, c]));
    expect(byId.get('1900000000000000003')?.parentId).toBe('1900000000000000002');
    expect(byId.get('1900000000000000006')?.parentId).toBe('1900000000000000002');
  });
  it('reply modal: two composers, the modal one is preferred and submits with tweetButton', () => {
    const d = makeDoc(readOwn('x/reply-modal.html'));
    expect(adapters.x.findComposers(d)).toHaveLength(2);
    const c = adapters.x.findComposer(d)!;
    expect(c.closest('[role="dialog"]')).not.toBeNull();
    expect(adapters.x.findSubmitButton(c)?.getAttribute('data-testid')).toBe('tweetButton');
  });
  it('mobile layout: the textarea composer and the tab-bar account', () => {
    const d = makeDoc(readOwn('x/mobile-compose.html'));
    const c = adapters.x.findComposer(d)!;
    expect(c.tagName).toBe('TEXTAREA');
    expect(adapters.x.findSubmitButton(c)?.getAttribute('data-testid')).toBe('tweetButton');
    expect(adapters.x.getActiveAccount(d)).toEqual({ handle: 'mobile_cm', source: 'AppTabBar_Profile_Link' });
    expect(adapters.x.findAccountSwitcher(d)?.getAttribute('data-testid')).toBe('DashButton_ProfileIcon_Link');
  });
  sameUnderVariants('x', 'status-conversation.html');
  sameUnderVariants('x', 'reply-modal.html');
});

describe('own TikTok fixtures', () => {
  it('lists the expected files', () => expect(listOwn('tiktok')).toEqual(['browse-modal.html', 'video-panel.html']));
  const url = 'https://www.tiktok.com/@brand_cm/video/7400000000000000777';
  const doc = makeDoc(readOwn('tiktok/video-panel.html'));
  const parsed = parseAll(adapters.tiktok, doc, NOW);
  it('derives stable, unique ids (ordinal among identical comments) and thread parents', () => {
    expect(parsed.map((c) => [c.authorHandle, c.isReply, c.parentId?.split(':')[2] ?? null])).toEqual([
      ['mia.sol', false, null],
      ['brand_cm', true, 'mia.sol'],
      ['mia.sol', true, 'mia.sol'],
      ['copycat', false, null],
      ['copycat', false, null],
      ['hacker_42', false, null],
      ['rtl.user', false, null],
      ['longtalker', false, null],
      ['emoji.only', false, null],
    ]);
    expect(new Set(parsed.map((c) => c.id)).size).toBe(parsed.length);
    expect(parsed[3]!.id.endsWith(':0')).toBe(true);
    expect(parsed[4]!.id).toBe(parsed[3]!.id.replace(/:0$/, ':1'));
    expect(parsed[0]!.id.startsWith('tt:7400000000000000123:mia.sol:')).toBe(true); // video id from the page JSON
    expect(parsed.every((c) => c.postId === '7400000000000000123')).toBe(true);
    expect(parseAll(adapters.tiktok, makeDoc(readOwn('tiktok/video-panel.html')), NOW).map((c) => c.id)).toEqual(
      parsed.map((c) => c.id),
    );
  });
  it('takes the video id from the URL when there is one', () => {
    const withUrl = parseAll(adapters.tiktok, makeDoc(readOwn('tiktok/video-panel.html'), url), NOW);
    expect(withUrl[0]!.id.startsWith('tt:7400000000000000777:mia.sol:')).toBe(true);
    expect(withUrl[0]!.postId).toBe('7400000000000000777');
  });
  it('estimates times from relative labels and short dates', () => {
    expect(parsed.map((c) => c.createdAt)).toEqual([
      '2026-03-03T10:00:00.000Z',
      '2026-03-03T12:00:00.000Z',
      '2026-03-03T11:55:00.000Z',
      '2026-03-02T12:00:00.000Z',
      '2026-03-02T12:00:00.000Z',
      '2026-02-24T12:00:00.000Z',
      new Date(2025, 3, 19).toISOString(),
      new Date(2024, 3, 19).toISOString(),
      '2026-02-28T12:00:00.000Z',
    ]);
    expect(parsed.every((c) => c.createdAtPrecision === 'relative')).toBe(true);
  });
  it('keeps hostile text literal and mentions in text', () => {
    expect(parsed[1]!.text).toBe('@mia.sol thanks Mia! 💜');
    expect(parsed[5]!.text).toBe('<script>alert("x")</script> &amp; <b>bold?</b>');
    expect(parsed[5]!.authorName).toBe('<b>Name</b>');
    expect(parsed[6]!.text).toBe('\u202egnp.exe\u202c and zero\u200bwidth\u2060 joiner');
    expect(parsed[7]!.text.length).toBeGreaterThan(3000);
    expect(parsed[8]!.text).toBe('👍🏽'.repeat(30) + '👨‍👩‍👧‍👦');
  });
  it('finds account, composer, submit; browse modal logged out has no account and no composer', () => {
    expect(adapters.tiktok.getActiveAccount(doc)).toEqual({ handle: 'brand_cm', source: 'nav-profile link' });
    const c = adapters.tiktok.findComposer(doc)!;
    expect(adapters.tiktok.findSubmitButton(c)?.getAttribute('data-e2e')).toBe('comment-post');
    const browse = makeDoc(
      readOwn('tiktok/browse-modal.html'),
      'https://www.tiktok.com/@creator.x/video/7300000000000000001',
    );
    expect(adapters.tiktok.getActiveAccount(browse)).toBeNull();
    expect(adapters.tiktok.findComposer(browse)).toBeNull();
    const b = parseAll(adapters.tiktok, browse, NOW);
    expect(b.map(summary)).toEqual([
      `tt:7300000000000000001:viewer.one:${b[0]!.id.split(':')[3]}:0 viewer.one top`,
      `tt:7300000000000000001:creator.x:${b[1]!.id.split(':')[3]}:0 creator.x reply:${b[0]!.id}`,
      `tt:7300000000000000001:viewer.two:${b[2]!.id.split(':')[3]}:0 viewer.two top`,
    ]);
  });
  sameUnderVariants('tiktok', 'video-panel.html');
  sameUnderVariants('tiktok', 'browse-modal.html', 'https://www.tiktok.com/@creator.x/video/7300000000000000001');
});

describe('own Instagram fixtures', () => {
  it('lists the expected files', () =>
    expect(listOwn('instagram')).toEqual(['feed-modal.html', 'post-page.html', 'reel.html']));
  it('standalone post page: comments and replies, caption excluded, hostile text literal', () => {
    const doc = makeDoc(readOwn('instagram/post-page.html'));
    const parsed = parseAll(adapters.instagram, doc);
    expect(parsed.map(summary)).toEqual([
      '17900000000000001 luna.mar top',
      '17900000000000011 brand.care reply:17900000000000001',
      '17900000000000012 luna.mar reply:17900000000000001',
      '17900000000000002 x_hostile_x top',
      '17900000000000003 paolo.rossi top',
    ]);
    expect(parsed[0]!.text).toBe('Love it 😍🔥✨ ' + '💖'.repeat(25));
    expect(parsed[1]!.text).toBe('@luna.mar thank you! 🙏');
    expect(parsed[2]!.text).toBe('\u202eoverride\u202c zero\u200bwidth');
    expect(parsed[3]!.text).toBe('<a href="javascript:alert(1)">click</a> & <img src=x>');
    expect(parsed[4]!.text.length).toBeGreaterThan(1500);
    expect(parsed[0]).toMatchObject({
      createdAt: '2026-03-03T10:00:00.000Z',
      createdAtPrecision: 'exact',
      postId: 'CxYz123AbC',
      permalink: 'https://www.instagram.com/p/CxYz123AbC/c/17900000000000001/',
    });
    expect(parsed.some((c) => c.text.includes('Spring drop'))).toBe(false);
    expect(adapters.instagram.getActiveAccount(doc)).toEqual({ handle: 'brand.care', source: 'nav profile link' });
    const c = adapters.instagram.findComposer(doc)!;
    expect(c.tagName).toBe('TEXTAREA');
    expect(adapters.instagram.findSubmitButton(c)?.textContent).toBe('Post');
  });
  it('modal over the feed: only the dialog is read', () => {
    const doc = makeDoc(readOwn('instagram/feed-modal.html'));
    expect(parseAll(adapters.instagram, doc).map(summary)).toEqual([
      '17700000000000001 ana.b top',
      '17700000000000002 brand.care reply:17700000000000001',
    ]);
    const composers = adapters.instagram.findComposers(doc);
    expect(composers).toHaveLength(1);
    expect(composers[0]!.closest('[role="dialog"]')).not.toBeNull();
  });
  it('reel page: input composer, account from the page JSON', () => {
    const doc = makeDoc(readOwn('instagram/reel.html'));
    expect(parseAll(adapters.instagram, doc).map(summary)).toEqual([
      '17600000000000001 runner.k top',
      '17600000000000002 dj.z reply:17600000000000001',
    ]);
    expect(parseAll(adapters.instagram, doc)[0]!.postId).toBe('R33lC0de');
    expect(adapters.instagram.findComposer(doc)?.tagName).toBe('INPUT');
    expect(adapters.instagram.getActiveAccount(doc)?.handle).toBe('reels.team');
  });
  it('account: the first nav profile link in page order, in nested and side-by-side navigation too', () => {
    const link = (h: string, alt = h) => `<a href="/${h}/"><img alt="${alt}'s profile picture" src="data:,"></a>`;
    const doc = makeDoc(
      `<html><body>
        <div role="navigation"><a href="/explore/">Explore</a><nav>${link('inner.one')}</nav>${link('outer.two')}</div>
        <main><a href="/commenter/"><img alt="commenter's profile picture" src="data:,"></a></main>
        <nav>${link('side.three')}</nav>
      </body></html>`,
    );
    expect(adapters.instagram.getActiveAccount(doc)).toEqual({ handle: 'inner.one', source: 'nav profile link' });
    // Outside any navigation a profile link is a commenter's, never the account.
    const none = makeDoc(`<html><body><main>${link('commenter')}</main></body></html>`);
    expect(adapters.instagram.getActiveAccount(none)).toBeNull();
  });
  it('submit control is found by its translated text', () => {
    for (const lang of ['es', 'ru'] as const) {
      const doc = translateUi(makeDoc(readOwn('instagram/post-page.html')), lang);
      const submit = adapters.instagram.findSubmitButton(adapters.instagram.findComposer(doc)!);
      expect(submit?.textContent).toBe(lang === 'es' ? 'Publicar' : 'Опубликовать');
    }
  });
  sameUnderVariants('instagram', 'post-page.html');
  sameUnderVariants('instagram', 'feed-modal.html');
  sameUnderVariants('instagram', 'reel.html');
});

describe('commentSelector / composerSelector (incremental observation hooks)', () => {
  const cases: ['x' | 'tiktok' | 'instagram', string][] = [
    ['x', 'x/status-conversation.html'],
    ['tiktok', 'tiktok/video-panel.html'],
    ['instagram', 'instagram/post-page.html'],
  ];
  for (const [site, file] of cases) {
    it(`${site}: elements matched by commentSelector parse to the same comments as findComments`, () => {
      const doc = makeDoc(readOwn(file));
      const a = adapters[site];
      const viaSelector = Array.from(doc.querySelectorAll(a.commentSelector), (el) => a.parseComment(el, NOW)?.id);
      // (same set; X's findComments returns visual order, the selector document order)
      expect([...viaSelector].sort()).toEqual(
        parseAll(a, doc, NOW)
          .map((c) => c.id)
          .sort(),
      );
      const composers = Array.from(doc.querySelectorAll(a.composerSelector));
      expect(composers).toEqual(a.findComposers(doc));
    });
  }
});
