/**
 * Compact language identifier for the ten supported languages.
 * Cyrillic -> ru and Arabic script -> ar are decided by script; Latin-script text is scored
 * with a hashed character n-gram naive Bayes model (trained by scripts/train-sentiment.ts).
 */
import { fnv, fnvStep } from './hash';
import type { Token } from './text';

/** Latin-script languages the n-gram model distinguishes, in model column order. */
export const LATIN_LANGS = ['en', 'es', 'pt', 'de', 'fr', 'it', 'nl', 'hi'] as const;

export interface LangModel {
  bits: number;
  /** log P(bucket | lang), LATIN_LANGS.length values per bucket. */
  logp: Float32Array;
}

const SEED = fnv('langid');

/** Calls fn(bucket) for every langid feature of the tokens. */
export function langFeatures(toks: Token[], bits: number, fn: (bucket: number) => void): number {
  const mask = (1 << bits) - 1;
  let count = 0;
  for (const tk of toks) {
    if (tk.kind !== 'word' && tk.kind !== 'hashtag') continue;
    const t = tk.t;
    if (t.length > 30) continue;
    fn(fnv(t, SEED ^ 0x5bd1e995) & mask);
    count++;
    const len = t.length + 2;
    for (let i = 0; i < len; i++) {
      let h = SEED;
      for (let k = 0; k < 4 && i + k < len; k++) {
        const p = i + k;
        const code = p === 0 ? 32 : p === len - 1 ? 32 : t.charCodeAt(p - 1);
        h = fnvStep(h, code);
        if (k >= 1) {
          fn((h >>> 0) & mask);
          count++;
        }
      }
    }
  }
  return count;
}

export interface LangGuess {
  lang: string;
  /** 0..1, rough posterior of the top language. */
  confidence: number;
}

/** Count letters per script in the (already cleaned) text. */
interface ScriptCounts {
  latin: number;
  cyr: number;
  arab: number;
  deva: number;
  /** All of the scripts below together. */
  other: number;
  kana: number;
  han: number;
  hangul: number;
  thai: number;
  hebrew: number;
  greek: number;
}

function scriptCounts(s: string): ScriptCounts {
  let latin = 0;
  let cyr = 0;
  let arab = 0;
  let deva = 0;
  let other = 0;
  let kana = 0;
  let han = 0;
  let hangul = 0;
  let thai = 0;
  let hebrew = 0;
  let greek = 0;
  const n = Math.min(s.length, 600);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) arab++;
    else if (c >= 0x900 && c <= 0x97f) deva++;
    else if (c >= 0x3040 && c <= 0x30ff) {
      other++;
      kana++;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      other++;
      han++;
    } else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) {
      other++;
      hangul++;
    } else if (c >= 0x0e00 && c <= 0x0e7f) {
      other++;
      thai++;
    } else if (c >= 0x0590 && c <= 0x05ff) {
      other++;
      hebrew++;
    } else if (c >= 0x0370 && c <= 0x03ff) {
      other++;
      greek++;
    } else if (c >= 0x3400 && c <= 0x4dbf) {
      other++;
      han++;
    }
  }
  return { latin, cyr, arab, deva, other, kana, han, hangul, thai, hebrew, greek };
}

/**
 * The language a script alone tells (no sentiment model for these: the tag stays language-neutral,
 * but templates and variants in these languages are picked): kana → Japanese (with or without
 * kanji), Han alone → Chinese, Hangul → Korean, Thai, Hebrew, Greek.
 */
function byScript(sc: ScriptCounts): string {
  if (sc.kana > 0) return 'ja';
  const top = Math.max(sc.han, sc.hangul, sc.thai, sc.hebrew, sc.greek);
  if (top === 0) return 'und';
  if (sc.hangul === top) return 'ko';
  if (sc.han === top) return 'zh';
  if (sc.thai === top) return 'th';
  if (sc.hebrew === top) return 'he';
  return 'el';
}

export function detectLang(clean: string, toks: Token[], model: LangModel): LangGuess {
  const sc = scriptCounts(clean);
  const max = Math.max(sc.latin, sc.cyr, sc.arab, sc.deva, sc.other);
  if (max === 0) return { lang: 'und', confidence: 0 };
  if (sc.cyr === max) return { lang: 'ru', confidence: 0.95 };
  if (sc.arab === max) return { lang: 'ar', confidence: 0.95 };
  if (sc.deva === max) return { lang: 'hi', confidence: 0.8 };
  if (sc.other === max) {
    const lang = byScript(sc);
    return { lang, confidence: lang === 'und' ? 0.5 : 0.9 };
  }
  const K = LATIN_LANGS.length;
  const scores = new Float64Array(K);
  const lp = model.logp;
  const n = langFeatures(toks, model.bits, (b) => {
    const o = b * K;
    for (let k = 0; k < K; k++) scores[k] += lp[o + k];
  });
  if (n === 0) return { lang: 'und', confidence: 0 };
  let best = 0;
  for (let k = 1; k < K; k++) if (scores[k] > scores[best]) best = k;
  // Softmax with a temperature, since NB log-likelihoods are overconfident.
  const temp = 1 / Math.max(1, Math.sqrt(n));
  let z = 0;
  for (let k = 0; k < K; k++) z += Math.exp((scores[k] - scores[best]) * temp);
  return { lang: LATIN_LANGS[best], confidence: 1 / z };
}
