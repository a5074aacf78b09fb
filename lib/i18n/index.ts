import { en, type MessageKey, type Messages } from './en';

const catalogs: Record<string, Messages> = { en };

/** Registers a language's catalog (the UI languages import theirs). */
export function registerCatalog(lang: string, messages: Messages): void {
  catalogs[lang] = messages;
}

let cachedUi: string | null = null;
function uiLanguage(): string {
  if (cachedUi) return cachedUi;
  try {
    const g = globalThis as {
      chrome?: { i18n?: { getUILanguage?: () => string } };
      browser?: { i18n?: { getUILanguage?: () => string } };
    };
    const fromBrowser = g.browser?.i18n?.getUILanguage?.() ?? g.chrome?.i18n?.getUILanguage?.();
    cachedUi = (fromBrowser || navigator.language || 'en').toLowerCase();
    return cachedUi;
  } catch {
    return 'en';
  }
}

let forced: string | null = null;
/** Tests and the options page's language switch. */
export function setLanguage(lang: string | null): void {
  forced = lang;
}

export function currentLanguage(): string {
  const lang = forced ?? uiLanguage();
  const base = lang.split(/[-_]/)[0]!;
  return catalogs[lang] ? lang : catalogs[base] ? base : 'en';
}

/** The UI string for key in the browser's language, falling back to English. `{0}` placeholders. */
export function t(key: MessageKey | string, ...args: (string | number)[]): string {
  const cat = catalogs[currentLanguage()] ?? en;
  let s = (cat as Record<string, string>)[key] ?? (en as Record<string, string>)[key] ?? key;
  args.forEach((a, i) => (s = s.replaceAll(`{${i}}`, String(a))));
  return s;
}
