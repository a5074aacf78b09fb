import type { SiteKey } from '../types';

/** Exact hostnames Riposte runs on; matches the manifest's host permissions. */
export const SITE_HOSTS: Record<SiteKey, string> = {
  x: 'x.com',
  instagram: 'www.instagram.com',
  tiktok: 'www.tiktok.com',
};

export function siteOfUrl(url: string | undefined): SiteKey | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  for (const [site, host] of Object.entries(SITE_HOSTS) as [SiteKey, string][]) {
    if (parsed.hostname === host) return site;
  }
  return null;
}

/** The manifest's host permissions (and content-script matches): these three sites only. */
export const HOST_PERMISSIONS = Object.values(SITE_HOSTS).map((h) => `https://${h}/*`);
