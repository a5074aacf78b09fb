/**
 * On-device multilingual sentiment + intent classifier.
 * Pure, synchronous and deterministic: a hashed linear model (see scripts/train-sentiment.ts)
 * over word/bigram/char-n-gram/emoji features, with per-language weight blocks.
 */
import type { Intent, SentimentLabel } from '../records';
import { featurize, langIndex, LANGS, newBuffer, UND } from './features';
import { detectIntents, intentWarmupSteps } from './intents';
import { detectLang } from './langid';
import { getModel, modelWarmupSteps } from './model';
import { cleanText, foldCase, MAX_TOKENS, tokenize, type Token } from './text';
import { brandRegex, pruneOverlay, pruneOverrides, textKey, type UserAdjustments } from './user';

export type { UserAdjustments } from './user';
export { emptyAdjustments, withBrandTerms, textKey } from './user';
export { LANGS } from './features';

/**
 * The one-time costs of the first analysis (decoding the model, compiling the intent patterns of
 * this page's language), as small steps a caller can run in separate tasks so none is long.
 */
export function warmupSteps(lang = 'en'): (() => void)[] {
  return [...modelWarmupSteps(), () => void getModel(), ...intentWarmupSteps(lang === 'en' ? ['en'] : ['en', lang])];
}

/** The same for every other supported language (comments on a page are in many). */
export function laterWarmupSteps(lang = 'en'): (() => void)[] {
  return intentWarmupSteps(LANGS.filter((l) => l !== 'en' && l !== lang));
}

export interface AnalyzeOptions {
  /** ISO 639-1 code if known; otherwise detected. */
  lang?: string;
  user?: UserAdjustments;
}

export interface SentimentResult {
  label: SentimentLabel;
  /** P(positive) - P(negative), in [-1, 1]. */
  score: number;
  /** Probability of the chosen label, in [0, 1]. */
  confidence: number;
  lang: string;
  intents: Intent[];
  reasons: string[];
}

const LABELS: SentimentLabel[] = ['positive', 'neutral', 'negative'];
const buf = newBuffer();
const contribPos = new Float64Array(MAX_TOKENS);
const contribNeg = new Float64Array(MAX_TOKENS);

interface Prepared {
  clean: string;
  toks: Token[];
  lang: string;
  li: number;
  brandHits: string[];
}

function prepare(text: string, opts: AnalyzeOptions | undefined): Prepared {
  let clean = cleanText(text);
  const brandHits: string[] = [];
  const re = brandRegex(opts?.user);
  if (re && clean) {
    re.lastIndex = 0;
    clean = clean.replace(re, (m) => {
      if (brandHits.length < 5 && !brandHits.some((b) => b.toLowerCase() === m.toLowerCase())) brandHits.push(m);
      return ' ';
    });
  }
  const toks = tokenize(clean);
  let lang = opts?.lang ? opts.lang.toLowerCase().slice(0, 2) : '';
  if (!lang || langIndex(lang) === UND) {
    const given = lang;
    lang = detectLang(clean, toks, getModel().lang).lang;
    if (given && lang === 'und') lang = given;
  }
  return { clean, toks, lang, li: langIndex(lang), brandHits };
}

/** Logits [positive, negative] relative to neutral; fills per-token contributions. */
function logits(p: Prepared, user: UserAdjustments | undefined): [number, number] {
  const m = getModel();
  const n = featurize(p.toks, p.li, m.cfg, m.emoji, buf, m.lex);
  const w = m.w;
  const nt = p.toks.length;
  contribPos.fill(0, 0, nt);
  contribNeg.fill(0, 0, nt);
  let pos = 0;
  let neg = 0;
  const overlay = user?.overlay;
  let hasOverlay = false;
  if (overlay)
    for (const _ in overlay) {
      hasOverlay = true;
      break;
    }
  for (let f = 0; f < n; f++) {
    const b = buf.idx[f];
    const v = buf.val[f];
    let dp = w[b * 2] * m.scale * v;
    let dn = w[b * 2 + 1] * m.scale * v;
    if (hasOverlay) {
      const o = overlay![b];
      if (o) {
        dp += o[0] * v;
        dn += o[1] * v;
      }
    }
    pos += dp;
    neg += dn;
    const t = buf.tok[f];
    if (t >= 0) {
      contribPos[t] += dp;
      contribNeg[t] += dn;
    }
  }
  const c = m.calib[p.li] ?? m.calib[UND];
  return [pos + c[0], neg + c[1]];
}

function softmax(pos: number, neg: number): [number, number, number] {
  const mx = Math.max(pos, 0, neg);
  const a = Math.exp(pos - mx);
  const b = Math.exp(-mx);
  const c = Math.exp(neg - mx);
  const s = a + b + c;
  return [a / s, b / s, c / s];
}

function emojiOnlyScore(toks: Token[]): number | undefined {
  const table = getModel().emoji;
  let sum = 0;
  let n = 0;
  for (const tk of toks) {
    if (tk.kind === 'word' || tk.kind === 'hashtag' || tk.kind === 'number') return undefined;
    if (tk.kind === 'emoji') {
      const s = table.get(tk.t);
      if (s !== undefined) {
        sum += s;
        n++;
      }
    } else if (tk.kind === 'emoticon') {
      sum += tk.t === ':)' ? 0.5 : -0.5;
      n++;
    }
  }
  return n ? sum / n : undefined;
}

function describe(tk: Token, label: SentimentLabel): string {
  const raw = tk.raw.length > 30 ? tk.raw.slice(0, 30) + '…' : tk.raw;
  switch (tk.kind) {
    case 'emoji':
      return `emoji ${raw} ${label}`;
    case 'emoticon':
      return `emoticon ${raw} ${label}`;
    case 'hashtag':
      return `hashtag ${raw}`;
    case 'punct':
      return `punctuation "${raw.slice(0, 5)}"`;
    default:
      return `word "${raw}"`;
  }
}

function explain(p: Prepared, label: SentimentLabel): string[] {
  const out: string[] = [];
  if (label === 'neutral') return out;
  const nt = p.toks.length;
  const scored: Array<[number, number]> = [];
  for (let t = 0; t < nt; t++) {
    // Evidence for the label over the best alternative.
    const s =
      label === 'positive' ? contribPos[t] - Math.max(0, contribNeg[t]) : contribNeg[t] - Math.max(0, contribPos[t]);
    if (s > 0.25) scored.push([t, s]);
  }
  if (!scored.length) {
    // Dense emoji features carry no token; name the polar emoji instead.
    const table = getModel().emoji;
    for (let t = 0; t < nt; t++) {
      const tk = p.toks[t];
      const s =
        tk.kind === 'emoji' ? table.get(tk.t) : tk.kind === 'emoticon' ? (tk.t === ':)' ? 0.5 : -0.5) : undefined;
      if (s !== undefined && (label === 'positive' ? s >= 0.2 : s <= -0.2)) scored.push([t, Math.abs(s)]);
    }
  }
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const seen = new Set<string>();
  for (const [t] of scored) {
    const d = describe(p.toks[t], label);
    if (seen.has(d)) continue;
    seen.add(d);
    out.push(d);
    if (out.length >= 3) break;
  }
  return out;
}

export function analyze(text: string, opts?: AnalyzeOptions): SentimentResult {
  const p = prepare(typeof text === 'string' ? text : '', opts);
  const reasons: string[] = p.brandHits.map((b) => `brand term "${b}" ignored`);
  if (!p.toks.length) {
    return { label: 'neutral', score: 0, confidence: 1, lang: p.lang, intents: [], reasons };
  }
  let [lp, ln] = logits(p, opts?.user);
  // Emoji-only texts: the tweets the model learned from rarely consist of emoji alone, so lean on
  // the emoji lexicon directly (mean score of the polar emoji, scaled to logits).
  const emo = emojiOnlyScore(p.toks);
  if (emo !== undefined) {
    lp += emo * 5;
    ln -= emo * 5;
  }
  const probs = softmax(lp, ln);
  let k = 1;
  if (probs[0] > probs[k]) k = 0;
  if (probs[2] > probs[k]) k = 2;
  let label = LABELS[k];
  let confidence = probs[k];
  const override = opts?.user?.overrides?.[textKey(text)];
  if (override) {
    label = override;
    confidence = 1;
    reasons.push('your correction');
  } else {
    reasons.push(...explain(p, label));
    if (label === 'neutral') reasons.push('no strong sentiment cues');
  }
  const score = override ? (label === 'positive' ? 1 : label === 'negative' ? -1 : 0) : probs[0] - probs[2];
  const it = detectIntents(foldCase(p.clean), p.lang, label, confidence);
  return {
    label,
    score: Math.round(score * 1000) / 1000,
    confidence: Math.round(confidence * 1000) / 1000,
    lang: p.lang,
    intents: it.intents,
    reasons: [...reasons, ...it.reasons],
  };
}

/**
 * Returns new adjustments in which `text` gets `label` exactly, and similar texts move toward it:
 * the text's hashed word/emoji/n-gram buckets get a perceptron-style update in a sparse overlay.
 */
export function applyCorrection(
  adj: UserAdjustments,
  text: string,
  label: SentimentLabel,
  lang?: string,
): UserAdjustments {
  const next: UserAdjustments = {
    version: 1,
    brandTerms: [...(adj?.brandTerms ?? [])],
    overrides: { ...(adj?.overrides ?? {}) },
    overlay: { ...(adj?.overlay ?? {}) },
  };
  delete next.overrides[textKey(text)];
  next.overrides[textKey(text)] = label;
  next.overrides = pruneOverrides(next.overrides);

  const p = prepare(text, { lang, user: next });
  if (!p.toks.length) return next;
  // Target margin in logits for the corrected text itself; similar texts get a share of it.
  const MARGIN = 2.5;
  for (let iter = 0; iter < 4; iter++) {
    const [lp, ln] = logits(p, next);
    const n = buf.n;
    let norm = 0;
    for (let f = 0; f < n; f++) if (buf.tok[f] >= 0) norm += buf.val[f] * buf.val[f];
    if (norm === 0) break;
    // Direction in (pos, neg) logit space and how far we are from the margin.
    let dirP: number;
    let dirN: number;
    let gap: number;
    if (label === 'positive') {
      gap = MARGIN - Math.min(lp, lp - ln);
      dirP = 1;
      dirN = ln > 0 ? -1 : 0;
    } else if (label === 'negative') {
      gap = MARGIN - Math.min(ln, ln - lp);
      dirN = 1;
      dirP = lp > 0 ? -1 : 0;
    } else {
      gap = MARGIN + Math.max(lp, ln);
      dirP = lp > -MARGIN ? -1 : 0;
      dirN = ln > -MARGIN ? -1 : 0;
    }
    if (gap <= 0.01) break;
    const eta = gap / norm;
    for (let f = 0; f < n; f++) {
      if (buf.tok[f] < 0) continue; // leave language/global features alone
      const b = buf.idx[f];
      const v = buf.val[f];
      const o = next.overlay[b] ? [...next.overlay[b]] : [0, 0];
      o[0] = Math.round((o[0] + eta * v * dirP) * 1000) / 1000;
      o[1] = Math.round((o[1] + eta * v * dirN) * 1000) / 1000;
      next.overlay[b] = o as [number, number];
    }
  }
  next.overlay = pruneOverlay(next.overlay);
  return next;
}

export { LANGS as SUPPORTED_LANGS };
