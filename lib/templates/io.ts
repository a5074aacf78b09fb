/**
 * Import / export of templates.
 *
 * JSON (full fidelity): `{ format: 'riposte-templates', version: 1, exportedAt, templates }`.
 *
 * CSV (interchange with spreadsheets and other tools), one template per row:
 *   title, body, tags, platforms, language, abbreviation, brand_only
 * - `tags` and `platforms` are `|`-separated (`;` and `,` are common inside
 *   tags and are the separators of spreadsheet CSV dialects); platforms are
 *   x, instagram, tiktok, empty (or `all`) for every platform;
 * - `brand_only` is true/false (yes/no and 1/0 accepted);
 * - an optional `id` column is kept on import;
 * - variants, usage counts and dates are not in CSV: use JSON for backups.
 *
 * Imports are validated as a whole: either every template is valid, or nothing
 * is imported and the errors name the line (CSV) or the field path (JSON).
 */
import { asSpreadsheetText, fromSpreadsheetText, parseCsv, toCsv } from './csv';
import { abbreviationSchema, languageSchema, templateSchema, type Template } from './model';
import { SITE_KEYS, type SiteKey } from '../types';
import { zodIssuesToErrors, type ImportError } from './validation';
import { currentLanguage, t } from '../i18n/index';

export type { ImportError } from './validation';

export const EXPORT_FORMAT = 'riposte-templates';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_TEMPLATES = 10_000;
const MAX_REPORTED_ERRORS = 50;

export const CSV_COLUMNS = ['title', 'body', 'tags', 'platforms', 'language', 'abbreviation', 'brand_only'] as const;

export type ImportKind = 'json' | 'csv';
export type ImportResult = { ok: true; templates: Template[] } | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  /** Timestamp for createdAt/updatedAt of CSV rows and defaults (default: Date.now()). */
  now?: number;
  /** Id for CSV rows without one (default: crypto.randomUUID()). */
  newId?: () => string;
}

export interface TemplateExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  templates: Template[];
}

export function exportJson(templates: readonly Template[], now: Date = new Date()): string {
  const file: TemplateExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    templates: [...templates],
  };
  return JSON.stringify(file, null, 2);
}

/** CSV with a UTF-8 BOM by default, so spreadsheet apps read non-Latin text correctly. */
export function exportCsv(templates: readonly Template[], options: { bom?: boolean } = {}): string {
  const rows = templates.map((t) =>
    [
      t.title,
      t.body,
      t.tags.join('|'),
      t.platforms.join('|'),
      t.language,
      t.abbreviation ?? '',
      t.brandOnly ? 'true' : 'false',
    ].map(asSpreadsheetText),
  );
  return toCsv([[...CSV_COLUMNS], ...rows], { bom: options.bom ?? true });
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const fail = (message: string, extra: Omit<ImportError, 'message'> = {}): ImportResult => ({
  ok: false,
  errors: [{ ...extra, message }],
});

function capErrors(errors: ImportError[]): ImportResult {
  if (errors.length <= MAX_REPORTED_ERRORS) return { ok: false, errors };
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return {
    ok: false,
    errors: [...errors.slice(0, MAX_REPORTED_ERRORS), { message: t('impMoreErrors', rest) }],
  };
}

/** Validates an import file; returns every template, or errors and nothing. */
export function parseImport(
  input: string | Uint8Array | ArrayBuffer,
  kind: ImportKind,
  options: ImportOptions = {},
): ImportResult {
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    return fail(t('impTooLarge', mb(size), mb(MAX_IMPORT_BYTES)));
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    try {
      // Strips a UTF-8 BOM; throws on malformed bytes.
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail(t('impNotUtf8'));
    }
  }
  if (!text.trim()) return fail(t('impEmpty'));
  return kind === 'json' ? parseJsonImport(text, options) : parseCsvImport(text, options);
}

const now = (o: ImportOptions): number => o.now ?? Date.now();

function canonicalLanguage(code: string): string {
  if (!code) return code;
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return code; // not a language tag: validation names it
  }
}
const newId = (o: ImportOptions): string => (o.newId ? o.newId() : crypto.randomUUID());

function parseJsonImport(text: string, options: ImportOptions): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(t('impNotJson', detail));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(t('impNotTemplatesObject', EXPORT_FORMAT));
  }
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    return fail(t('impWrongFormat', EXPORT_FORMAT), {
      field: 'format',
    });
  }
  if (file.version !== EXPORT_VERSION) {
    return fail(t('impWrongVersion', JSON.stringify(file.version) ?? 'undefined', EXPORT_VERSION), {
      field: 'version',
    });
  }
  const list = file.templates;
  if (!Array.isArray(list)) return fail(t('impTemplatesArray'), { field: 'templates' });
  if (list.length > MAX_IMPORT_TEMPLATES) {
    return fail(t('impTooMany', list.length, MAX_IMPORT_TEMPLATES.toLocaleString(currentLanguage())));
  }
  const t0 = now(options);
  const errors: ImportError[] = [];
  const templates: Template[] = [];
  const seenIds = new Map<string, number>();
  list.forEach((raw: unknown, i) => {
    const path = `templates[${i}]`;
    const withDefaults =
      typeof raw === 'object' && raw !== null && !Array.isArray(raw)
        ? {
            tags: [],
            platforms: [],
            language: '',
            brandOnly: false,
            usageCount: 0,
            createdAt: t0,
            updatedAt: t0,
            variants: [],
            ...raw,
          }
        : raw;
    const parsed = templateSchema.safeParse(withDefaults);
    if (!parsed.success) {
      errors.push(...zodIssuesToErrors(parsed.error.issues, withDefaults, path));
      return;
    }
    const first = seenIds.get(parsed.data.id);
    if (first !== undefined) {
      errors.push({ field: `${path}.id`, message: t('impDuplicateId', path, first) });
      return;
    }
    seenIds.set(parsed.data.id, i);
    templates.push(parsed.data);
  });
  return errors.length > 0 ? capErrors(errors) : { ok: true, templates };
}

const PLATFORM_ALIASES: Record<string, SiteKey> = { twitter: 'x', ig: 'instagram', tt: 'tiktok' };
const HEADER_ALIASES: Record<string, string> = {
  brandonly: 'brand_only',
  lang: 'language',
  platform: 'platforms',
  tag: 'tags',
  shortcut: 'abbreviation',
};

function parseCsvImport(text: string, options: ImportOptions): ImportResult {
  const csv = parseCsv(text);
  if (!csv.ok) return fail(csv.message, { line: csv.line });
  const [header, ...rows] = csv.rows;
  if (!header) return fail(t('impEmpty'));
  const columns = header.cells.map((c) => {
    const name = c
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    return HEADER_ALIASES[name] ?? name;
  });
  const missing = ['title', 'body'].filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return fail(t('impMissingColumns', missing.join(', '), CSV_COLUMNS.join(',')), { line: 1 });
  }
  if (rows.length > MAX_IMPORT_TEMPLATES) {
    return fail(t('impTooMany', rows.length, MAX_IMPORT_TEMPLATES.toLocaleString(currentLanguage())));
  }
  const t0 = now(options);
  const errors: ImportError[] = [];
  const templates: Template[] = [];
  for (const row of rows) {
    const { line } = row;
    const err = (field: string, message: string): void => {
      errors.push({ line, field, message: t('impLineField', line, field, message) });
    };
    if (row.cells.length !== columns.length) {
      errors.push({
        line,
        message: t('impFieldCount', line, columns.length, row.cells.length),
      });
      continue;
    }
    const get = (name: string): string => fromSpreadsheetText(row.cells[columns.indexOf(name)] ?? '');
    const before = errors.length;
    const title = get('title').trim();
    const body = get('body');
    if (!title) err('title', t('impMustNotBeEmpty'));
    if (!body.trim()) err('body', t('impMustNotBeEmpty'));
    const platforms: SiteKey[] = [];
    for (const p of get('platforms')
      .split('|')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean)) {
      if (p === 'all') continue;
      const site = PLATFORM_ALIASES[p] ?? SITE_KEYS.find((k) => k === p);
      if (!site) err('platforms', t('impUnknownPlatform', p, SITE_KEYS.join(', ')));
      else if (!platforms.includes(site)) platforms.push(site);
    }
    // Spreadsheets write "ES" or "en_us": read them as the language codes they are.
    const language = canonicalLanguage(get('language').trim().replace(/_/g, '-'));
    if (!languageSchema.safeParse(language).success) err('language', t('impBadLanguage', language));
    const abbreviation = get('abbreviation').trim();
    if (abbreviation && !abbreviationSchema.safeParse(abbreviation).success) {
      err('abbreviation', t('impBadAbbreviation', abbreviation));
    }
    const brand = get('brand_only').trim().toLowerCase();
    const brandOnly = ['true', 'yes', '1', 'y'].includes(brand);
    if (brand && !brandOnly && !['false', 'no', '0', 'n'].includes(brand)) {
      err('brand_only', t('impBadBoolean', brand));
    }
    if (errors.length > before) continue;
    const tags = [
      ...new Set(
        get('tags')
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    const candidate: Template = {
      id: get('id').trim() || newId(options),
      title,
      body,
      tags,
      platforms,
      language,
      brandOnly,
      usageCount: 0,
      createdAt: t0,
      updatedAt: t0,
      variants: [],
    };
    if (abbreviation) candidate.abbreviation = abbreviation;
    const parsed = templateSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const e of zodIssuesToErrors(parsed.error.issues, candidate, '')) {
        errors.push({ line, field: e.field, message: t('impLine', line, e.message) });
      }
      continue;
    }
    templates.push(parsed.data);
  }
  return errors.length > 0 ? capErrors(errors) : { ok: true, templates };
}
