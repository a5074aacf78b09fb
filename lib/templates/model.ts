/**
 * Template domain model: pure, DOM-free.
 *
 * A template has a base body (in `language`) and optional variants that
 * override the body for some platforms and/or another language.
 */
import { z } from 'zod';
import type { SiteKey } from '../types';

export const siteKeySchema = z.enum(['x', 'instagram', 'tiktok']);

/** BCP-47-ish short code (`en`, `es`, `pt-BR`, `zh-Hant`) or '' for "any language". */
export const LANGUAGE_RE = /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)?$/;
export const languageSchema = z
  .string()
  .regex(LANGUAGE_RE, 'expected a language code like "en" or "pt-BR", or "" for any');

/** `;ship`: starts with `;`, 2–32 characters, no whitespace. */
export const ABBREVIATION_RE = /^;[^\s;]\S{0,30}$/u;
export const abbreviationSchema = z
  .string()
  .regex(ABBREVIATION_RE, 'expected ";" followed by 1–31 characters without spaces, e.g. ";ship"');

/** A tag: 1–64 characters, no `|` (the CSV tag separator) nor line breaks. */
export const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^|\r\n]*$/, 'tags cannot contain "|" or line breaks');

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 10_000;

export const templateVariantSchema = z.object({
  id: z.string().min(1),
  /** Empty = every platform. */
  platforms: z.array(siteKeySchema),
  /** '' = same language as the template's base body. */
  language: languageSchema,
  body: z.string().max(MAX_BODY_LENGTH),
});

export const templateSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
  body: z.string().max(MAX_BODY_LENGTH),
  tags: z.array(tagSchema),
  /** Empty = every platform. */
  platforms: z.array(siteKeySchema),
  /** Language of the base body; '' = any. */
  language: languageSchema,
  abbreviation: abbreviationSchema.optional(),
  /** Only for replies from a brand account (never from a personal one). */
  brandOnly: z.boolean(),
  usageCount: z.number().int().nonnegative(),
  lastUsedAt: z.number().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
  variants: z.array(templateVariantSchema),
});

export type TemplateVariant = z.infer<typeof templateVariantSchema>;
export type Template = z.infer<typeof templateSchema>;

/** Primary language subtag, lower-cased: `pt-BR` → `pt`, '' → ''. */
export function primaryLanguage(lang: string | undefined | null): string {
  if (!lang) return '';
  return lang.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

export function languagesMatch(a: string | undefined, b: string | undefined): boolean {
  const pa = primaryLanguage(a);
  return pa !== '' && pa === primaryLanguage(b);
}

/** Whether a template (or variant) with these platforms may be used on `site`. */
export function appliesToSite(platforms: readonly SiteKey[], site: SiteKey | undefined): boolean {
  return site === undefined || platforms.length === 0 || platforms.includes(site);
}

export function normalizeAbbreviation(abbr: string): string {
  return abbr.trim().toLowerCase();
}

/** Title normalized for duplicate detection: case-, accent- and spacing-insensitive. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface PickContext {
  site: SiteKey;
  /** Language of the comment being answered, if known. */
  lang?: string;
}

export interface PickedBody {
  body: string;
  /** null = the base body. */
  variantId: string | null;
  /** Language of the picked body ('' when unknown). */
  language: string;
}

/**
 * Chooses which body to use.
 *
 * With a known `lang`:
 *  1. a variant for this platform in that language (exact match);
 *  2. a platform-agnostic variant (platforms empty) in that language;
 * then, as when `lang` is unknown:
 *  3. a variant for this platform in the base body's language;
 *  4. the base body (never a variant in another language than the comment's or the base's).
 *
 * A variant with language '' is in the base body's language.
 */
export function pickVariantDetailed(template: Template, ctx: PickContext): PickedBody {
  const base: PickedBody = { body: template.body, variantId: null, language: template.language };
  const eff = (v: TemplateVariant): string => v.language || template.language;
  const toPicked = (v: TemplateVariant): PickedBody => ({
    body: v.body,
    variantId: v.id,
    language: eff(v),
  });
  const forSite = template.variants.filter((v) => v.platforms.includes(ctx.site));

  if (ctx.lang && primaryLanguage(ctx.lang)) {
    const lang = ctx.lang;
    const exact = forSite.find((v) => languagesMatch(eff(v), lang));
    if (exact) return toPicked(exact);
    const anyPlatform = template.variants.find((v) => v.platforms.length === 0 && languagesMatch(eff(v), lang));
    if (anyPlatform) return toPicked(anyPlatform);
  }
  // A platform variant in another language than the base never replaces a base body (an English
  // comment must not get the Russian Instagram text because no English Instagram variant exists).
  const platform = forSite.find((v) => eff(v) === template.language || languagesMatch(eff(v), template.language));
  return platform ? toPicked(platform) : base;
}

/** The body to use for a site (and comment language, when known). */
export function pickVariant(template: Template, ctx: PickContext): string {
  return pickVariantDetailed(template, ctx).body;
}

export interface NewTemplateInput {
  id: string;
  title: string;
  body: string;
  now: number;
  tags?: string[];
  platforms?: SiteKey[];
  language?: string;
  abbreviation?: string;
  brandOnly?: boolean;
  variants?: TemplateVariant[];
}

/** Builds a template with defaults (not validated: use `templateSchema` for untrusted data). */
export function createTemplate(input: NewTemplateInput): Template {
  const t: Template = {
    id: input.id,
    title: input.title,
    body: input.body,
    tags: input.tags ?? [],
    platforms: input.platforms ?? [],
    language: input.language ?? '',
    brandOnly: input.brandOnly ?? false,
    usageCount: 0,
    createdAt: input.now,
    updatedAt: input.now,
    variants: input.variants ?? [],
  };
  if (input.abbreviation) t.abbreviation = input.abbreviation;
  return t;
}
