/** X's shortened links: the whole address in the comment text, without the "…" X draws after it. */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/sites';
import { makeDoc, readOwn } from './helpers';

describe('x: shortened links', () => {
  it('keeps the full address and drops the aria-hidden ellipsis', () => {
    const doc = makeDoc(readOwn('x/status-conversation.html'));
    const article = [...doc.querySelectorAll('article[data-testid="tweet"]')].find((a) =>
      a.querySelector('[data-testid="tweetText"]'),
    )!;
    const text = article.querySelector('[data-testid="tweetText"]')!;
    text.insertAdjacentHTML(
      'beforeend',
      ' Mail order: <a href="https://t.co/abc"><span aria-hidden="true" style="display:none">https://</span>booth.pm/ja/items/889<span aria-hidden="true" style="display:none">3147</span><span aria-hidden="true">…</span></a> 👉',
    );
    const parsed = adapters.x.parseComment(article);
    expect(parsed?.text).toMatch(/Mail order: https:\/\/booth\.pm\/ja\/items\/8893147 👉$/);
    // An ellipsis the author typed stays.
    text.insertAdjacentHTML('beforeend', ' wait…');
    expect(adapters.x.parseComment(article)?.text).toMatch(/wait…$/);
  });
});
