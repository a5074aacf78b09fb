/** Lazily decodes the generated weights module into typed arrays, once. */
import { LANGS, type FeatureConfig, type Lexicons } from './features';
import type { LangModel } from './langid';
import * as generated from './model.generated';

const { EMOJI_SCORES, LANG_WEIGHTS_B64, MODEL_META, SENT_WEIGHTS_B64 } = generated;
/** Per-language lexicons as "word:valence×100" entries separated by newlines (absent in older models). */
const LEXICONS: Readonly<Record<string, string>> =
  (generated as unknown as { LEXICONS?: Record<string, string> }).LEXICONS ?? {};

export interface SentimentModel {
  cfg: FeatureConfig;
  /** int8 weights, 2 per bucket: [positive, negative] relative to neutral. */
  w: Int8Array;
  scale: number;
  /** Per-language calibration offsets [pos, neg] added to the logits, indexed like LANGS (+ und). */
  calib: ReadonlyArray<readonly number[]>;
  lang: LangModel;
  emoji: Map<string, number>;
  /** Per-language lexicons (valence in [-1, 1]) for the dense lexicon features, indexed like LANGS. */
  lex: Lexicons;
}

let cached: SentimentModel | undefined;

export function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function parseEmojiScores(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const entry of s.split(' ')) {
    const i = entry.lastIndexOf(':');
    if (i <= 0) continue;
    m.set(entry.slice(0, i), Number(entry.slice(i + 1)) / 100);
  }
  return m;
}

export function parseLexicon(s: string | undefined): Map<string, number> | undefined {
  if (!s) return undefined;
  const m = new Map<string, number>();
  for (const entry of s.split('\n')) {
    const i = entry.lastIndexOf(':');
    if (i <= 0) continue;
    m.set(entry.slice(0, i), Number(entry.slice(i + 1)) / 100);
  }
  return m;
}

// The decoded parts, each made once (and separately: see modelWarmupSteps).
let weights: Int8Array | undefined;
let langLogp: Float32Array | undefined;
let emoji: Map<string, number> | undefined;
let lex: Lexicons | undefined;

function getWeights(): Int8Array {
  if (!weights) {
    const raw = decodeBase64(SENT_WEIGHTS_B64);
    weights = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  }
  return weights;
}

function getLangLogp(): Float32Array {
  if (!langLogp) {
    const lraw = decodeBase64(LANG_WEIGHTS_B64);
    const logp = new Float32Array(lraw.length);
    const { langMin } = MODEL_META;
    // log-probs were stored as uint8 steps of langStep above langMin
    for (let i = 0; i < lraw.length; i++) logp[i] = langMin + lraw[i] * MODEL_META.langStep;
    langLogp = logp;
  }
  return langLogp;
}

function getEmoji(): Map<string, number> {
  return (emoji ??= parseEmojiScores(EMOJI_SCORES));
}

/** Each language's lexicon, parsed once: one step per language (the largest take several ms each). */
const lexParts = new Map<string, Map<string, number> | undefined>();
function lexiconOf(lang: string): Map<string, number> | undefined {
  if (!lexParts.has(lang)) lexParts.set(lang, parseLexicon(LEXICONS[lang]));
  return lexParts.get(lang);
}

function getLexicons(): Lexicons {
  return (lex ??= LANGS.map(lexiconOf));
}

/** The model's one-time decoding as separate steps, so a caller can spread them over several tasks. */
export function modelWarmupSteps(): (() => void)[] {
  return [getWeights, getLangLogp, getEmoji, ...LANGS.map((l) => () => lexiconOf(l)), getLexicons].map(
    (f) => () => void f(),
  );
}

export function getModel(): SentimentModel {
  if (cached) return cached;
  cached = {
    cfg: MODEL_META.cfg,
    w: getWeights(),
    scale: MODEL_META.scale,
    calib: MODEL_META.calib,
    lang: { bits: MODEL_META.langBits, logp: getLangLogp() },
    emoji: getEmoji(),
    lex: getLexicons(),
  };
  return cached;
}
