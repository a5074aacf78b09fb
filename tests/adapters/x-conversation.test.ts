/** X's conversation is read from the list that holds the cells: wrapped cells, recycled order, separate lists. */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/sites';
import { makeDoc } from './helpers';

const article = (handle: string, id: string, focused = false): string =>
  `<article data-testid="tweet" tabindex="${focused ? -1 : 0}">
    <div><div data-testid="Tweet-User-Avatar"><a href="/${handle}"><img alt="" src="data:,"></a></div></div>
    <div data-testid="User-Name"><a href="/${handle}"><span>${handle}</span></a>
      <a href="/${handle}/status/${id}"><time datetime="2026-03-02T10:00:00.000Z">1h</time></a></div>
    <div data-testid="tweetText"><span>post ${id}</span></div>
  </article>`;
/** A cell at `y` px, optionally inside `wraps` wrappers of one child each. */
const cell = (inner: string, y: number, wraps = 0): string =>
  '<div>'.repeat(wraps) +
  `<div data-testid="cellInnerDiv" style="transform: translateY(${y}px); position: absolute;">${inner}</div>` +
  '</div>'.repeat(wraps);
const heading = '<div><h2>Discover more</h2></div>';
const URL_ = 'https://x.com/brand/status/100';

/** [id, isReply, parentId] of every comment in page (visual) order. */
function threads(doc: Document): [string, boolean, string | null][] {
  const x = adapters.x;
  return x.findComments(doc).map((el) => {
    const c = x.parseComment(el)!;
    return [c.id, c.isReply, c.parentId ?? null];
  });
}

describe('x: the conversation of a cell', () => {
  it('reads wrapped cells and recycled positions in one list', () => {
    const doc = makeDoc(
      `<main><div aria-label="Timeline: Conversation"><div style="position: relative">
        ${cell(article('carol', '102'), 300, 2)}
        ${cell(article('brand', '100', true), 0)}
        ${cell(heading, 400, 1)}
        ${cell(article('bob', '101'), 200, 1)}
        ${cell(article('dave', '103'), 500)}
      </div></div></main>`,
      URL_,
    );
    expect(threads(doc)).toEqual([
      ['100', false, null],
      ['101', true, '100'],
      ['102', true, '100'],
      ['103', false, null], // after the heading: not a reply
    ]);
  });

  it('keeps a second list apart: its cells are not placed among the first list', () => {
    const doc = makeDoc(
      `<main>
        <div><div style="position: relative">
          ${cell(article('brand', '100', true), 0)}
          ${cell(article('bob', '101'), 200)}
        </div></div>
        <aside><div style="position: relative">
          ${cell(heading, 0)}
          ${cell(article('eve', '201'), 100)}
        </div></aside>
      </main>`,
      URL_,
    );
    // The heading of the other list sits at a lower offset than bob's cell, but it does not end the replies.
    expect(threads(doc).find(([id]) => id === '101')).toEqual(['101', true, '100']);
  });

  it('reads the whole column when a cell shares its wrapper with something else', () => {
    // The post the focus replies to sits above it; the focus's wrapper also holds a spacer.
    const doc = makeDoc(
      `<main><div data-testid="primaryColumn"><div style="position: relative">
        <div>${cell(article('ann', '99'), 0)}</div>
        <div>${cell(article('brand', '100', true), 200)}<div></div></div>
        <div>${cell(article('bob', '101'), 400)}</div>
      </div></div></main>`,
      URL_,
    );
    expect(threads(doc)).toEqual([
      ['99', false, null],
      ['100', false, null],
      ['101', true, '100'],
    ]);
  });

  it('reads a single wrapped cell as its own list', () => {
    const doc = makeDoc(`<main><h1>Post</h1><div><div>${cell(article('bob', '101'), 0, 1)}</div></div></main>`, URL_);
    expect(threads(doc)).toEqual([['101', true, '100']]);
  });
});
