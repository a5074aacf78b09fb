/** textOf: the text as the user reads it, by textContent when that is the same, else by a walk. */
import { describe, expect, it } from 'vitest';
import { textOf } from '../../lib/sites/dom';
import { makeDoc } from './helpers';

const el = (html: string): Element => makeDoc(`<div id="r">${html}</div>`).getElementById('r')!;

describe('textOf', () => {
  it('reads plain nested text as textContent does', () => {
    expect(textOf(el('<span>Hola <b>mundo</b></span> <i>!</i>'))).toBe('Hola mundo !');
  });

  it('reads emoji images by their alt text, line breaks as newlines', () => {
    expect(textOf(el('<span>Love it<img alt="😍" src="x.png"></span><br>Line two'))).toBe('Love it😍\nLine two');
  });

  it('drops scripts, styles, templates and svg, keeps what follows them', () => {
    expect(
      textOf(el('a<script>alert(1)</script>b<style>p{}</style>c<template>t</template>d<svg><text>s</text></svg>e')),
    ).toBe('abcde');
  });

  it('finds an image or line break however deep or late it sits, in small and in large subtrees', () => {
    // Deep in the last branch of a small subtree.
    expect(textOf(el('<span><b>a</b></span><span><i><u>b<img alt="✨"></u></i></span>c'))).toBe('ab✨c');
    expect(textOf(el('<p><span>x</span></p><p><span><span>y<br>z</span></span></p>'))).toBe('xy\nz');
    // Past the small-subtree walk's 16 elements: the same answers.
    const many = '<span>w</span>'.repeat(20);
    expect(textOf(el(`${many}<em>e<img alt="🔥"></em>`))).toBe(`${'w'.repeat(20)}e🔥`);
    expect(textOf(el(many))).toBe('w'.repeat(20));
  });

  it('drops subtrees the caller skips', () => {
    const root = el('<span>keep</span><span class="x">drop</span><span> too</span>');
    expect(textOf(root, (e) => e.className === 'x')).toBe('keep too');
  });

  it('ignores comment nodes and reads a text node given directly', () => {
    const root = el('a<!-- hidden -->b');
    expect(textOf(root)).toBe('ab');
    expect(textOf(root.firstChild!)).toBe('');
  });

  it('reads text with the skip hint in one call only when nothing in it matches the hint', () => {
    const skip = (e: Element) => e.tagName === 'SPAN' && e.getAttribute('aria-hidden') === 'true';
    const hint = 'span[aria-hidden="true"]';
    expect(textOf(el('<span>plain</span> text'), skip, hint)).toBe('plain text');
    expect(
      textOf(el('<a>https://<span>example.com/long</span><span aria-hidden="true">…</span></a> ok'), skip, hint),
    ).toBe('https://example.com/long ok');
  });
});
