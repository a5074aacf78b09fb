/**
 * Hashed feature extraction shared by trainer and runtime. Features are (bucket, value, token)
 * triples; `token` (index into the token list, -1 for global features) lets the runtime explain
 * which words drove a decision.
 */
import { FNV_OFFSET, fnv, fnvStep, mix } from './hash';
import type { Token } from './text';

export const LANGS = ['en', 'es', 'pt', 'de', 'fr', 'it', 'nl', 'ru', 'ar', 'hi'] as const;
export type Lang = (typeof LANGS)[number];
export const UND = LANGS.length;

export function langIndex(lang: string | undefined): number {
  if (!lang) return UND;
  const i = (LANGS as readonly string[]).indexOf(lang.toLowerCase().slice(0, 2));
  return i < 0 ? UND : i;
}

export interface FeatureConfig {
  /** log2 of the hashed table size. */
  bits: number;
  charMin: number;
  charMax: number;
  /** Weight of each char n-gram relative to a word feature. */
  charWeight: number;
  /** Emit word features also in the language-independent block. */
  sharedWords: boolean;
  /** Emit char n-grams per language (true) or shared (false). */
  charPerLang: boolean;
  /** Token features are scaled by (tokens/4)^-lenNorm so long texts don't get extreme scores. */
  lenNorm: number;
  /** Emit dense lexicon-score features (needs per-language lexicons passed to featurize). */
  lex?: boolean;
}

/** Per-language word -> valence in [-1, 1] (indexed like LANGS), used for dense lexicon features. */
export type Lexicons = ReadonlyArray<ReadonlyMap<string, number> | undefined>;

/** Contrastive conjunctions: sentiment after them counts more (VADER's "but" rule). */
const BUT_WORDS = new Set([
  'but',
  'pero',
  'mas',
  'aber',
  'mais',
  'ma',
  'maar',
  'но',
  'однако',
  'لكن',
  'lekin',
  'magar',
]);
/** Compound-score bin edges for one-hot lexicon features (the model learns its own thresholds). */
const LEX_BINS = [-0.6, -0.3, -0.1, -0.02, 0.02, 0.1, 0.3, 0.6];

export const NEGATORS: Record<string, string[]> = {
  en: [
    'not',
    'no',
    'never',
    "don't",
    'dont',
    "didn't",
    'didnt',
    "doesn't",
    'doesnt',
    "isn't",
    'isnt',
    "wasn't",
    'wasnt',
    "can't",
    'cant',
    'cannot',
    "won't",
    'wont',
    'nothing',
    'nobody',
    'none',
    "aren't",
    "couldn't",
    "shouldn't",
    "wouldn't",
    "ain't",
    'without',
  ],
  es: ['no', 'nunca', 'ni', 'nada', 'jamás', 'jamas', 'tampoco', 'nadie', 'sin', 'ningún', 'ninguna'],
  pt: ['não', 'nao', 'nunca', 'nem', 'nada', 'jamais', 'ninguém', 'ninguem', 'sem', 'nenhum', 'nenhuma'],
  de: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nie', 'niemals', 'nichts', 'ohne', 'niemand'],
  fr: ['ne', 'pas', "n'", 'jamais', 'rien', 'aucun', 'aucune', 'personne', 'sans', 'non'],
  it: ['non', 'mai', 'niente', 'nulla', 'nessun', 'nessuno', 'nessuna', 'né', 'senza'],
  nl: ['niet', 'geen', 'nooit', 'niets', 'niks', 'niemand', 'zonder'],
  ru: ['не', 'нет', 'ни', 'никогда', 'ничего', 'никто', 'без', 'нельзя'],
  ar: ['لا', 'لم', 'لن', 'ما', 'ليس', 'مش', 'مو', 'بدون', 'غير', 'مب'],
  hi: ['nahi', 'nahin', 'nai', 'na', 'mat', 'nhi', 'nahi', 'not', 'no', 'never'],
};
const NEG_SETS: Array<Set<string>> = LANGS.map((l) => new Set(NEGATORS[l]));
const ANY_NEG = new Set(Object.values(NEGATORS).flat());

export interface FeatureBuffer {
  idx: Int32Array;
  val: Float32Array;
  tok: Int16Array;
  n: number;
}

export function newBuffer(cap = 16384): FeatureBuffer {
  return { idx: new Int32Array(cap), val: new Float32Array(cap), tok: new Int16Array(cap), n: 0 };
}

export interface EmojiTable {
  get(emoji: string): number | undefined;
}

// Namespace seeds.
const NS = {
  word: fnv('w'),
  negword: fnv('nw'),
  bigram: fnv('b'),
  char: fnv('c'),
  emoji: fnv('e'),
  misc: fnv('m'),
};
const LANG_SEED = Array.from({ length: LANGS.length + 1 }, (_, i) => fnv('lang:' + i));

/** Names of dense features, hashed into the table like everything else. */
export const DENSE = {
  bias: 'bias',
  exclaim: 'exclaim',
  question: 'question',
  elong: 'elong',
  caps: 'caps',
  neg: 'negation',
  emoPos: 'emoji+',
  emoNeg: 'emoji-',
  emoCount: 'emoji#',
  url: 'url',
  short: 'short',
  lexPos: 'lex+',
  lexNeg: 'lex-',
  lexNone: 'lex0',
  lexMixed: 'lex+-',
  lexCompound: 'lexc',
  lexBin0: 'lexb0',
  lexBin1: 'lexb1',
  lexBin2: 'lexb2',
  lexBin3: 'lexb3',
  lexBin4: 'lexb4',
  lexBin5: 'lexb5',
  lexBin6: 'lexb6',
  lexBin7: 'lexb7',
  lexBin8: 'lexb8',
} as const;
const LEX_BIN_NAMES = [
  DENSE.lexBin0,
  DENSE.lexBin1,
  DENSE.lexBin2,
  DENSE.lexBin3,
  DENSE.lexBin4,
  DENSE.lexBin5,
  DENSE.lexBin6,
  DENSE.lexBin7,
  DENSE.lexBin8,
];

/** Dense feature name -> hashed bucket seed, computed once (hashing names per call was measurable). */
const DENSE_HASH = new Map<string, number>(Object.values(DENSE).map((name) => [name, fnv(name, NS.misc)]));

const PUNCT_BREAK = new Set(['.', ',', '!', '?', ';', ':', '!!', '??', '..']);

export function featurize(
  toks: Token[],
  lang: number,
  cfg: FeatureConfig,
  emoji: EmojiTable,
  buf: FeatureBuffer,
  lexicons?: Lexicons,
): number {
  const mask = (1 << cfg.bits) - 1;
  const cap = buf.idx.length - 8;
  const L = LANG_SEED[lang];
  const hasLang = lang !== UND;
  const negSet = hasLang ? NEG_SETS[lang] : ANY_NEG;
  let n = 0;
  const push = (h: number, v: number, t: number) => {
    if (n >= cap) return;
    buf.idx[n] = h & mask;
    buf.val[n] = v;
    buf.tok[n] = t;
    n++;
  };
  const dense = (name: string, v: number, perLang: boolean) => {
    const h = DENSE_HASH.get(name) ?? fnv(name, NS.misc);
    push(h, v, -1);
    if (perLang && hasLang) push(mix(h, L), v, -1);
  };

  let exclaim = 0;
  let question = 0;
  let elong = 0;
  let caps = 0;
  let negs = 0;
  let emoPos = 0;
  let emoNeg = 0;
  let emoCount = 0;
  let url = 0;
  let negScope = 0;
  let prev = fnv('<s>');
  let words = 0;
  const lexMap = cfg.lex && lexicons ? lexicons[hasLang ? lang : 0] : undefined;
  // VADER-style lexicon sum: negation flips (x -0.74), "but" halves what came before and boosts what follows.
  let lexBefore = 0;
  let lexAfter = 0;
  let sawBut = false;
  let lexPos = 0;
  let lexNeg = 0;

  for (let ti = 0; ti < toks.length; ti++) {
    const tk = toks[ti];
    const t = tk.t;
    if (tk.kind === 'punct') {
      if (t[0] === '!') exclaim++;
      else if (t[0] === '?') question++;
      if (PUNCT_BREAK.has(t)) negScope = 0;
      const h = fnv(t, NS.word);
      push(h, 1, ti);
      if (hasLang) push(mix(h, L), 1, ti);
      prev = h;
      continue;
    }
    if (tk.kind === 'emoji' || tk.kind === 'emoticon') {
      emoCount++;
      const s = tk.kind === 'emoticon' ? (t === ':)' ? 0.6 : -0.6) : emoji.get(t);
      if (s !== undefined) {
        if (s > 0) emoPos += s;
        else emoNeg -= s;
      }
      const h = fnv(t, NS.emoji);
      push(h, 1, ti);
      if (hasLang) push(mix(h, L), 1, ti);
      prev = h;
      negScope = 0;
      continue;
    }
    if (tk.kind === 'url') url++;
    words++;
    if (tk.elongated) elong++;
    if (tk.caps) caps++;
    const isNeg = tk.kind === 'word' && negSet.has(t);
    if (lexMap !== undefined && (tk.kind === 'word' || tk.kind === 'hashtag')) {
      let v = lexMap.get(t);
      if (v !== undefined) {
        if (tk.caps) v *= 1.25;
        if (negScope > 0 && !isNeg) v *= -0.74;
        if (v > 0) lexPos += v;
        else lexNeg -= v;
        if (sawBut) lexAfter += v;
        else lexBefore += v;
      } else if (tk.kind === 'word' && BUT_WORDS.has(t)) sawBut = true;
    }
    const wh = fnv(t, NS.word);
    if (cfg.sharedWords) push(wh, 1, ti);
    if (hasLang) {
      if (negScope > 0 && !isNeg) push(mix(fnv(t, NS.negword), L), 1, ti);
      else push(mix(wh, L), 1, ti);
      push(mix(mix(prev, wh), L ^ NS.bigram), 1, ti);
    } else {
      push(mix(prev, wh) ^ NS.bigram, 1, ti);
    }
    prev = wh;
    if (tk.kind === 'word' && cfg.charMax > 0 && t.length >= 2) {
      // char n-grams over "<word>"
      const seed = cfg.charPerLang && hasLang ? mix(NS.char, L) : NS.char;
      const len = t.length + 2;
      const cw = cfg.charWeight;
      for (let i = 0; i < len; i++) {
        let h = seed;
        for (let k = 0; k < cfg.charMax && i + k < len; k++) {
          const p = i + k;
          const code = p === 0 ? 60 : p === len - 1 ? 62 : t.charCodeAt(p - 1);
          h = fnvStep(h, code);
          if (k + 1 >= cfg.charMin) push(h >>> 0, cw, ti);
        }
      }
    }
    if (isNeg) {
      negs++;
      negScope = 3;
    } else if (negScope > 0) negScope--;
  }
  if (cfg.lenNorm > 0 && toks.length > 4) {
    const k = Math.pow(toks.length / 4, -cfg.lenNorm);
    for (let f = 0; f < n; f++) buf.val[f] *= k;
  }
  const sq = (x: number) => Math.min(3, Math.sqrt(x));
  dense(DENSE.bias, 1, true);
  if (exclaim) dense(DENSE.exclaim, sq(exclaim), true);
  if (question) dense(DENSE.question, sq(question), true);
  if (elong) dense(DENSE.elong, sq(elong), true);
  if (caps) dense(DENSE.caps, sq(caps), true);
  if (negs) dense(DENSE.neg, sq(negs), true);
  if (emoPos) dense(DENSE.emoPos, sq(emoPos), false);
  if (emoNeg) dense(DENSE.emoNeg, sq(emoNeg), false);
  if (emoCount) dense(DENSE.emoCount, sq(emoCount), true);
  if (url) dense(DENSE.url, 1, true);
  if (words <= 3) dense(DENSE.short, 1, true);
  if (lexMap !== undefined) {
    if (lexPos) dense(DENSE.lexPos, sq(lexPos), true);
    if (lexNeg) dense(DENSE.lexNeg, sq(lexNeg), true);
    if (lexPos && lexNeg) dense(DENSE.lexMixed, 1, true);
    if (!lexPos && !lexNeg) dense(DENSE.lexNone, 1, true);
    // VADER units (valence x4), "but" rule, exclamation emphasis, then VADER's normalization.
    let sum = (sawBut ? lexBefore * 0.5 + lexAfter * 1.5 : lexBefore) * 4;
    if (sum !== 0) sum += Math.sign(sum) * 0.292 * Math.min(4, exclaim);
    const comp = sum / Math.sqrt(sum * sum + 15);
    if (comp !== 0) dense(DENSE.lexCompound, comp, true);
    let bin = 0;
    while (bin < LEX_BINS.length && comp > LEX_BINS[bin]) bin++;
    dense(LEX_BIN_NAMES[bin], 1, true);
  }
  buf.n = n;
  return n;
}

export { FNV_OFFSET };
