/**
 * Template search: Fuse.js fuzzy matching over title (weight 3), tags (2),
 * body (1) and variant bodies (0.5), with filter tokens parsed out of the query:
 *   `tag:foo` (or `tag:"two words"`), `lang:es`, `site:x` (x/twitter, ig/instagram, tt/tiktok).
 * Several `tag:` must all match; several `lang:`/`site:` match any of them.
 * Incomplete or invalid filter values are ignored, so results stay stable while typing.
 *
 * Ranking: best Fuse score first; ties (and an empty query) by lastUsedAt desc,
 * then usageCount desc, then title.
 *
 * Speed: a bigram prefilter (./prefilter.ts) drops templates Fuse could not match;
 * when more than MAX_FUSE_CANDIDATES remain (short, common queries), the ones with
 * exact hits in title/tags/body and most bigram hits are scored by Fuse.
 */
import Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import type { SiteKey } from '../types';
import { appliesToSite, normalizeAbbreviation, primaryLanguage, type Template } from './model';
import { createBigramIndex, foldForSearch } from './prefilter';

export interface ParsedQuery {
  /** Free text left once filter tokens are removed, whitespace-collapsed. */
  text: string;
  tags: string[];
  langs: string[];
  sites: SiteKey[];
}

export interface SearchOptions {
  /** Only templates usable on this site. */
  site?: SiteKey;
  /** Maximum number of results (default 50). */
  limit?: number;
}

export interface TemplateSearchResult {
  template: Template;
  /** 0 = perfect match … 1 = no match; 0 for every result of an empty query. */
  score: number;
}

export interface TemplateIndex {
  readonly size: number;
  search(query: string, options?: SearchOptions): TemplateSearchResult[];
}

export const DEFAULT_RESULT_LIMIT = 50;

const SITE_ALIASES: Record<string, SiteKey> = {
  x: 'x',
  twitter: 'x',
  ig: 'instagram',
  insta: 'instagram',
  instagram: 'instagram',
  tt: 'tiktok',
  tiktok: 'tiktok',
};

const FILTER_RE = /(^|\s)(tag|lang|site):(?:"([^"]*)"?|(\S*))/giu;

export function normalizeTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').toLowerCase();
}

export function parseSearchQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { text: '', tags: [], langs: [], sites: [] };
  const text = query.replace(
    FILTER_RE,
    (_m, lead: string, key: string, quoted: string | undefined, bare: string | undefined) => {
      const value = (quoted ?? bare ?? '').trim();
      const k = key.toLowerCase();
      if (k === 'tag') {
        const tag = normalizeTag(value);
        if (tag) parsed.tags.push(tag);
      } else if (k === 'lang') {
        const lang = primaryLanguage(value);
        if (/^[a-z]{2,3}$/.test(lang)) parsed.langs.push(lang);
      } else {
        const site = SITE_ALIASES[value.toLowerCase()];
        if (site && !parsed.sites.includes(site)) parsed.sites.push(site);
      }
      return lead;
    },
  );
  parsed.text = text.replace(/\s+/g, ' ').trim();
  return parsed;
}

/** Per-template data precomputed once for filtering. */
interface FilterMeta {
  platforms: readonly SiteKey[];
  /** Primary subtags of the base and variant languages; null = any language. */
  langs: Set<string> | null;
  tags: Set<string>;
}

function filterMeta(t: Template): FilterMeta {
  const langs = [t.language, ...t.variants.map((v) => v.language || t.language)];
  return {
    platforms: t.platforms,
    langs: t.language === '' ? null : new Set(langs.map(primaryLanguage)),
    tags: new Set(t.tags.map(normalizeTag)),
  };
}

function passesFilters(m: FilterMeta, q: ParsedQuery, site: SiteKey | undefined): boolean {
  if (site && !appliesToSite(m.platforms, site)) return false;
  if (q.sites.length > 0 && !q.sites.some((s) => appliesToSite(m.platforms, s))) return false;
  // A template in "any language" ('') matches every lang: filter.
  const langs = m.langs;
  if (q.langs.length > 0 && langs && !q.langs.some((l) => langs.has(l))) return false;
  return q.tags.every((tag) => m.tags.has(tag));
}

/** lastUsedAt desc, usageCount desc, title asc. */
export function compareByRecency(a: Template, b: Template): number {
  return (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || b.usageCount - a.usageCount || a.title.localeCompare(b.title);
}

// Scores closer than this are ties (Fuse scores are floats from several fields).
const SCORE_EPSILON = 1e-6;
/** At most this many (or limit + 10) prefiltered candidates are scored by Fuse, best pre-ranked first. */
export const MAX_FUSE_CANDIDATES = 60;
const THRESHOLD = 0.3;
/** Below this many phrase hits, the words of a multi-word query are also matched in any order. */
const FEW_RESULTS = 10;
/** Added to the score of an any-order match, so it ranks after close phrase matches. */
const ORDER_PENALTY = 0.1;

/** What Fuse indexes: folded copies of the searchable fields. */
interface SearchDoc {
  title: string;
  tags: string[];
  body: string;
  variants: string[];
}

const FIELD_WEIGHTS = { title: 3, tags: 2, body: 1, variants: 0.5 } as const;

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: (Object.keys(FIELD_WEIGHTS) as Array<keyof typeof FIELD_WEIGHTS>).map((name) => ({
    name,
    weight: FIELD_WEIGHTS[name],
  })),
  includeScore: true,
  ignoreLocation: true,
  // Text is folded beforehand (lower case, no accents): cheaper than per search.
  isCaseSensitive: true,
  ignoreDiacritics: false,
  threshold: THRESHOLD,
  shouldSort: false,
};

function toSearchDoc(t: Template): SearchDoc {
  return {
    title: foldForSearch(t.title),
    tags: t.tags.map(foldForSearch),
    body: foldForSearch(t.body),
    variants: t.variants.map((v) => foldForSearch(v.body)),
  };
}

/**
 * Picks which candidates Fuse scores when there are too many: exact hits in the
 * title, then in tags, then most bigram hits (an exact hit anywhere has them all),
 * then recency (doc order). A counting sort: linear in the number of candidates.
 */
function selectCandidates(
  candidates: readonly number[],
  docs: readonly SearchDoc[],
  pattern: string,
  hits: Uint16Array,
  max: number,
): number[] {
  if (candidates.length <= max) return [...candidates];
  // key = tier (0–3) * 32 + bigram hits (≤ 31: a pattern has at most 31 bigram positions).
  const buckets: number[][] = Array.from({ length: 128 }, () => []);
  for (const d of candidates) {
    const doc = docs[d] as SearchDoc;
    let tier = 0;
    if (doc.title.includes(pattern)) tier += 2;
    for (const tag of doc.tags) {
      if (tag.includes(pattern)) {
        tier += 1;
        break;
      }
    }
    buckets[tier * 32 + Math.min(hits[d] ?? 0, 31)]?.push(d);
  }
  const out: number[] = [];
  for (let key = buckets.length - 1; key >= 0 && out.length < max; key--) {
    for (const d of buckets[key] ?? []) {
      if (out.length >= max) break;
      out.push(d);
    }
  }
  return out.sort((x, y) => x - y);
}

/**
 * Builds the search index once (Fuse index + bigram prefilter); `search` is then
 * cheap enough for every keystroke. Rebuild it when templates change.
 */
export function createTemplateIndex(templates: readonly Template[]): TemplateIndex {
  // Recency order: doc number order is the tie-break order.
  const items = [...templates].sort(compareByRecency);
  const docs = items.map(toSearchDoc);
  const fullIndex = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs);
  const fuse = new Fuse<SearchDoc>([], FUSE_OPTIONS);
  const bigrams = createBigramIndex(docs.map((d) => [d.title, ...d.tags, d.body, ...d.variants].join('\n')));
  const metas = items.map(filterMeta);
  // Filter mask cache: filters change far less often than the free text.
  let maskKey = '';
  const allowed = new Uint8Array(items.length);
  const computeMask = (q: ParsedQuery, site: SiteKey | undefined): void => {
    const key = JSON.stringify([site ?? '', q.sites, q.langs, q.tags]);
    if (key === maskKey) return;
    maskKey = key;
    metas.forEach((m, i) => {
      allowed[i] = passesFilters(m, q, site) ? 1 : 0;
    });
  };

  return {
    size: items.length,
    search(query: string, options: SearchOptions = {}): TemplateSearchResult[] {
      const limit = options.limit ?? DEFAULT_RESULT_LIMIT;
      const q = parseSearchQuery(query);
      const pattern = foldForSearch(q.text).slice(0, 32);

      if (!pattern.trim()) {
        const out: TemplateSearchResult[] = [];
        computeMask(q, options.site);
        for (let i = 0; i < items.length && out.length < limit; i++) {
          if (allowed[i]) out.push({ template: items[i] as Template, score: 0 });
        }
        return out;
      }
      computeMask(q, options.site);
      const max = Math.max(MAX_FUSE_CANDIDATES, limit + 10);
      /** Doc number → Fuse score for one pattern. */
      const scoresFor = (p: string): Map<number, number> => {
        const { docs: candidates, hits } = bigrams.candidates(p, THRESHOLD, allowed);
        const chosen = selectCandidates(candidates, docs, p, hits, max);
        const records = chosen.map((d, i) => ({ i, $: fullIndex.records[d]?.$ }));
        fuse.setCollection(
          chosen.map((d) => docs[d] as SearchDoc),
          Fuse.parseIndex<SearchDoc>({ keys: fullIndex.keys, records }),
        );
        const out = new Map<number, number>();
        for (const r of fuse.search(p)) out.set(chosen[r.refIndex] ?? -1, r.score ?? 1);
        return out;
      };
      const scores = scoresFor(pattern);
      // Words in another order ("shipping delay" for "Delay in shipping"): when the phrase finds few,
      // a template every word finds counts too, ranked after the phrase's own hits.
      const words = [...new Set(pattern.split(' ').filter((w) => w.length >= 2))];
      if (words.length >= 2 && words.length <= 4 && scores.size < FEW_RESULTS) {
        // Word by word, stopping at the first that finds nothing (then no template has them all): this
        // runs per keystroke, and a typo in the first word used to cost one full search per word.
        const per: Map<number, number>[] = [];
        for (const w of words) {
          const sw = scoresFor(w);
          if (sw.size === 0) break;
          per.push(sw);
        }
        for (const [d, first] of per.length === words.length ? per[0]! : []) {
          if (scores.has(d)) continue;
          let sum = first;
          let all = true;
          for (let k = 1; k < per.length && all; k++) {
            const sk = per[k]!.get(d);
            if (sk === undefined) all = false;
            else sum += sk;
          }
          if (all) scores.set(d, Math.min(1, ORDER_PENALTY + sum / per.length));
        }
      }
      const results = [...scores].map(([d, score]) => ({ template: items[d] as Template, order: d, score }));
      results.sort((a, b) => (Math.abs(a.score - b.score) > SCORE_EPSILON ? a.score - b.score : a.order - b.order));
      return results.slice(0, limit).map(({ template, score }) => ({ template, score }));
    },
  };
}

/**
 * The template whose abbreviation is `word` (e.g. `;ship`, case-insensitive) and
 * which can be used on `site`. Site-specific templates win over all-platform
 * ones, then the most recently used.
 */
export function matchAbbreviation(templates: readonly Template[], word: string, site: SiteKey): Template | null {
  const wanted = normalizeAbbreviation(word);
  if (!wanted.startsWith(';') || wanted.length < 2) return null;
  let best: Template | null = null;
  for (const t of templates) {
    if (!t.abbreviation || normalizeAbbreviation(t.abbreviation) !== wanted) continue;
    if (!appliesToSite(t.platforms, site)) continue;
    const specific = t.platforms.length > 0;
    const bestSpecific = best !== null && best.platforms.length > 0;
    if (!best || (specific && !bestSpecific) || (specific === bestSpecific && compareByRecency(t, best) < 0)) {
      best = t;
    }
  }
  return best;
}
