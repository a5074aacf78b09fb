/**
 * Text normalization and tokenization shared by the runtime classifier and the trainer.
 * Everything here is bounded: callers pass at most MAX_CHARS characters, and loops never
 * backtrack, so hostile input (huge strings, emoji floods) costs linear time in that cap.
 */

/** Only the first MAX_CHARS UTF-16 units are analyzed; comments longer than this are rare. */
export const MAX_CHARS = 1200;
/** Hard cap on tokens fed to the model. */
export const MAX_TOKENS = 160;
/** How many times in a row one token is kept (see tokenize). */
export const MAX_RUN = 8;

export type TokenKind = 'word' | 'emoji' | 'emoticon' | 'url' | 'user' | 'hashtag' | 'number' | 'punct';

export interface Token {
  /** Normalized form used for hashing (lowercase, squeezed). */
  t: string;
  kind: TokenKind;
  /** Original surface form (for reasons). */
  raw: string;
  /** Had a character repeated 3+ times (e.g. "sooooo"). */
  elongated?: boolean;
  /** Written in capitals (>= 3 letters). */
  caps?: boolean;
}

// Bidi controls, zero-width chars, soft hyphen, BOM, variation selectors, tag characters.
// (Variation selectors are matched outside the class so the linter doesn't read them as combining.)
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|\uFE0E|\uFE0F|\uDB40[\uDC00-\uDC7F]/g;
// Arabic diacritics and tatweel.
const AR_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Strip invisible characters and cap the length. Exported so intents see the same text. */
export function cleanText(text: string, max = MAX_CHARS): string {
  if (typeof text !== 'string') return '';
  let s = text.length > max * 2 ? text.slice(0, max * 2) : text;
  s = s.replace(INVISIBLE, '');
  if (s.length > max) {
    // Don't cut a surrogate pair in half.
    let end = max;
    const c = s.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
    s = s.slice(0, end);
  }
  return s;
}

/** Lowercase plus script-specific folding (Arabic letter variants, Russian ё). */
export function foldCase(s: string): string {
  let out = s.toLowerCase();
  if (/[\u0600-\u06FF]/.test(out)) {
    out = out
      .replace(AR_DIACRITICS, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه');
  }
  if (out.indexOf('ё') >= 0) out = out.replace(/ё/g, 'е');
  return out;
}

const URL_RE = /^(?:https?:\/\/|www\.)\S+/i;
const EMOTICONS: Array<[RegExp, string]> = [
  [/^(?:[:=;x8][-o^']?[)\]}dp*3]+|\^[_.-]?\^|<3+|\(:|\(\^|:-?\*)/i, ':)'],
  [/^(?:[:=;][-o^']?[([{|\\/]+|:'\(|d:|>:\(|<\/3|-_-|t_t|;_;)/i, ':('],
];

function isLetterOrDigit(cp: number): boolean {
  // Fast paths for ASCII and common scripts; fall back to Unicode property test.
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  }
  if (cp >= 0x0400 && cp <= 0x04ff) return true; // Cyrillic
  if (cp >= 0x0620 && cp <= 0x064a) return true; // Arabic letters
  if (cp >= 0x00c0 && cp <= 0x024f) return cp !== 0xd7 && cp !== 0xf7; // Latin-1/Extended
  return LETTER_RE.test(String.fromCodePoint(cp));
}
const LETTER_RE = /[\p{L}\p{M}\p{N}]/u;
const PICTO_RE = /\p{Extended_Pictographic}/u;

export function isEmojiCp(cp: number): boolean {
  if (cp < 0xa9) return false;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return true; // regional indicators (flags)
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return false; // skin tones: dropped
  return PICTO_RE.test(String.fromCodePoint(cp));
}

function squeeze(word: string): { w: string; elongated: boolean } {
  // Collapse runs of 3+ identical chars to 2 ("soooo" -> "soo").
  let out = '';
  let run = 0;
  let prev = '';
  let elongated = false;
  for (const ch of word) {
    if (ch === prev) {
      run++;
      if (run >= 3) {
        elongated = true;
        continue;
      }
    } else {
      run = 1;
      prev = ch;
    }
    out += ch;
  }
  return { w: out, elongated };
}

/**
 * Tokenize already-cleaned text. Case folding happens per token so that
 * ALL-CAPS can be flagged. Returns at most MAX_TOKENS tokens.
 */
export function tokenize(clean: string): Token[] {
  const toks: Token[] = [];
  // A run of the same token counts at most MAX_RUN times ("😀" x 5000, "aaaa…" split into 60-char
  // words): a flood repeats one cue, it does not multiply it.
  const push = (tok: Token) => {
    const k = toks.length;
    if (k >= MAX_RUN) {
      let same = true;
      for (let r = 1; r <= MAX_RUN && same; r++) same = toks[k - r]!.t === tok.t && toks[k - r]!.kind === tok.kind;
      if (same) return;
    }
    toks.push(tok);
  };
  const n = clean.length;
  let i = 0;
  while (i < n && toks.length < MAX_TOKENS) {
    const cp = clean.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    // whitespace
    if (cp === 32 || cp === 10 || cp === 9 || cp === 13 || cp === 0xa0 || cp === 0x3000) {
      i += w;
      continue;
    }
    // URLs
    if (
      (cp === 104 || cp === 119 || cp === 72 || cp === 87) &&
      (clean.startsWith('http', i) || clean.startsWith('www.', i) || clean.startsWith('HTTP', i))
    ) {
      const m = URL_RE.exec(clean.slice(i, i + 300));
      if (m) {
        push({ t: '<url>', kind: 'url', raw: m[0] });
        i += m[0].length;
        continue;
      }
    }
    // @mentions and #hashtags
    if ((cp === 64 || cp === 35) && i + 1 < n && isLetterOrDigit(clean.codePointAt(i + 1)!)) {
      let j = i + 1;
      while (j < n && j - i < 60) {
        const c2 = clean.codePointAt(j)!;
        if (!(isLetterOrDigit(c2) || c2 === 95)) break;
        j += c2 > 0xffff ? 2 : 1;
      }
      const body = clean.slice(i + 1, j);
      if (cp === 64) push({ t: '<user>', kind: 'user', raw: '@' + body });
      else push({ t: squeeze(foldCase(body)).w, kind: 'hashtag', raw: '#' + body });
      i = j;
      continue;
    }
    // letters/digits
    if (isLetterOrDigit(cp) || cp === 95) {
      let j = i;
      let letters = 0;
      let upper = 0;
      let digits = 0;
      while (j < n && j - i < 60) {
        const c2 = clean.codePointAt(j)!;
        const ok = isLetterOrDigit(c2) || c2 === 95;
        // keep inner apostrophes: don't, l'amour
        const apos = (c2 === 39 || c2 === 0x2019) && j > i && j + 1 < n && isLetterOrDigit(clean.codePointAt(j + 1)!);
        if (!ok && !apos) break;
        if (c2 >= 48 && c2 <= 57) digits++;
        else if (ok) {
          letters++;
          const ch = String.fromCodePoint(c2);
          if (ch !== ch.toLowerCase()) upper++;
        }
        j += c2 > 0xffff ? 2 : 1;
      }
      if (j === i) j = i + w;
      const raw = clean.slice(i, j);
      if (digits > 0 && letters === 0) {
        push({ t: '<num>', kind: 'number', raw });
      } else {
        const sq = squeeze(foldCase(raw.replace(/\u2019/g, "'")));
        push({ t: sq.w, kind: 'word', raw, elongated: sq.elongated, caps: letters >= 3 && upper === letters });
      }
      i = j;
      continue;
    }
    // emoji
    if (isEmojiCp(cp)) {
      let t = String.fromCodePoint(cp);
      // flags: pair of regional indicators
      if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
        const c2 = clean.codePointAt(i + 2);
        if (c2 !== undefined && c2 >= 0x1f1e6 && c2 <= 0x1f1ff) {
          t += String.fromCodePoint(c2);
          i += 2;
        }
      }
      push({ t, kind: 'emoji', raw: t });
      i += w;
      continue;
    }
    // emoticons and punctuation
    const slice = clean.slice(i, i + 6);
    let matched = false;
    for (const [re, label] of EMOTICONS) {
      const m = re.exec(slice);
      if (m && m[0].length >= 2) {
        push({ t: label, kind: 'emoticon', raw: m[0] });
        i += m[0].length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    // Runs of the same punctuation ("!!!", ")))", "???") count as one token.
    let j = i + w;
    while (j < n && clean.codePointAt(j) === cp && j - i < 40) j += w;
    const raw = clean.slice(i, j);
    const ch = String.fromCodePoint(cp);
    let t = j - i > w ? ch + ch : ch;
    // Russian-style smileys: ")))" and "((("
    if ((ch === ')' || ch === '(') && j - i >= 2) {
      push({ t: ch === ')' ? ':)' : ':(', kind: 'emoticon', raw });
      i = j;
      continue;
    }
    if (ch === '¿' || ch === '؟') t = '?';
    push({ t, kind: 'punct', raw });
    i = j;
  }
  return toks;
}
