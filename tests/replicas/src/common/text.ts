const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const EMOJI_RE = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'emoji'; text: string }
  | { kind: 'mention'; text: string; handle: string }
  | { kind: 'hashtag'; text: string; tag: string }
  | { kind: 'url'; text: string; url: string };

const TOKEN_RE = /(https?:\/\/[^\s]+)|(@[A-Za-z0-9_.]{1,30})|(#[\p{L}\p{N}_]{1,50})/gu;

/** Splits text into plain runs, emoji graphemes, @mentions, #hashtags and URLs. */
export function splitText(text: string, opts: { emoji: boolean; links: boolean }): TextPart[] {
  const parts: TextPart[] = [];
  const pushPlain = (s: string): void => {
    if (!s) return;
    if (!opts.emoji || !EMOJI_RE.test(s)) {
      parts.push({ kind: 'text', text: s });
      return;
    }
    let run = '';
    for (const { segment } of segmenter.segment(s)) {
      if (EMOJI_RE.test(segment)) {
        if (run) parts.push({ kind: 'text', text: run });
        run = '';
        parts.push({ kind: 'emoji', text: segment });
      } else run += segment;
    }
    if (run) parts.push({ kind: 'text', text: run });
  };
  if (!opts.links) {
    pushPlain(text);
    return parts;
  }
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const i = m.index ?? 0;
    pushPlain(text.slice(last, i));
    if (m[1]) parts.push({ kind: 'url', text: m[1], url: m[1] });
    else if (m[2]) parts.push({ kind: 'mention', text: m[2], handle: m[2].slice(1) });
    else if (m[3]) parts.push({ kind: 'hashtag', text: m[3], tag: m[3].slice(1) });
    last = i + m[0].length;
  }
  pushPlain(text.slice(last));
  return parts;
}

/** X's weighted length (twitter-text v3 rules, simplified: URLs count 23, emoji 2, CJK 2). */
export function xWeightedLength(text: string): number {
  let n = 0;
  const withoutUrls = text.replace(/https?:\/\/[^\s]+/g, () => {
    n += 23;
    return '';
  });
  for (const { segment } of segmenter.segment(withoutUrls)) {
    if (EMOJI_RE.test(segment)) {
      n += 2;
      continue;
    }
    const cp = segment.codePointAt(0) ?? 0;
    const light = cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
    n += light ? 1 : 2;
  }
  return n;
}
