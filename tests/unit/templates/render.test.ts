import { describe, it, expect } from 'vitest';
import {
  deriveFirstName,
  parseTemplate,
  renderTemplate,
  sanitizePageValue,
  type RenderResult,
} from '../../../lib/templates/render';
import { setLanguage } from '../../../lib/i18n';
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
