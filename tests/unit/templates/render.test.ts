import { describe, it, expect } from 'vitest';
import {
  deriveFirstName,
  parseTemplate,
  renderTemplate,
  sanitizePageValue,
  type RenderResult,
} from '../../../lib/templates/render';
import { setLanguage } from '../../../lib/i18n';
import { postUrl, renderForSite } from '../../../lib/templates/apply';
import { createTemplate } from '../../../lib/templates/model';
import '../../../lib/i18n/all';

function text(r: RenderResult): string {
  if (!r.ok) throw new Error(`render failed: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.text;
}

describe('renderTemplate', () => {
  it('substitutes variables and fallbacks', () => {
    expect(text(renderTemplate('Hi {first_name|there}!', { author: 'Ana López' }))).toBe('Hi Ana!');
    expect(text(renderTemplate('Hi {first_name|there}!', {}))).toBe('Hi there!');
    expect(text(renderTemplate('Hi {first_name|}!', {}))).toBe('Hi !');
    expect(text(renderTemplate('On {platform}', { platform: 'tiktok' }))).toBe('On TikTok');
    expect(text(renderTemplate('{ First_Name }', { first_name: 'Bo' }))).toBe('Bo');
  });

  it('reports unknown variables as errors with their position', () => {
    const r = renderTemplate('Hello {frist_name}', { first_name: 'Ana' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ kind: 'unknown-variable', name: 'frist_name', index: 6 });
  });

  it('reports a variable without value nor fallback, naming it', () => {
    const r = renderTemplate('Hi {first_name}, see {post_url}', {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.kind)).toEqual(['missing-value', 'missing-value']);
    expect(r.errors[0]?.message).toBe('No value for {first_name}: add a fallback like {first_name|there}');
    expect(r.errors[1]?.name).toBe('post_url');
  });

  it('escapes braces with {{ and }}', () => {
    expect(text(renderTemplate('Use {{code}} and {{{handle}}}', { handle: 'bo' }))).toBe('Use {code} and {@bo}');
  });

  it('reports syntax errors', () => {
    const kinds = (body: string): string[] => parseTemplate(body).errors.map((e) => e.kind);
    expect(kinds('Hi {first_name')).toEqual(['syntax']);
    expect(kinds('Hi }')).toEqual(['syntax']);
    expect(kinds('Hi {}')).toEqual(['syntax']);
    expect(kinds('{cursor} and {cursor}')).toEqual(['syntax']);
    expect(kinds('{bad name}')).toEqual(['syntax']);
    expect(renderTemplate('Hi {first_name', { first_name: 'A' }).ok).toBe(false);
  });

  it('inserts HTML-looking values verbatim as text', () => {
    const author = '<img src=x onerror=alert(1)> & "Bob"';
    expect(text(renderTemplate('{author}', { author }))).toBe(author);
    expect(text(renderTemplate('Hi {first_name|x}', { first_name: '<b>Bo</b>' }))).toBe('Hi <b>Bo</b>');
  });

  it('does not re-parse braces inside values', () => {
    expect(text(renderTemplate('{author}', { author: '{handle}' }))).toBe('{handle}');
  });

  it('returns the cursor offset and removes the marker', () => {
    const r = renderTemplate('Hi {first_name|there}, {cursor} Thanks!', { first_name: 'Zoë' });
    expect(r).toEqual({ ok: true, text: 'Hi Zoë,  Thanks!', cursorOffset: 8, hasCursor: true });
    const end = renderTemplate('No cursor', {});
    expect(end).toMatchObject({ ok: true, cursorOffset: 9, hasCursor: false });
    // UTF-16 offset, after an emoji (2 code units).
    expect(renderTemplate('😀{cursor}', {})).toMatchObject({ cursorOffset: 2 });
  });

  it('renders handles with exactly one @', () => {
    expect(text(renderTemplate('{handle}', { handle: '@@ana ' }))).toBe('@ana');
    expect(text(renderTemplate('{handle}', { handle: 'ana' }))).toBe('@ana');
    expect(text(renderTemplate('from {my_account}', { my_account: '@brand' }))).toBe('from @brand');
    expect(text(renderTemplate('{handle|you}', { handle: '@' }))).toBe('you');
  });

  it('strips control characters and bidi overrides from page values', () => {
    const evil = 'Ana\u202Egnp.exe\u0000\u200F';
    expect(text(renderTemplate('{author}', { author: evil }))).toBe('Anagnp.exe');
    expect(sanitizePageValue(' a\n\tb \u2066c\u2069 ')).toBe('a b c');
    // ZWJ emoji sequences survive.
    expect(sanitizePageValue('👩‍💻 Dev')).toBe('👩‍💻 Dev');
  });

  it('formats date and time with Intl', () => {
    const now = new Date(Date.UTC(2025, 2, 4, 15, 7));
    const ctx = { now, locale: 'en-US', timeZone: 'UTC' };
    expect(text(renderTemplate('{date}', ctx))).toBe('March 4, 2025');
    expect(text(renderTemplate('{time}', ctx))).toMatch(/^3:07\sPM$/);
    expect(text(renderTemplate('{date}', { ...ctx, locale: 'es' }))).toBe('4 de marzo de 2025');
    // Invalid locale falls back rather than throwing.
    expect(renderTemplate('{date}', { ...ctx, locale: '!!' }).ok).toBe(true);
  });
});

describe('first_name derivation', () => {
  it.each([
    ['María José García', 'María'],
    ['🌸 Sofia 🌸', 'Sofia'],
    ['✨Lena✨ | Travel', 'Lena'],
    ['Анна Петрова', 'Анна'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ["O'Brien!", "O'Brien"],
    ['田中 太郎', '田中'],
    ['محمد علي', 'محمد'],
    ['🔥🔥🔥', ''],
    ['', ''],
  ])('%s → %s', (author, expected) => {
    expect(deriveFirstName(author)).toBe(expected);
  });

  it('prefers an explicit first_name and falls back when nothing is derivable', () => {
    expect(text(renderTemplate('{first_name}', { first_name: 'Max', author: 'Anna B' }))).toBe('Max');
    expect(text(renderTemplate('Hi {first_name|there}', { author: '🔥🔥' }))).toBe('Hi there');
  });
});

describe('parseTemplate', () => {
  it('lists variables for the editor', () => {
    const p = parseTemplate('Hi {first_name|there} {handle} {first_name} {cursor}');
    expect(p.variables).toEqual(['first_name', 'handle']);
    expect(p.hasCursor).toBe(true);
    expect(p.errors).toEqual([]);
  });
});

describe('renderTemplate — messages in the UI language', () => {
  it('names the variable in Spanish when the UI is Spanish', () => {
    setLanguage('es');
    try {
      const r = renderTemplate('Hola {first_name}, {nope}', {});
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors.map((e) => e.message)).toEqual([
          'Sin valor para {first_name}: añade un valor alternativo como {first_name|there}',
          expect.stringMatching(/^Variable desconocida \{nope\}\. Disponibles: \{author\}/),
        ]);
      }
    } finally {
      setLanguage(null);
    }
  });
});

describe('first names people would write', () => {
  it('skips titles and initials, writes all-caps names as names, and gives no name for organisations', () => {
    const cases: [string, string][] = [
      ['Dr. Jane Smith', 'Jane'],
      ['Mr. John Doe', 'John'],
      ['Mrs. Brown', ''],
      ['Sra. García', ''],
      ['J. R. R. Tolkien', ''],
      ['JOHN SMITH', 'John'],
      ['MARÍA GARCÍA', 'María'],
      ['The Coffee Shop', ''],
      ['Nike Official', ''],
      ['No.1 Fan', ''],
      ['🌸 Ana 🌸', 'Ana'],
      ['Jean-Luc Picard', 'Jean-Luc'],
      ['Анна Петрова', 'Анна'],
      ['maria.lopez_88', ''],
    ];
    expect(cases.map(([name]) => [name, deriveFirstName(name)])).toEqual(cases);
  });

  it('an explicit empty first name uses the fallback instead of guessing from {author}', () => {
    const r = renderTemplate('Hi {first_name|there}!', { author: 'maria.lopez_88', first_name: '' });
    expect(r.ok && r.text).toBe('Hi there!');
  });
});

describe('a template as it goes out', () => {
  const tpl = createTemplate({
    id: 't',
    title: 'Back soon',
    body: 'Back on {date}',
    language: 'en',
    now: 1,
    variants: [{ id: 'es', platforms: [], language: 'es', body: 'Volvemos el {date}' }],
  });
  it("writes {date} the way the reply's language does", () => {
    const now = new Date('2026-03-04T12:00:00Z');
    const es = renderForSite(tpl, { site: 'x', lang: 'es' }, { now, locale: 'en-US', timeZone: 'UTC' });
    expect(es.ok && es.text).toBe('Volvemos el 4 de marzo de 2026');
    const en = renderForSite(tpl, { site: 'x', lang: 'en' }, { now, locale: 'en-US', timeZone: 'UTC' });
    expect(en.ok && en.text).toBe('Back on March 4, 2026');
  });

  it("{post_url} is the post's address, never the page's (a feed, X's reply dialog)", () => {
    const page = new URL('https://x.com/compose/post');
    expect(postUrl('x', { kind: 'compose' }, '1790', page)).toBe('https://x.com/i/status/1790');
    expect(postUrl('instagram', { kind: 'feed' }, 'C8abc', new URL('https://www.instagram.com/'))).toBe(
      'https://www.instagram.com/p/C8abc/',
    );
    const video = new URL('https://www.tiktok.com/@brand/video/7301?lang=en');
    expect(postUrl('tiktok', { kind: 'video', postId: '7301' }, undefined, video)).toBe(
      'https://www.tiktok.com/@brand/video/7301',
    );
    expect(postUrl('tiktok', { kind: 'feed' }, '7301', new URL('https://www.tiktok.com/foryou'))).toBe('');
    expect(postUrl('x', null, undefined, page)).toBe('');
  });
});
