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

type WordTable = Record<string, string[]>;

/** Every word of a table in any language, listed and as a set, made once per table (these checks run per element). */
const tableWords = new WeakMap<WordTable, { list: readonly string[]; set: ReadonlySet<string> }>();
function words(table: WordTable): { list: readonly string[]; set: ReadonlySet<string> } {
  let w = tableWords.get(table);
  if (!w) {
    const set = new Set(Object.values(table).flat());
    tableWords.set(table, (w = { list: [...set], set }));
  }
  return w;
}

/** Whether an element's own short text is one of the table's words (in any language). */
export function textIsOneOf(text: string, table: WordTable): boolean {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!t || t.length > 40) return false;
  return words(table).set.has(t);
}

export function textStartsWithOneOf(text: string, table: WordTable): boolean {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return !!t && words(table).list.some((w) => t.startsWith(w));
}
