/** Query parameters and page-load constants shared by the three replicas. */

export type Lang = 'en' | 'es' | 'ru';
export type SiteName = 'x' | 'instagram' | 'tiktok';

export interface ReplicaParams {
  /** `?n=2000`: render exactly that many generated comments instead of the hand-written ones. */
  n: number | null;
  /** `?lang=es|ru`: UI strings and aria-labels in Spanish or Russian. */
  lang: Lang;
  /** `?layout=renamed`: the site's test hooks are renamed (unknown layout). */
  renamed: boolean;
  /** `?account=<handle>`: the logged-in account. */
  account: string | null;
  /** `?hostile=1`: adds hostile comments (markup-like text, bidi, zero-width, huge). */
  hostile: boolean;
  /** `?loggedout=1`: no logged-in account. */
  loggedOut: boolean;
}

export function readParams(search: string = location.search): ReplicaParams {
  const q = new URLSearchParams(search);
  const nRaw = q.get('n');
  const n = nRaw !== null && /^\d+$/.test(nRaw) ? Math.min(Number(nRaw), 20000) : null;
  const langRaw = q.get('lang');
  const lang: Lang = langRaw === 'es' || langRaw === 'ru' ? langRaw : 'en';
  const account = q.get('account');
  return {
    n,
    lang,
    renamed: q.get('layout') === 'renamed',
    account: account ? account.replace(/^@/, '') : null,
    hostile: q.get('hostile') === '1' || q.get('hostile') === 'true',
    loggedOut: q.get('loggedout') === '1' || q.get('loggedout') === 'true',
  };
}

/** Page load time: every comment time is computed relative to it. */
export const LOADED_AT = Date.now();

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Small deterministic string hash (FNV-1a, 32 bit). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function hashId(s: string, len = 6): string {
  return hash32(s).toString(36).padStart(len, '0').slice(-len);
}

/** A stable numeric user id for a handle (cookies / page JSON). */
export function numericUserId(handle: string, digits = 10): string {
  let out = String(1 + (hash32(handle) % 9));
  let seed = hash32(`${handle}#`);
  while (out.length < digits) {
    seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) >>> 0;
    out += String(seed % 10);
  }
  return out;
}

export function setCookie(name: string, value: string | null): void {
  if (value === null) {
    document.cookie = `${name}=; path=/; max-age=0`;
  } else {
    document.cookie = `${name}=${value}; path=/; max-age=31536000`;
  }
}

/** Adds a style sheet once (the replicas ship their CSS inside the bundle). */
export function addStyle(css: string): void {
  const el = document.createElement('style');
  el.textContent = css;
  document.head.appendChild(el);
}

/** A tiny gray avatar / media placeholder: never a network request. */
export const AVATAR_SRC =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'%3E%3Ccircle cx='20' cy='20' r='20' fill='%23aab8c2'/%3E%3C/svg%3E";
export const EMOJI_SRC =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 36 36'%3E%3Ccircle cx='18' cy='18' r='18' fill='%23ffcc4d'/%3E%3C/svg%3E";
export const MEDIA_SRC =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 9'%3E%3Crect width='16' height='9' fill='%23222'/%3E%3C/svg%3E";
