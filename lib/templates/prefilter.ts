/**
 * Cheap candidate filter in front of Fuse.js, so search stays within a few
 * milliseconds per keystroke on thousands of templates.
 *
 * Fuse's bitap accepts a field when `errors / patternLength <= threshold`
 * (with `ignoreLocation`), errors being insertions, deletions or substitutions.
 * - With 0 allowed errors the pattern must occur verbatim in some field.
 * - Otherwise the q-gram lemma applies: each edit destroys at most 2 of the
 *   pattern's (m - 1) bigram positions, so a matching field contains at least
 *   (m - 1 - 2k) of them. Counting over the union of a template's fields is a
 *   superset test, so the filter never drops a template Fuse would match.
 */

/** Lower-case, accents stripped: the form both the prefilter and Fuse see. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Errors Fuse allows for a pattern of length `m` at `threshold`. */
export function allowedErrors(m: number, threshold: number): number {
  return Math.floor(m * threshold + 1e-9);
}

const BUCKETS = 1 << 16;

/**
 * Bigram at `i`, hashed into 65,536 buckets (ASCII pairs never collide). A
 * collision only lets more documents through, never fewer.
 */
function bigramAt(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  return a < 256 && b < 256 ? (a << 8) | b : (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
}

export interface BigramIndex {
  /** Folded text of each document's fields, joined by "\n". */
  readonly haystacks: readonly string[];
  /**
   * Documents that may match `pattern` (already folded): a dense array of doc
   * numbers, in doc order, among those for which `allowed[doc]` is true.
   * `hits[doc]` then holds the bigram hit count (0 when not computed).
   */
  candidates(
    pattern: string,
    threshold: number,
    allowed: Uint8Array,
  ): {
    docs: number[];
    hits: Uint16Array;
  };
}

export function createBigramIndex(haystacks: readonly string[]): BigramIndex {
  // Bigram → docs containing it (each doc once, in increasing order).
  const postings: Array<number[] | undefined> = new Array<number[] | undefined>(BUCKETS);
  haystacks.forEach((text, doc) => {
    for (let i = 0; i + 1 < text.length; i++) {
      const bg = bigramAt(text, i);
      const list = postings[bg];
      if (!list) postings[bg] = [doc];
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  });
  const counts = new Uint16Array(haystacks.length);

  return {
    haystacks,
    candidates(pattern, threshold, allowed) {
      const docs: number[] = [];
      const m = pattern.length;
      const k = allowedErrors(m, threshold);
      counts.fill(0);
      if (k === 0) {
        for (let d = 0; d < haystacks.length; d++) {
          if (allowed[d] && haystacks[d]?.includes(pattern)) docs.push(d);
        }
        return { docs, hits: counts };
      }
      const need = m - 1 - 2 * k;
      const multiplicity = new Map<number, number>();
      for (let i = 0; i + 1 < m; i++) {
        const bg = bigramAt(pattern, i);
        multiplicity.set(bg, (multiplicity.get(bg) ?? 0) + 1);
      }
      for (const [bg, c] of multiplicity) {
        for (const d of postings[bg] ?? []) counts[d] = (counts[d] ?? 0) + c;
      }
      for (let d = 0; d < haystacks.length; d++) {
        if (allowed[d] && (counts[d] ?? 0) >= need) docs.push(d);
      }
      return { docs, hits: counts };
    },
  };
}
