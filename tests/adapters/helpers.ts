/** Shared helpers for the adapter suites: fixture loading and DOM variants. */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { ParsedComment, SiteAdapter } from '../../lib/types';

export const SHARED_DIR = path.resolve(__dirname, '../../../shared/fixtures');
export const OWN_DIR = path.resolve(__dirname, '../fixtures');

/** Reads a captured page from ../shared/fixtures, failing loudly when the folder is missing. */
export function readShared(rel: string): string {
  if (!fs.existsSync(SHARED_DIR)) {
    throw new Error('../shared/fixtures is absent: these suites read the captured pages from there');
  }
  return fs.readFileSync(path.join(SHARED_DIR, rel), 'utf8');
}

export function listShared(sub: string): string[] {
  if (!fs.existsSync(SHARED_DIR)) {
    throw new Error('../shared/fixtures is absent: these suites read the captured pages from there');
  }
  return fs
    .readdirSync(path.join(SHARED_DIR, sub))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export function readOwn(rel: string): string {
  return fs.readFileSync(path.join(OWN_DIR, rel), 'utf8');
}

export function listOwn(sub: string): string[] {
  return fs
    .readdirSync(path.join(OWN_DIR, sub))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** A document for `html`; with `url`, a happy-dom window at that address (so location-based logic runs). */
export function makeDoc(html: string, url?: string): Document {
  if (url) {
    const win = new Window({ url });
    win.document.write(html.includes('<html') ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
    return win.document as unknown as Document;
  }
  return new DOMParser().parseFromString(html, 'text/html');
}

export function parseAll(adapter: SiteAdapter, root: ParentNode, now?: Date): ParsedComment[] {
  return adapter
    .findComments(root)
    .map((el) => adapter.parseComment(el, now))
    .filter((c): c is ParsedComment => c !== null);
}

/** Variant: every class attribute removed. */
export function stripClasses(doc: Document): Document {
  for (const el of Array.from(doc.querySelectorAll('[class]'))) el.removeAttribute('class');
  return doc;
}

/** Variant: an extra wrapper <div> around every element that carries a hook (data-testid/data-e2e/href/time). */
export function addWrappers(doc: Document): Document {
  const targets = Array.from(
    doc.body.querySelectorAll('[data-testid], [data-e2e], a[href], time, span[dir], textarea, form, article'),
  );
  for (const el of targets) {
    const parent = el.parentElement;
    if (!parent || el.closest('[contenteditable="true"]')) continue;
    const wrap = doc.createElement('div');
    parent.insertBefore(wrap, el);
    wrap.appendChild(el);
  }
  return doc;
}

const UI: Record<'es' | 'ru', Record<string, string>> = {
  es: {
    Reply: 'Responder',
    Post: 'Publicar',
    'Add a comment…': 'Añade un comentario…',
    'Add comment...': 'Añadir comentario...',
    'Show more replies': 'Mostrar más respuestas',
    'Load more comments': 'Cargar más comentarios',
    Like: 'Me gusta',
    Profile: 'Perfil',
    Home: 'Inicio',
    'Account menu': 'Menú de la cuenta',
    'Post text': 'Texto del post',
    'Post your reply': 'Publica tu respuesta',
    Conversation: 'Conversación',
    'Timeline: Conversation': 'Cronología: Conversación',
    'View 1 reply': 'Ver 1 respuesta',
    Hide: 'Ocultar',
    More: 'Más',
    'Share post': 'Compartir post',
    Bookmark: 'Guardar',
  },
  ru: {
    Reply: 'Ответить',
    Post: 'Опубликовать',
    'Add a comment…': 'Добавьте комментарий…',
    'Add comment...': 'Добавить комментарий...',
    'Show more replies': 'Показать больше ответов',
    'Load more comments': 'Загрузить больше комментариев',
    Like: 'Нравится',
    Profile: 'Профиль',
    Home: 'Главная',
    'Account menu': 'Меню учетной записи',
    'Post text': 'Текст поста',
    'Post your reply': 'Опубликуйте ответ',
    Conversation: 'Беседа',
    'Timeline: Conversation': 'Лента: Беседа',
    'View 1 reply': 'Показать 1 ответ',
    Hide: 'Скрыть',
    More: 'Ещё',
    'Share post': 'Поделиться',
    Bookmark: 'Закладка',
  },
};

const RELATIVE: Record<'es' | 'ru', [RegExp, string][]> = {
  es: [
    [/^(\d+)d ago$/, 'hace $1 d'],
    [/^(\d+)w ago$/, 'hace $1 sem'],
    [/^(\d+)h ago$/, 'hace $1 h'],
    [/^just now$/, 'justo ahora'],
  ],
  ru: [
    [/^(\d+)d ago$/, '$1 дн. назад'],
    [/^(\d+)w ago$/, '$1 нед. назад'],
    [/^(\d+)h ago$/, '$1 ч назад'],
    [/^just now$/, 'только что'],
  ],
};

/**
 * Variant: UI chrome translated (aria-label, placeholder, button/label texts, relative times, <html lang>).
 * User content (comment texts, names) is left alone.
 */
export function translateUi(doc: Document, lang: 'es' | 'ru'): Document {
  const table = UI[lang];
  doc.documentElement.setAttribute('lang', lang);
  for (const el of Array.from(doc.querySelectorAll('[aria-label], [placeholder]'))) {
    for (const attr of ['aria-label', 'placeholder']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const t = table[v.trim()] ?? (/\bReply\b/.test(v) ? v.replace(/Replies|Reply/g, table.Reply!) : null);
      if (t) el.setAttribute(attr, t);
    }
  }
  const walker = doc.createTreeWalker(doc.body, 4);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    if (t.parentElement?.closest('[data-e2e^="comment-level-"], [data-testid="tweetText"], span[dir="auto"]')) continue;
    const raw = t.data.trim();
    if (!raw) continue;
    let next = table[raw];
    if (!next) for (const [re, rep] of RELATIVE[lang]) if (re.test(raw)) next = raw.replace(re, rep);
    if (next) t.data = t.data.replace(raw, next);
  }
  return doc;
}
