/** A template as it goes out on a site: the right variant, rendered in that variant's language. */
import { pickVariantDetailed, type PickContext, type Template } from './model';
import { renderTemplate, type RenderContext, type RenderResult } from './render';
import type { Route, SiteKey } from '../types';

/**
 * Picks the variant for the site and the comment's language, and renders it with {date}/{time}
 * written the way that language writes them (a Spanish reply says "4 de marzo de 2026", not
 * "March 4, 2026" because the browser is in English).
 */
export function renderForSite(template: Template, pick: PickContext, ctx: RenderContext): RenderResult {
  const picked = pickVariantDetailed(template, pick);
  return renderTemplate(picked.body, picked.language ? { ...ctx, locale: picked.language } : ctx);
}

/** The post's own address ('' when it cannot be told: the template's fallback applies). */
export function postUrl(site: SiteKey, route: Route | null, postId: string | undefined, pageUrl: URL): string {
  const onPost = route !== null && 'postId' in route;
  const id = (onPost ? route.postId : undefined) ?? postId;
  if (!id || id === 'unknown') return '';
  if (site === 'x') return `https://x.com/i/status/${id}`;
  if (site === 'instagram') return `https://www.instagram.com/p/${id}/`;
  // TikTok's video address needs its author: the page's own address when it is that video's page.
  return onPost && pageUrl.pathname.includes(id) ? `${pageUrl.origin}${pageUrl.pathname}` : '';
}
