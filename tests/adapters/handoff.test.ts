/**
 * findComments hands what it found to parseComment in the same synchronous run (runMap). That may save
 * work only: a comment parsed right after findComments must read exactly as one parsed in a later run.
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/sites';
import { translateY } from '../../lib/sites/x-thread';
import type { SiteKey } from '../../lib/types';
import { makeDoc, readOwn } from './helpers';

const NOW = new Date('2026-03-03T12:00:00Z');
const nextRun = () => new Promise<void>((r) => setTimeout(r, 0));

async function sameRunAndLater(site: SiteKey, doc: Document) {
  const a = adapters[site];
  const els = a.findComments(doc);
  const sameRun = els.map((el) => a.parseComment(el, NOW));
  await nextRun();
  const later = els.map((el) => a.parseComment(el, NOW));
  return { sameRun, later };
}

describe('find → parse handoff', () => {
  for (const [site, file] of [
    ['x', 'x/status-conversation.html'],
    ['tiktok', 'tiktok/video-panel.html'],
    ['instagram', 'instagram/post-page.html'],
  ] as const) {
    it(`${site}: the project's fixture reads the same in the run of findComments and after it`, async () => {
      const { sameRun, later } = await sameRunAndLater(site, makeDoc(readOwn(file)));
      expect(sameRun.filter(Boolean).length).toBeGreaterThan(3);
      expect(sameRun).toEqual(later);
    });
  }

  it('tiktok: a row guessed from structure (no class hooks) is not handed a reply text that is not its own', async () => {
    const doc = makeDoc(`<div id="list"><div id="wrap">
      <div id="top"><div data-e2e="comment-username-1"><a href="/@alice"><p>Alice</p></a></div>
        <p data-e2e="comment-level-1"><span>Top text</span></p></div>
      <div id="reply"><p data-e2e="comment-level-2"><span>Reply text</span></p></div>
    </div></div>`);
    const { sameRun, later } = await sameRunAndLater('tiktok', doc);
    expect(sameRun).toEqual(later);
    expect(sameRun.some((c) => c?.authorHandle === 'alice' && c.text === 'Reply text')).toBe(false);
  });
});

describe('X cell position', () => {
  it('reads translateY, in exponent form past 1e6 px too, and nothing else', () => {
    const cell = (style: string) => makeDoc(`<div id="c" style="${style}"></div>`).getElementById('c')!;
    expect(translateY(cell('transform: translateY(120px); position: absolute;'))).toBe(120);
    expect(translateY(cell('transform: translateY(-4.5px)'))).toBe(-4.5);
    expect(translateY(cell('transform: translateY(1.23457e+06px)'))).toBe(1_234_570);
    expect(translateY(cell('transform: translateY(5em)'))).toBeNull();
    expect(translateY(cell('position: absolute'))).toBeNull();
  });
});
