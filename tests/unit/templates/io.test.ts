import { describe, it, expect } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import '../../../lib/i18n/all';
import { exportCsv, exportJson, MAX_IMPORT_BYTES, parseImport, type ImportResult } from '../../../lib/templates/io';
import { parseCsv, toCsv } from '../../../lib/templates/csv';
import { createStarterTemplates } from '../../../lib/templates/starter';
import type { Template } from '../../../lib/templates/model';

const NOW = Date.UTC(2025, 0, 1);
let seq = 0;
const opts = { now: NOW, newId: (): string => `new-${++seq}` };

function errorsOf(r: ImportResult): string[] {
  if (r.ok) throw new Error('expected the import to fail');
  return r.errors.map((e) => e.message);
}
function okTemplates(r: ImportResult): Template[] {
  if (!r.ok) throw new Error(`import failed: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.templates;
}

const file = (templates: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    format: 'riposte-templates',
    version: 1,
    exportedAt: '2025-01-01T00:00:00.000Z',
    templates,
    ...extra,
  });

const sample = (): Template[] => {
  const [a, b] = createStarterTemplates(NOW);
  if (!a || !b) throw new Error('starter templates missing');
  const second: Template = { ...b, brandOnly: true, tags: ['a b?', 'x,y', 'ñ;"q"'] };
  delete second.abbreviation;
  return [{ ...a, usageCount: 7, lastUsedAt: NOW + 5, platforms: ['x', 'tiktok'] }, second];
};

describe('JSON import', () => {
  it('round-trips an export with full fidelity', () => {
    const templates = sample();
    const json = exportJson(templates, new Date(NOW));
    expect(JSON.parse(json)).toMatchObject({
      format: 'riposte-templates',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(okTemplates(parseImport(json, 'json'))).toEqual(templates);
    expect(okTemplates(parseImport(new TextEncoder().encode(json), 'json'))).toEqual(templates);
  });

  it('names the index and field of wrong types', () => {
    const bad = [
      { id: 'a', title: 'A', body: 'x' },
      { id: 'b', title: 'B', body: 'x' },
      { id: 'c', title: 'C', body: 'x' },
      { id: 'd', title: 'D', body: 42 },
    ];
    const r = parseImport(file(bad), 'json', opts);
    expect(errorsOf(r)).toEqual(['templates[3].body: expected string, got number 42']);
    if (!r.ok) expect(r.errors[0]?.field).toBe('templates[3].body');
    expect(
      errorsOf(parseImport(file([{ id: 'a', title: 'A', body: 'x', platforms: ['facebook'] }]), 'json'))[0],
    ).toMatch(/^templates\[0\]\.platforms\[0\]: expected one of "x", "instagram", "tiktok", got "facebook"/);
    expect(errorsOf(parseImport(file([{ id: 'a', title: 'A', body: 'x', tags: 'faq' }]), 'json'))).toEqual([
      'templates[0].tags: expected array, got "faq"',
    ]);
  });

  it('reports missing fields and fills optional ones', () => {
    expect(errorsOf(parseImport(file([{ title: 'A' }]), 'json'))).toEqual([
      'templates[0].id: missing (expected string)',
      'templates[0].body: missing (expected string)',
    ]);
    const [t] = okTemplates(parseImport(file([{ id: 'a', title: 'A', body: 'x' }]), 'json', opts));
    expect(t).toEqual({
      id: 'a',
      title: 'A',
      body: 'x',
      tags: [],
      platforms: [],
      language: '',
      brandOnly: false,
      usageCount: 0,
      createdAt: NOW,
      updatedAt: NOW,
      variants: [],
    });
  });

  it('rejects duplicate ids inside the file', () => {
    expect(
      errorsOf(
        parseImport(
          file([
            { id: 'a', title: 'A', body: 'x' },
            { id: 'a', title: 'B', body: 'y' },
          ]),
          'json',
        ),
      ),
    ).toEqual(['templates[1].id: duplicate id, also used by templates[0]']);
  });

  it('explains syntax errors, wrong format and wrong version', () => {
    expect(errorsOf(parseImport('{"format": "riposte-templates",', 'json'))[0]).toMatch(/^Not valid JSON \(.+\)/);
    expect(errorsOf(parseImport('[1,2]', 'json'))[0]).toMatch(/Not a Riposte templates file/);
    expect(errorsOf(parseImport(file([], { format: 'other' }), 'json'))[0]).toMatch(
      /"format" should be "riposte-templates"/,
    );
    expect(errorsOf(parseImport(file([], { version: 2 }), 'json'))[0]).toMatch(/^Unsupported version 2/);
    expect(errorsOf(parseImport('   ', 'json'))).toEqual(['File is empty.']);
  });

  it('rejects too many templates', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ id: `t${i}`, title: 'T', body: 'b' }));
    expect(errorsOf(parseImport(file(many), 'json'))[0]).toMatch(/Too many templates \(10001\): the limit is 10,000/);
  });

  it('rejects files over 5 MB, as text or bytes', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    expect(errorsOf(parseImport(big, 'json'))).toEqual(['File is too large (10.0 MB): the limit is 5.0 MB.']);
    expect(errorsOf(parseImport(new Uint8Array(MAX_IMPORT_BYTES + 1), 'csv'))[0]).toMatch(/too large/);
    // Multi-byte text is measured in UTF-8 bytes.
    expect(errorsOf(parseImport('é'.repeat(3 * 1024 * 1024), 'csv'))[0]).toMatch(/too large \(6\.0 MB\)/);
  });

  it('rejects invalid UTF-8 bytes', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
    expect(errorsOf(parseImport(bytes, 'json'))[0]).toMatch(/not valid UTF-8/);
    expect(errorsOf(parseImport(bytes.buffer, 'csv'))[0]).toMatch(/not valid UTF-8/);
  });

  it('caps the number of reported errors', () => {
    const bad = Array.from({ length: 80 }, (_, i) => ({ id: `t${i}`, title: 'T', body: 1 }));
    const errs = errorsOf(parseImport(file(bad), 'json'));
    expect(errs).toHaveLength(51);
    expect(errs[50]).toBe('…and 30 more errors');
  });
});

describe('CSV', () => {
  it('parses quotes, embedded newlines, CRLF and a BOM', () => {
    const text = '\ufefftitle,body\r\n"Quote ""this""","Line 1\r\nLine 2, with comma"\r\nPlain,b\r\n\r\n';
    const r = parseCsv(text);
    expect(r).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        { line: 1, cells: ['title', 'body'] },
        { line: 2, cells: ['Quote "this"', 'Line 1\r\nLine 2, with comma'] },
        { line: 4, cells: ['Plain', 'b'] },
      ],
    });
  });

  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('a,b\n1,"oops\n2,3\n')).toEqual({
      ok: false,
      line: 2,
      message: 'Line 2: a quoted field is never closed (missing ")',
    });
    expect(parseCsv('a,b\n"x"y,2\n')).toMatchObject({ ok: false, line: 2 });
  });

  it('reads semicolon-separated files from spreadsheet apps', () => {
    const r = okTemplates(parseImport('title;body;tags\nHi;"Hello; there";a|b\n', 'csv', opts));
    expect(r[0]).toMatchObject({ title: 'Hi', body: 'Hello; there', tags: ['a', 'b'] });
  });

  it('imports rows with defaults and validates each field by line', () => {
    const csv = [
      'Title,Body,Tags,Platforms,Language,Abbreviation,Brand_Only',
      'Ship,"We ship in 2 days.\nTrack it by email.",faq|shipping,x|Instagram,es,;ship,yes',
      'All,Hi,,all,,,',
      'Caps,Hola,,,ES,,',
      'Region,Olá,,,pt_br,,',
    ].join('\n');
    const [a, b, caps, region] = okTemplates(parseImport(csv, 'csv', opts));
    expect([caps?.language, region?.language]).toEqual(['es', 'pt-BR']);
    expect(a).toMatchObject({
      title: 'Ship',
      body: 'We ship in 2 days.\nTrack it by email.',
      tags: ['faq', 'shipping'],
      platforms: ['x', 'instagram'],
      language: 'es',
      abbreviation: ';ship',
      brandOnly: true,
      createdAt: NOW,
    });
    expect(a?.id).toMatch(/^new-/);
    expect(b).toMatchObject({ platforms: [], language: '', brandOnly: false, tags: [] });
    expect(b && 'abbreviation' in b).toBe(false);

    const bad = [
      'title,body,platforms,language,abbreviation,brand_only',
      ',x,,,,',
      'T,"multi\nline",facebook,english,ship,maybe',
      'T,b,x',
    ].join('\r\n');
    const r = parseImport(bad, 'csv', opts);
    expect(errorsOf(r)).toEqual([
      'Line 2, title: must not be empty',
      'Line 3, platforms: unknown platform "facebook" (use x, instagram, tiktok, separated by |)',
      'Line 3, language: "english" is not a language code like en or pt-BR',
      'Line 3, abbreviation: "ship" must start with ";" and be 2–32 characters without spaces',
      'Line 3, brand_only: "maybe" should be true or false',
      'Line 5: expected 6 fields, found 3 (a value with a comma or quote must be in double quotes)',
    ]);
    if (!r.ok) expect(r.errors[1]).toMatchObject({ line: 3, field: 'platforms' });
  });

  it('requires the title and body columns', () => {
    expect(errorsOf(parseImport('name,text\na,b\n', 'csv'))[0]).toMatch(/^Line 1: missing column\(s\) title, body/);
  });

  it('round-trips export → import', () => {
    const templates = sample();
    const csv = exportCsv(templates);
    expect(csv.startsWith('\ufefftitle,body,tags,platforms,language,abbreviation,brand_only\r\n')).toBe(true);
    const back = okTemplates(parseImport(csv, 'csv', opts));
    const strip = (t: Template): Partial<Template> => ({
      title: t.title,
      body: t.body,
      tags: t.tags,
      platforms: t.platforms,
      language: t.language,
      abbreviation: t.abbreviation,
      brandOnly: t.brandOnly,
    });
    expect(back.map(strip)).toEqual(templates.map(strip));
    // Also through bytes with the BOM.
    expect(okTemplates(parseImport(new TextEncoder().encode(csv), 'csv', opts)).map(strip)).toEqual(
      templates.map(strip),
    );
  });

  it('writes formula-like cells as text for spreadsheets, and reads them back unchanged', () => {
    const [t] = sample();
    const risky = {
      ...t!,
      title: '=HYPERLINK("http://evil.example")',
      body: '@{author} thanks! -5% today',
      tags: ['+vip'],
    };
    const csv = exportCsv([risky]);
    const row = parseCsv(csv);
    if (!row.ok) throw new Error(row.message);
    expect(row.rows[1]!.cells.slice(0, 3)).toEqual([`'${risky.title}`, `'${risky.body}`, "'+vip"]);
    const [back] = okTemplates(parseImport(csv, 'csv', opts));
    expect(back).toMatchObject({ title: risky.title, body: risky.body, tags: ['+vip'] });
  });

  it('writes RFC 4180 fields', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny', ' pad']])).toBe('a,"b,c","say ""hi""","x\ny"," pad"\r\n');
  });
});

describe('import errors in the UI language', () => {
  const messages = (r: ImportResult) => (r.ok ? [] : r.errors.map((e) => e.message));

  it('names the line and field in Spanish, Russian and Dutch', () => {
    const csv = 'title,body,platforms,language\nHola,,myspace,español!\n';
    try {
      setLanguage('es');
      expect(messages(parseImport(csv, 'csv'))).toEqual([
        'Línea 2, body: no puede estar vacío',
        'Línea 2, platforms: plataforma desconocida "myspace" (usa x, instagram, tiktok, separadas por |)',
        'Línea 2, language: "español!" no es un código de idioma como en o pt-BR',
      ]);
      setLanguage('ru');
      expect(messages(parseImport('{"format":"riposte-templates","version":99,"templates":[]}', 'json'))).toEqual([
        'Неподдерживаемая версия 99: эта версия Riposte читает версию 1. Обновите Riposte или экспортируйте заново.',
      ]);
      setLanguage('nl');
      expect(messages(parseImport('"title,body\nA,b\n', 'csv'))).toEqual([
        'Regel 1: een veld tussen aanhalingstekens wordt nooit gesloten (" ontbreekt)',
      ]);
      expect(
        messages(
          parseImport(
            JSON.stringify({ format: 'riposte-templates', version: 1, templates: [{ id: 'a', title: 5, body: 'x' }] }),
            'json',
          ),
        ),
      ).toEqual(['templates[0].title: string verwacht, number 5 gekregen']);
    } finally {
      setLanguage(null);
    }
  });
});
