/** Where the sentiment chip goes: on X, the article's own handle · time line (the article keeps its height). */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/sites';
import { makeDoc, readOwn } from './helpers';

const x = adapters.x;

describe('chip anchor', () => {
  it("X: every comment's chip goes on its own handle line, outside a quoted post", () => {
    const doc = makeDoc(readOwn('x/status-conversation.html'));
    const articles = x.findComments(doc);
    expect(articles.length).toBeGreaterThan(3);
    let quoted = 0;
    for (const article of articles) {
      const line = x.chipAnchor!(article)!;
      expect(line).not.toBeNull();
      const name = line.parentElement!;
      expect(name.getAttribute('data-testid')).toBe('User-Name');
      expect(line.textContent).toContain(`@${x.parseComment(article)!.authorHandle}`);
      const quote = article.querySelector('div[role="link"]');
      if (quote) {
        quoted++;
        expect(quote.contains(line)).toBe(false);
      }
    }
    expect(quoted).toBeGreaterThan(0); // the fixture has a reply quoting a post
  });

  it('X: none for an unknown header (the chip then goes at the end of the comment)', () => {
    const doc = makeDoc(
      '<article data-testid="tweet"><div data-testid="User-Name"><span>Only one line</span></div></article><article data-testid="tweet"></article>',
    );
    for (const article of doc.querySelectorAll('article')) expect(x.chipAnchor!(article)).toBeNull();
  });

  it('Instagram and TikTok: none (their rows do not move each other)', () => {
    expect(adapters.instagram.chipAnchor).toBeUndefined();
    expect(adapters.tiktok.chipAnchor).toBeUndefined();
  });
});
