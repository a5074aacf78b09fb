/**
 * Insertion in happy-dom is of limited value (no Draft.js, no real editing): the textarea path,
 * the paste path against a stand-in editor, and failure reporting. The real proof is end-to-end in Chromium.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { adapters, layoutProblems } from '../../lib/sites';
import { makeDoc, readOwn, readShared } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

function mountIgForm(): { ta: HTMLTextAreaElement; post: HTMLElement } {
  document.body.innerHTML = `<article><form method="POST"><textarea aria-label="Add a comment…"></textarea>
    <div role="button" tabindex="-1" aria-disabled="true">Post</div></form></article>`;
  const ta = document.querySelector('textarea')!;
  const post = document.querySelector<HTMLElement>('[role="button"]')!;
  // Stand-in for React: enables Post when the value is non-empty.
  ta.addEventListener('input', () =>
    ta.value ? post.removeAttribute('aria-disabled') : post.setAttribute('aria-disabled', 'true'),
  );
  return { ta, post };
}

describe('insertText: textarea (Instagram, X mobile)', () => {
  it('inserts, verifies the read-back and the enabled submit control, never submits', async () => {
    const { ta, post } = mountIgForm();
    let submitted = false;
    post.addEventListener('click', () => (submitted = true));
    const r = await adapters.instagram.insertText(ta, 'Hi @luna.mar 💜\nsecond line');
    expect(r.ok).toBe(true);
    if (r.ok) expect(['execCommand', 'valueSetter']).toContain(r.method);
    expect(adapters.instagram.readComposer(ta)).toBe('Hi @luna.mar 💜\nsecond line');
    expect(post.hasAttribute('aria-disabled')).toBe(false);
    expect(submitted).toBe(false);
  });
  it('inserts at the caret when the user is already in the box', async () => {
    const { ta } = mountIgForm();
    ta.value = 'Hello !';
    ta.focus();
    ta.setSelectionRange(6, 6);
    const r = await adapters.instagram.insertText(ta, 'there');
    expect(r.ok).toBe(true);
    expect(ta.value).toBe('Hello there!');
  });
  it('reports failure when the submit control stays disabled', async () => {
    document.body.innerHTML = `<form><textarea></textarea><div role="button" aria-disabled="true">Post</div></form>`;
    const r = await adapters.instagram.insertText(document.querySelector('textarea')!, 'text');
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.reason).toMatch(/disabled/);
  });
  it('reports failure for a detached composer and for empty text', async () => {
    const ta = document.createElement('textarea');
    expect(await adapters.x.insertText(ta, 'x')).toMatchObject({
      ok: false,
      reason: 'the composer is no longer in the page',
    });
    const { ta: live } = mountIgForm();
    expect(await adapters.instagram.insertText(live, '')).toMatchObject({ ok: false, reason: 'nothing to insert' });
  });
});

describe('insertText: contenteditable (X, TikTok)', () => {
  function mountEditor(onPaste: (e: Event, el: HTMLElement) => void): HTMLElement {
    document.body.innerHTML = `<div data-e2e="comment-input"><div contenteditable="true" role="textbox"><div data-contents="true"><div data-block="true"><span><br data-text="true"></span></div></div></div></div>
      <div data-e2e="comment-post" role="button" aria-disabled="true">Post</div>`;
    const el = document.querySelector<HTMLElement>('[contenteditable]')!;
    el.addEventListener('paste', (e) => onPaste(e, el));
    return el;
  }
  it('uses a synthetic paste that carries the text, and verifies by reading back', async () => {
    const el = mountEditor((e, ed) => {
      const ce = e as ClipboardEvent & { data?: string };
      const text = ce.clipboardData?.getData('text/plain') || ce.data || '';
      e.preventDefault();
      ed.querySelector('[data-contents]')!.innerHTML = text
        .split('\n')
        .map((l) => `<div data-block="true"><span>${l}</span></div>`)
        .join('');
      document.querySelector('[data-e2e="comment-post"]')!.removeAttribute('aria-disabled');
    });
    const r = await adapters.tiktok.insertText(el, 'a\nb');
    expect(r).toMatchObject({ ok: true, method: 'paste' });
    expect(adapters.tiktok.readComposer(el)).toBe('a\nb');
  });
  it('does not insert a second time when the editor cancels the paste but changes nothing', async () => {
    const el = mountEditor((e) => e.preventDefault());
    const r = await adapters.tiktok.insertText(el, 'hello');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/cancelled the paste/);
    expect(adapters.tiktok.readComposer(el)).toBe('');
  });
});

describe('diagnose / layoutProblems', () => {
  it('a status page with everything in place has no problems', () => {
    const doc = makeDoc(readOwn('x/status-conversation.html'));
    const reports = adapters.x.diagnose(doc, new URL('https://x.com/cm_brand/status/1900000000000000002'));
    expect(layoutProblems(reports)).toEqual([]);
    expect(reports.find((r) => r.name === 'commentItem')).toEqual({ name: 'commentItem', matched: 1, required: true });
  });
  it('lists required selectors that matched nothing', () => {
    const empty = makeDoc('<html><body><main></main></body></html>');
    expect(layoutProblems(adapters.x.diagnose(empty, new URL('https://x.com/a/status/1')))).toEqual([
      'commentItem',
      'statusTime',
      'composerOrReplyTrigger',
      'activeAccount',
    ]);
    expect(layoutProblems(adapters.tiktok.diagnose(empty, new URL('https://www.tiktok.com/@a/video/1')))).toEqual([
      'commentItem',
      'commentText',
      'composer',
      'composerOrReplyTrigger',
      'submitButton',
      'activeAccount',
    ]);
    expect(layoutProblems(adapters.instagram.diagnose(empty, new URL('https://www.instagram.com/p/Cx/')))).toEqual([
      'commentItem',
      'commentTime',
      'composer',
      'composerOrReplyTrigger',
      'activeAccount',
    ]);
    expect(layoutProblems(adapters.x.diagnose(empty, new URL('https://x.com/home')))).toEqual(['activeAccount']);
  });
  it('requirements depend on the route', () => {
    const doc = makeDoc(readShared('reconstructed/tiktok.html'));
    expect(layoutProblems(adapters.tiktok.diagnose(doc, new URL('https://www.tiktok.com/@a/video/1')))).toEqual([]);
    expect(
      layoutProblems(
        adapters.instagram.diagnose(
          makeDoc(readShared('reconstructed/instagram.html')),
          new URL('https://www.instagram.com/p/ABCdef123/'),
        ),
      ),
    ).toEqual([]);
    const feed = adapters.tiktok.diagnose(
      makeDoc('<html><body></body></html>'),
      new URL('https://www.tiktok.com/foryou'),
    );
    expect(feed.filter((r) => r.required).map((r) => r.name)).toEqual(['activeAccount']);
  });
});

describe('openReply', () => {
  it('X: clicks the comment reply button and resolves with the modal composer', async () => {
    document.body.innerHTML = readOwn('x/status-conversation.html').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
    const article = adapters.x.findComments(document)[2]!;
    article.querySelector('[data-testid="reply"]')!.addEventListener('click', () => {
      document.getElementById('layers')!.innerHTML =
        `<div role="dialog"><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div><button data-testid="tweetButton">Reply</button></div>`;
    });
    const composer = await adapters.x.openReply(article);
    expect(composer?.closest('[role="dialog"]')).not.toBeNull();
  });
  it('Instagram: clicks the translated Reply control, else focuses the form textarea', async () => {
    document.body.innerHTML = readOwn('instagram/post-page.html')
      .replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '')
      .replace(/<span>Reply<\/span>/g, '<span>Ответить</span>');
    const row = adapters.instagram.findComments(document)[0]!;
    let clicked = '';
    document.addEventListener('click', (e) => (clicked = (e.target as Element).textContent ?? ''), { once: true });
    const composer = await adapters.instagram.openReply(row);
    expect(clicked).toBe('Ответить');
    expect(composer?.tagName).toBe('TEXTAREA');
  });
  it('TikTok: clicks comment-reply-N and resolves with the footer editor; abort resolves null', async () => {
    document.body.innerHTML = readShared('tiktok/video-comment-panel.2026-01.html');
    const item = adapters.tiktok.findComments(document)[2]!;
    const composer = await adapters.tiktok.openReply(item);
    expect(composer?.getAttribute('contenteditable')).toBe('true');
    document.body.innerHTML =
      '<div><span data-e2e="comment-level-1">x</span><p data-e2e="comment-reply-1">Reply</p></div>';
    const ctl = new AbortController();
    ctl.abort();
    expect(await adapters.tiktok.openReply(document.querySelector('div')!, ctl.signal)).toBeNull();
  });
});
