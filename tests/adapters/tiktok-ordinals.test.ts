/** TikTok's derived ids: the ordinal counts only the same author's identical comments above, and follows the page. */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/sites';
import { makeDoc, parseAll } from './helpers';

const row = (handle: string, text: string, named = true): string => `
  <div class="x--DivCommentObjectWrapper"><div class="x--DivCommentItemWrapper">
    <a href="/@${handle}"><span data-e2e=""><img alt="" src="data:,"></span></a>
    <div><div data-e2e="comment-username-1">${named ? `<a href="/@${handle}"><p>${handle}</p></a>` : `<p>${handle}</p>`}</div>
    <span data-e2e="comment-level-1"><span>${text}</span></span>
    <div><span>1h</span><p role="button" data-e2e="comment-reply-1">Reply</p></div></div>
  </div></div>`;
const page = (rows: string[]): string =>
  `<html><body><div class="x--DivCommentListContainer">${rows.join('')}</div></body></html>`;
const URL_ = 'https://www.tiktok.com/@brand/video/7400000000000000001';
/** handle:ordinal of each parsed comment, in page order. */
const ords = (doc: Document): string[] =>
  parseAll(adapters.tiktok, doc).map((c) => `${c.authorHandle}:${c.id.split(':').pop()}`);
const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('tiktok: ordinals among identical comments', () => {
  it('counts per author and per text, in page order', () => {
    const doc = makeDoc(
      page([
        row('ann', 'hi'),
        row('bob', 'hi'),
        row('ann', 'hello'),
        row('ann', 'hi'),
        row('bob', 'hi'),
        row('ann', ' hi '),
      ]),
      URL_,
    );
    // " hi " normalizes to "hi": the same identity.
    expect(ords(doc)).toEqual(['ann:0', 'bob:0', 'ann:0', 'ann:1', 'bob:1', 'ann:2']);
    const ids = parseAll(adapters.tiktok, doc).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives 0 to a comment whose name block has no link, and does not count it for others', () => {
    const doc = makeDoc(page([row('ann', 'hi', false), row('ann', 'hi'), row('ann', 'hi')]), URL_);
    expect(ords(doc)).toEqual(['ann:0', 'ann:0', 'ann:1']);
  });

  it('with classes stripped, counts a text only as its own name link reads it (ids as stored before)', () => {
    // Rows found by structure alone: a reply without a name block sits under a row that has one.
    const bare = (handle: string, text: string, named: boolean, level: number, inner = '') => `<div>
      <div><a href="/@${handle}"><span data-e2e=""><img alt="" src="data:,"></span></a></div>
      <div>${named ? `<div><div data-e2e="comment-username-${level}"><a href="/@${handle}"><p>${handle}</p></a></div></div>` : ''}
      <span data-e2e="comment-level-${level}"><span>${text}</span></span>
      <div><span>1h</span><p role="button" data-e2e="comment-reply-${level}">Reply</p></div></div>${inner}</div>`;
    const html = (body: string) => `<html><body><div>${body}</div></body></html>`;
    // Thread A (ann, "hi") with bob's reply "hi" that has no name block, then thread B (ann, "hi").
    const a = makeDoc(
      html(bare('ann', 'hi', true, 1, `<div>${bare('bob', 'hi', false, 2)}</div>`) + bare('ann', 'hi', true, 1)),
      URL_,
    );
    expect(ords(a)).toEqual(['ann:0', 'ann:0', 'ann:1']);
    // A first row without a name block, then a thread whose replies are by bob (named) and ann (not named).
    const b = makeDoc(
      html(
        bare('ann', 'hi', false, 1) +
          bare('ann', 'hi', true, 1, `<div>${bare('bob', 'hi', true, 2)}${bare('ann', 'hi', false, 2)}</div>`) +
          bare('ann', 'hi', true, 1),
      ),
      URL_,
    );
    expect(ords(b)).toEqual(['ann:0', 'ann:0', 'bob:0', 'bob:0', 'ann:1']);
  });

  it('re-reads after the page changes: an identical comment above shifts, an edited text leaves the group', async () => {
    const doc = makeDoc(page([row('ann', 'hi'), row('ann', 'yo')]), URL_);
    expect(ords(doc)).toEqual(['ann:0', 'ann:0']);
    await nextTask();
    const list = doc.querySelector('[class*="DivCommentListContainer"]')!;
    list.insertAdjacentHTML('afterbegin', row('ann', 'yo'));
    expect(ords(doc)).toEqual(['ann:0', 'ann:0', 'ann:1']);
    await nextTask();
    list.insertAdjacentHTML('afterbegin', row('ann', 'hi'));
    expect(ords(doc)).toEqual(['ann:0', 'ann:0', 'ann:1', 'ann:1']);
    await nextTask();
    list.querySelector('[data-e2e="comment-level-1"] span')!.textContent = 'edited';
    expect(ords(doc)).toEqual(['ann:0', 'ann:0', 'ann:0', 'ann:1']);
  });
});
