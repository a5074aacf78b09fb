/**
 * Visible-text tables for the few places where a site gives no structural hook.
 * Never the only hook: each use has a structural fallback. Lower-case, trimmed.
 */

/** Instagram's "Reply" control under a comment. */
export const REPLY_WORDS: Record<string, string[]> = {
  en: ['reply'],
  es: ['responder'],
  pt: ['responder'],
  de: ['antworten'],
  fr: ['répondre', 'repondre'],
  it: ['rispondi'],
  ru: ['ответить'],
  nl: ['beantwoorden', 'antwoorden'],
};

/** Instagram's "Post" (publish comment) control. */
export const POST_WORDS: Record<string, string[]> = {
  en: ['post'],
  es: ['publicar'],
  pt: ['publicar'],
  de: ['posten', 'veröffentlichen'],
  fr: ['publier'],
  it: ['pubblica'],
  ru: ['опубликовать'],
  nl: ['plaatsen'],
};

/** Instagram's comment box placeholder / aria-label ("Add a comment…"). */
export const ADD_COMMENT_WORDS: Record<string, string[]> = {
  en: ['add a comment'],
  es: ['añade un comentario', 'agrega un comentario'],
  pt: ['adicione um comentário', 'adicionar um comentário'],
  de: ['kommentieren', 'kommentar hinzufügen'],
  fr: ['ajouter un commentaire', 'ajoutez un commentaire'],
  it: ['aggiungi un commento'],
  ru: ['добавьте комментарий', 'добавить комментарий'],
  nl: ['voeg een opmerking toe', 'opmerking toevoegen'],
};

export function allWords(table: Record<string, string[]>, lang?: string): string[] {
  const first = lang ? (table[lang] ?? []) : [];
  const rest = Object.values(table).flat();
  return Array.from(new Set([...first, ...rest]));
}

/** Every word of a table, once per table (these checks run per element of a page). */
const wordSets = new WeakMap<Record<string, string[]>, ReadonlySet<string>>();
function wordSet(table: Record<string, string[]>): ReadonlySet<string> {
  let set = wordSets.get(table);
  if (!set) wordSets.set(table, (set = new Set(allWords(table))));
  return set;
}

/** Whether an element's own short text is one of the table's words (in any language: `lang` is a hint only). */
export function textIsOneOf(text: string, table: Record<string, string[]>, _lang?: string): boolean {
  if (text.length > 200) return false; // far longer than any control's label, before any folding
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!t || t.length > 40) return false;
  return wordSet(table).has(t);
}

export function textStartsWithOneOf(text: string, table: Record<string, string[]>): boolean {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return !!t && allWords(table).some((w) => t.startsWith(w));
}
