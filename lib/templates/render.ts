/**
 * Template rendering: plain text in, plain text out (never HTML).
 *
 * Syntax:
 *  - `{name}`            a variable;
 *  - `{name|fallback}`   a variable with fallback text when it has no value;
 *  - `{cursor}`          where the caret goes (removed from the output);
 *  - `{{` and `}}`       literal `{` and `}`.
 * Variable names are case-insensitive. A fallback cannot contain braces.
 */
import { t } from '../i18n';
import type { SiteKey } from '../types';

export const KNOWN_VARIABLES = {
  author: 'Display name of the comment author',
  first_name: 'First name, derived from the display name when not given',
  handle: 'Handle of the comment author, as @name',
  my_account: 'Handle of the account you reply from, as @name',
  platform: 'X, Instagram or TikTok',
  post_url: 'Link to the post',
  date: "Today's date",
  time: 'Current time',
  cursor: 'Where the caret is placed after insertion',
} as const;

export type VariableName = keyof typeof KNOWN_VARIABLES;

export interface RenderContext {
  author?: string;
  handle?: string;
  first_name?: string;
  my_account?: string;
  platform?: SiteKey;
  post_url?: string;
  /** Defaults to the current time. */
  now?: Date;
  /** BCP-47 locale for {date}/{time}; defaults to the runtime's. */
  locale?: string;
  /** IANA time zone for {date}/{time}; defaults to the runtime's. */
  timeZone?: string;
}

export type TemplateErrorKind = 'unknown-variable' | 'missing-value' | 'syntax';

export interface TemplateError {
  kind: TemplateErrorKind;
  name?: string;
  message: string;
  /** UTF-16 offset in the template body. */
  index: number;
}

export type TemplateToken =
  { type: 'text'; value: string } | { type: 'var'; name: string; fallback?: string; index: number; length: number };

export interface ParsedTemplate {
  tokens: TemplateToken[];
  /** Distinct known variable names used, in order (without `cursor`). */
  variables: VariableName[];
  hasCursor: boolean;
  /** Syntax and unknown-variable errors (missing values depend on the context). */
  errors: TemplateError[];
}

export type RenderResult =
  | {
      ok: true;
      text: string;
      /** UTF-16 offset of {cursor} in `text`; `text.length` when there is none. */
      cursorOffset: number;
      hasCursor: boolean;
    }
  | { ok: false; errors: TemplateError[] };

const NAME_RE = /^[a-z_][a-z0-9_]*$/;

function isKnown(name: string): name is VariableName {
  return Object.prototype.hasOwnProperty.call(KNOWN_VARIABLES, name);
}

/** Tokenizes a template body and reports syntax / unknown-variable errors. */
export function parseTemplate(body: string): ParsedTemplate {
  const tokens: TemplateToken[] = [];
  const errors: TemplateError[] = [];
  const variables: VariableName[] = [];
  let cursorCount = 0;
  let text = '';
  const flush = (): void => {
    if (text) tokens.push({ type: 'text', value: text });
    text = '';
  };

  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '{' && body[i + 1] === '{') {
      text += '{';
      i += 2;
    } else if (ch === '}' && body[i + 1] === '}') {
      text += '}';
      i += 2;
    } else if (ch === '}') {
      errors.push({
        kind: 'syntax',
        message: t('tplErrUnmatched'),
        index: i,
      });
      text += '}';
      i += 1;
    } else if (ch === '{') {
      const close = body.indexOf('}', i + 1);
      const nextOpen = body.indexOf('{', i + 1);
      if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
        errors.push({
          kind: 'syntax',
          message: t('tplErrUnclosed'),
          index: i,
        });
        text += '{';
        i += 1;
        continue;
      }
      const inner = body.slice(i + 1, close);
      const bar = inner.indexOf('|');
      const rawName = (bar === -1 ? inner : inner.slice(0, bar)).trim();
      const name = rawName.toLowerCase();
      const fallback = bar === -1 ? undefined : inner.slice(bar + 1);
      const length = close + 1 - i;
      if (!NAME_RE.test(name)) {
        errors.push({
          kind: 'syntax',
          message: rawName ? t('tplErrInvalidName', rawName) : t('tplErrEmptyName'),
          index: i,
        });
      } else if (!isKnown(name)) {
        errors.push({
          kind: 'unknown-variable',
          name,
          message: t(
            'tplErrUnknown',
            `{${name}}`,
            Object.keys(KNOWN_VARIABLES)
              .map((n) => `{${n}}`)
              .join(', '),
          ),
          index: i,
        });
      } else if (name === 'cursor') {
        cursorCount += 1;
        if (fallback !== undefined) {
          errors.push({ kind: 'syntax', name, message: t('tplErrCursorFallback'), index: i });
        } else if (cursorCount > 1) {
          errors.push({ kind: 'syntax', name, message: t('tplErrCursorTwice'), index: i });
        }
      } else if (!variables.includes(name)) {
        variables.push(name);
      }
      flush();
      tokens.push(
        fallback === undefined
          ? { type: 'var', name, index: i, length }
          : { type: 'var', name, fallback, index: i, length },
      );
      i = close + 1;
    } else {
      text += ch;
      i += 1;
    }
  }
  flush();
  return { tokens, variables, hasCursor: cursorCount > 0, errors };
}

// Control chars (C0 except tab/newline handled as spaces, DEL, C1) and bidi
// embeddings/overrides/isolates/marks: a page-derived name must not reorder our text.
// eslint-disable-next-line no-control-regex -- matching control chars is the point
const UNSAFE_RE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Cleans a value read from a web page: no control or bidi-override chars, one line, trimmed. */
export function sanitizePageValue(value: string | undefined | null): string {
  if (!value) return '';
  return value
    .replace(/[\t\n\r\u2028\u2029]+/g, ' ')
    .replace(UNSAFE_RE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `@@Name ` → `Name` (no leading @, no spaces). */
export function normalizeHandle(handle: string | undefined | null): string {
  return sanitizePageValue(handle).replace(/^@+/, '').replace(/\s+/g, '');
}

/** Titles before a name, in the languages of the starter library and a few more. */
const HONORIFICS = new Set(
  (
    'mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sra srta dra don doña dona hr fru herr frau mevr dhr ' +
    'mme mlle m st mt capt cpt sgt lt col gen hon pres cllr sheikh shri sri smt ji dj mc'
  ).split(' '),
);
/** A display name with one of these words is an organisation, not a person: no first name. */
const ORGANISATION = new Set(
  (
    'the official team shop store inc ltd llc gmbh co company corp club fc news tv radio magazine brand ' +
    'support help studio agency group foundation'
  ).split(' '),
);

/**
 * First name from a display name, or '' when there is no safe guess (the template's fallback is
 * used then): the first word that is not a title ("Dr.", "Sra."), an initial ("J.") or decoration,
 * stripped of emoji and punctuation (letters of every script kept, and inner `'`/`-`); an all-caps
 * name is written as a name ("MARÍA" → "María"). Organisation names ("The Coffee Shop") and words
 * with digits give ''.
 */
export function deriveFirstName(author: string | undefined | null): string {
  const words = sanitizePageValue(author).split(' ').filter(Boolean);
  for (const w of words) if (ORGANISATION.has(w.toLowerCase().replace(/[^\p{L}]/gu, ''))) return '';
  let skipped = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const cleaned = word.replace(/[^\p{L}\p{M}\p{N}'’-]/gu, '').replace(/^['’-]+|['’-]+$/g, '');
    if (!/\p{L}/u.test(cleaned)) continue;
    const bare = cleaned.toLowerCase();
    // "Dr." "Prof." "J." and initials without their dot.
    if (HONORIFICS.has(bare) || (/\.$/.test(word) && [...cleaned].length <= 4) || [...cleaned].length === 1) {
      skipped = true;
      continue;
    }
    // After a title or initials, a last word is a surname ("Mrs. Brown", "J. R. R. Tolkien").
    if (skipped && !words.slice(i + 1).some((w) => /\p{L}/u.test(w))) return '';
    if (/\p{N}/u.test(cleaned)) return '';
    const caps = cleaned === cleaned.toUpperCase() && cleaned !== cleaned.toLowerCase();
    return caps && [...cleaned].length > 1 ? cleaned.charAt(0) + cleaned.slice(1).toLowerCase() : cleaned;
  }
  return '';
}

export const PLATFORM_LABELS: Record<SiteKey, string> = {
  x: 'X',
  instagram: 'Instagram',
  tiktok: 'TikTok',
};

function formatDate(ctx: RenderContext, opts: Intl.DateTimeFormatOptions): string {
  // An invalid Date would make both formatters below throw: use the current time instead.
  const now = ctx.now && !Number.isNaN(ctx.now.getTime()) ? ctx.now : new Date();
  const withZone = ctx.timeZone ? { ...opts, timeZone: ctx.timeZone } : opts;
  try {
    return new Intl.DateTimeFormat(ctx.locale, withZone).format(now);
  } catch {
    // Invalid locale or time zone: fall back to the runtime's.
    return new Intl.DateTimeFormat(undefined, opts).format(now);
  }
}

/** The value of a variable in this context ('' = no value). */
export function resolveVariable(name: VariableName, ctx: RenderContext): string {
  switch (name) {
    case 'author':
      return sanitizePageValue(ctx.author);
    case 'first_name':
      // Given (even as '': the page knows there is no name) wins over a guess from {author}.
      return ctx.first_name !== undefined ? sanitizePageValue(ctx.first_name) : deriveFirstName(ctx.author);
    case 'handle':
    case 'my_account': {
      const h = normalizeHandle(name === 'handle' ? ctx.handle : ctx.my_account);
      return h ? `@${h}` : '';
    }
    case 'platform':
      return ctx.platform ? PLATFORM_LABELS[ctx.platform] : '';
    case 'post_url':
      return sanitizePageValue(ctx.post_url).replace(/\s+/g, '');
    case 'date':
      return formatDate(ctx, { dateStyle: 'long' });
    case 'time':
      return formatDate(ctx, { timeStyle: 'short' });
    case 'cursor':
      return '';
  }
}

const FALLBACK_EXAMPLES: Record<VariableName, string> = {
  author: 'there',
  first_name: 'there',
  handle: 'there',
  my_account: 'us',
  platform: 'here',
  post_url: 'our profile',
  date: 'today',
  time: 'now',
  cursor: '',
};

/** Renders a template body; values are inserted verbatim as text. */
export function renderTemplate(body: string, ctx: RenderContext = {}): RenderResult {
  const parsed = parseTemplate(body);
  const errors = [...parsed.errors];
  let text = '';
  let cursorOffset = -1;
  // Each variable is resolved once: page values can be long, a body can repeat a variable many times.
  const values = new Map<VariableName, string>();
  for (const token of parsed.tokens) {
    if (token.type === 'text') {
      text += token.value;
      continue;
    }
    if (!isKnown(token.name)) continue;
    if (token.name === 'cursor') {
      if (cursorOffset === -1) cursorOffset = text.length;
      continue;
    }
    let value = values.get(token.name);
    if (value === undefined) values.set(token.name, (value = resolveVariable(token.name, ctx)));
    if (value) text += value;
    else if (token.fallback !== undefined) text += token.fallback;
    else {
      errors.push({
        kind: 'missing-value',
        name: token.name,
        message: t('tplErrNoValue', `{${token.name}}`, `{${token.name}|${FALLBACK_EXAMPLES[token.name]}}`),
        index: token.index,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.index - b.index) };
  const hasCursor = cursorOffset !== -1;
  return { ok: true, text, cursorOffset: hasCursor ? cursorOffset : text.length, hasCursor };
}
