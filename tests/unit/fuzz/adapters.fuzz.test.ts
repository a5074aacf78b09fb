/**
 * Fuzz: the site adapters on randomly mutated copies of the project's own fixtures
 * (tests/fixtures/<site>/*.html). Elements are deleted, duplicated, moved and swapped, attributes
 * stripped or replaced with junk, hostile text injected. findComments / parseComment (and the other
 * read-only entry points) must never throw and must return well-formed ParsedComment objects.
 *
 * Deterministic: a fixed seed per site (FUZZ_SEED=<n> replays another run). Mutations accumulate on one
 * working copy, which is reset to the pristine fixture every RESET iterations (parsing is the slow part).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { adapters } from '../../../lib/sites';
import type { ParsedComment, SiteKey } from '../../../lib/types';
import { createRng, HOSTILE_STRINGS, seedFor, type Rng } from './prng';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const NOW = new Date('2026-03-03T12:00:00.000Z');
const ITERATIONS = 1_200;
const RESET = 50;
/** The page-level entry points (account, composers, diagnose) are slower: every few iterations. */
const PAGE_LEVEL_EVERY = 4;
const SEEDS: Record<SiteKey, number> = { x: 0x5eed01, instagram: 0x5eed02, tiktok: 0x5eed03 };
const URLS: Record<SiteKey, string> = {
  x: 'https://x.com/cm_brand/status/1900000000000000002',
  instagram: 'https://www.instagram.com/p/C0ffEeRpl1c/',
  tiktok: 'https://www.tiktok.com/@brand_cm/video/7400000000000000777',
};
const PRECISIONS = new Set(['exact', 'relative', 'unknown']);
const ATTRS = [
  'href',
  'datetime',
  'data-testid',
  'data-e2e',
  'aria-label',
  'class',
  'dir',
  'tabindex',
  'style',
  'role',
  'id',
  'title',
  'contenteditable',
];
const JUNK_VALUES = [
  ...HOSTILE_STRINGS.slice(0, 14),
  '/status/',
  '/x/status/abc',
  '/a/status/1/photo/1',
  '//evil.example/brand/status/1',
  '/@/video/',
  '/@brand_cm/video/-1',
  '/p//c/',
  '/p/C0ffEe/c/17999999999999999/',
  'not-a-date',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T25:61:00Z',
  '-1',
  'transform: translateY(NaNpx)',
  'transform: translateY(-1e309px)',
  'tweet',
  'cellInnerDiv',
  'comment-level-1',
  'true',
];

function listFixtures(site: SiteKey): string[] {
  return fs
    .readdirSync(path.join(FIXTURES, site))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function elementsOf(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll('*'));
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Applies one random mutation; returns a short description for the failure report. */
function mutate(doc: Document, rng: Rng, maxElements: number): string {
  const els = elementsOf(doc);
  if (els.length === 0) {
    doc.body.innerHTML = '<div>empty</div>';
    return 'refill';
  }
  const el = rng.pick(els);
  const tag = el.tagName.toLowerCase();
  switch (rng.int(9)) {
    case 0: {
      el.remove();
      return `delete <${tag}>`;
    }
    case 1: {
      // Bounded growth: duplicating big subtrees again and again would only make the run slow.
      if (els.length + el.querySelectorAll('*').length > maxElements) return 'duplicate (skipped)';
      el.after(el.cloneNode(true));
      return `duplicate <${tag}>`;
    }
    case 2: {
      // Move to a random position elsewhere (never inside itself).
      const target = rng.pick(els);
      if (target === el || el.contains(target)) return 'move (skipped)';
      if (rng.chance(0.5)) target.append(el);
      else target.before(el);
      return `move <${tag}> to <${target.tagName.toLowerCase()}>`;
    }
    case 3: {
      const parent = el.parentElement;
      const kids = parent ? Array.from(parent.children) : [];
      if (!parent || kids.length < 2) return 'reorder (skipped)';
      for (let i = kids.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [kids[i], kids[j]] = [kids[j]!, kids[i]!];
      }
      for (const k of kids) parent.append(k);
      return `shuffle children of <${parent.tagName.toLowerCase()}>`;
    }
    case 4: {
      for (const a of Array.from(el.attributes)) el.removeAttribute(a.name);
      return `strip attributes of <${tag}>`;
    }
    case 5: {
      const names = Array.from(el.attributes).map((a) => a.name);
      if (!names.length) return 'strip attribute (skipped)';
      const name = rng.pick(names);
      el.removeAttribute(name);
      return `remove ${name} of <${tag}>`;
    }
    case 6: {
      const name = rng.pick(ATTRS);
      el.setAttribute(name, rng.pick(JUNK_VALUES));
      return `set ${name} of <${tag}>`;
    }
    case 7: {
      const texts = textNodes(el);
      const s = rng.pick(HOSTILE_STRINGS);
      if (texts.length && rng.chance(0.6)) {
        const t = rng.pick(texts);
        t.data = rng.chance(0.5) ? s : t.data + s;
        return 'hostile text (replace/append)';
      }
      el.append(doc.createTextNode(s));
      return `hostile text node in <${tag}>`;
    }
    default: {
      // Markup-looking text wrapped in an element (as a site would render a span with user text).
      const span = doc.createElement(rng.pick(['span', 'div', 'a', 'time']));
      span.textContent = rng.pick(HOSTILE_STRINGS);
      if (rng.chance(0.5)) span.setAttribute('dir', 'auto');
      if (span.tagName === 'A') span.setAttribute('href', rng.pick(JUNK_VALUES));
      if (span.tagName === 'TIME') span.setAttribute('datetime', rng.pick(JUNK_VALUES));
      el.append(span);
      return `hostile <${span.tagName.toLowerCase()}> in <${tag}>`;
    }
  }
}

const MARKUP = /<\/?[a-z][^<>]*>/gi;

/** Problems with one parsed comment ([] when well-formed). */
function problems(c: ParsedComment, docText: () => string): string[] {
  const p: string[] = [];
  const optString = (k: keyof ParsedComment) => {
    const v = c[k];
    if (v !== undefined && typeof v !== 'string') p.push(`${k} is ${typeof v}`);
  };
  if (typeof c.id !== 'string' || c.id.length === 0) p.push(`id ${JSON.stringify(c.id)}`);
  if (typeof c.authorHandle !== 'string') p.push('authorHandle not a string');
  if (typeof c.text !== 'string') p.push('text not a string');
  if (typeof c.isReply !== 'boolean') p.push('isReply not boolean');
  if (c.isFocusedPost !== undefined && typeof c.isFocusedPost !== 'boolean') p.push('isFocusedPost not boolean');
  if (!PRECISIONS.has(c.createdAtPrecision)) p.push(`createdAtPrecision ${String(c.createdAtPrecision)}`);
  for (const k of ['authorName', 'createdAt', 'permalink', 'parentId', 'postId'] as const) optString(k);
  if (typeof c.createdAt === 'string') {
    const ms = Date.parse(c.createdAt);
    if (Number.isNaN(ms) || new Date(ms).toISOString() !== c.createdAt) p.push(`createdAt ${c.createdAt}`);
  }
  if (c.permalink !== undefined && !/^https:\/\/[^/\s]+\//.test(c.permalink)) p.push(`permalink ${c.permalink}`);
  if (c.parentId !== undefined && c.parentId.length === 0) p.push('empty parentId');
  if (c.parentId !== undefined && c.parentId === c.id) p.push('comment is its own parent');
  // Text fields come from text nodes: markup in them must be text the page really contains.
  for (const k of ['text', 'authorName', 'authorHandle'] as const) {
    const v = c[k];
    if (typeof v !== 'string') continue;
    for (const m of v.match(MARKUP) ?? [])
      if (!docText().includes(m)) p.push(`${k} holds markup not in the text: ${m}`);
  }
  return p;
}

function fuzzSite(site: SiteKey): void {
  const adapter = adapters[site];
  const files = listFixtures(site);
  const pristine = new Map(files.map((f) => [f, fs.readFileSync(path.join(FIXTURES, site, f), 'utf8')]));
  const url = new URL(URLS[site]);

  it(`${site}: ${ITERATIONS} mutated copies of ${files.join(', ')} never throw and parse well-formed`, () => {
    const seed = seedFor(SEEDS[site]);
    const rng = createRng(seed);
    let doc: Document | null = null;
    let file = '';
    let log: string[] = [];
    let parsedTotal = 0;
    let maxElements = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      if (i % RESET === 0) {
        file = files[(i / RESET) % files.length]!;
        doc = parse(pristine.get(file)!);
        maxElements = 2 * elementsOf(doc).length + 50;
        log = [];
      }
      const n = rng.range(1, 3);
      for (let k = 0; k < n; k++) log.push(mutate(doc!, rng, maxElements));
      const where = () => `seed ${seed}, iteration ${i}, ${site}/${file}, after: ${log.slice(-12).join(' | ')}`;
      let comments: Element[];
      try {
        comments = adapter.findComments(doc!);
        if (i % PAGE_LEVEL_EVERY === 0) {
          const account = adapter.getActiveAccount(doc!);
          if (account && (typeof account.handle !== 'string' || !account.handle)) throw new Error('empty handle');
          for (const c of adapter.findComposers(doc!)) adapter.findSubmitButton(c);
          for (const r of adapter.diagnose(doc!, url)) {
            if (typeof r.name !== 'string' || !(r.matched >= 0)) throw new Error(`bad report ${JSON.stringify(r)}`);
          }
        }
      } catch (err) {
        throw new Error(`threw ${String(err)} (${where()})`, { cause: err });
      }
      expect(Array.isArray(comments), where()).toBe(true);
      let text: string | null = null;
      const docText = () => (text ??= doc!.documentElement.textContent ?? '');
      for (const el of comments) {
        expect(el.nodeType, where()).toBe(1);
        let parsed: ParsedComment | null;
        try {
          parsed = adapter.parseComment(el, NOW);
        } catch (err) {
          throw new Error(`parseComment threw ${String(err)} (${where()})`, { cause: err });
        }
        if (parsed === null) continue;
        parsedTotal++;
        const bad = problems(parsed, docText);
        if (bad.length) throw new Error(`${bad.join('; ')} (${where()})`);
      }
    }
    // The fuzzer exercised the parsers, not only the failure paths.
    expect(parsedTotal).toBeGreaterThan(ITERATIONS);
  });
}

describe('fuzz: site adapters on mutated fixtures', () => {
  for (const site of ['x', 'instagram', 'tiktok'] as const) fuzzSite(site);
});

describe('fuzz regressions', () => {
  it('tiktok: a reply whose derived id collides with its parent is never its own parent', () => {
    // Found by the fuzzer: the same author repeating the parent's text in a reply, on a layout without the
    // username wrapper (no name link to count ordinals), derives the parent's id.
    const doc = parse(fs.readFileSync(path.join(FIXTURES, 'tiktok/video-panel.html'), 'utf8'));
    const top = doc.querySelector('[data-e2e="comment-level-1"]')!;
    const reply = [...doc.querySelectorAll('[data-e2e="comment-level-2"]')].find((e) => e.textContent === 'yay')!;
    reply.innerHTML = top.innerHTML;
    const item = reply.parentElement!.parentElement!;
    item.querySelector('[data-e2e^="comment-username-"]')!.removeAttribute('data-e2e');
    const parsed = adapters.tiktok.findComments(doc).map((el) => adapters.tiktok.parseComment(el, NOW));
    const echo = parsed.find((c) => c?.isReply && c.text === top.textContent)!;
    expect(echo).toBeTruthy();
    expect(echo.parentId).not.toBe(echo.id);
  });
});
