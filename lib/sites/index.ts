/** The site adapters: the only place in the project that knows the sites' DOM. */
import type { SiteAdapter, SiteKey } from '../types';
import { instagramAdapter } from './instagram';
import { tiktokAdapter } from './tiktok';
import { xAdapter } from './x';

export const adapters: Record<SiteKey, SiteAdapter> = {
  x: xAdapter,
  instagram: instagramAdapter,
  tiktok: tiktokAdapter,
};

const HOST_SITES: Record<string, SiteKey> = {
  'x.com': 'x',
  'www.x.com': 'x',
  'mobile.x.com': 'x',
  'twitter.com': 'x',
  'www.twitter.com': 'x',
  'mobile.twitter.com': 'x',
  'www.instagram.com': 'instagram',
  'instagram.com': 'instagram',
  'm.instagram.com': 'instagram',
  'www.tiktok.com': 'tiktok',
  'tiktok.com': 'tiktok',
  'm.tiktok.com': 'tiktok',
};

/** Which site a hostname belongs to (exact names only: no look-alike domains). */
export function siteForHost(hostname: string): SiteKey | null {
  return HOST_SITES[hostname.toLowerCase().replace(/\.$/, '')] ?? null;
}

export { layoutProblems } from './dom';
export { parseRelativeTime, RELATIVE_TIME_TABLES } from './relative-time';
export { insertText, readEditor } from './insert';
export { xAdapter } from './x';
export { instagramAdapter } from './instagram';
export { tiktokAdapter } from './tiktok';
