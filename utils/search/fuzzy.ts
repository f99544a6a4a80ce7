/**
 * Approximate substring matching: the smallest edit distance (insert, delete, substitute) between a pattern
 * and any substring of a text, with Myers' bit-parallel algorithm (1999). One pass over the text, a few
 * integer operations per character, so typo-tolerant search over 50k rows stays within a frame.
 * Patterns longer than 32 UTF-16 units are cut to 32 (one machine word).
 */
export const MAX_PATTERN = 32;

export interface FuzzyPattern {
  length: number;
  /** Bit mask per UTF-16 code unit: which pattern positions hold it. A flat 64K table (256 KB, made once per
   * keystroke) beats a Map lookup per text character by a wide margin. */
  peq: Int32Array;
}

export function compilePattern(pattern: string): FuzzyPattern {
  const p = pattern.slice(0, MAX_PATTERN);
  const peq = new Int32Array(65536);
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    peq[c] = (peq[c] ?? 0) | (1 << i);
  }
  return { length: p.length, peq };
}

/**
 * Min edit distance of the pattern to any substring of text[from, to); stops early once it is ≤ `stopAt`.
 */
export function fuzzyDistance(pat: FuzzyPattern, text: string, stopAt = 0, from = 0, to = text.length): number {
  const m = pat.length;
  if (m === 0) return 0;
  const last = 1 << (m - 1);
  const peq = pat.peq;
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = from; j < to; j++) {
    const eq = peq[text.charCodeAt(j)] as number;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // Search variant: a match may start anywhere in the text, so no carry-in on the horizontal deltas.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) {
      best = score;
      if (best <= stopAt) return best;
    }
  }
  return best;
}

/** A piece of the pattern and where it starts in it. */
export interface Piece {
  text: string;
  offset: number;
}

/**
 * Pigeonhole: with k edits, a pattern cut into k + 1 pieces keeps at least one piece intact. So only texts
 * containing a piece can match, and only near it: the bit-parallel pass runs on a window of pattern length + 2k
 * around each occurrence instead of the whole text (utils/search/typo-scan.ts).
 */
export function splitPieces(q: string, parts: number): Piece[] {
  const size = Math.floor(q.length / parts);
  return Array.from({ length: parts }, (_, p) => ({
    text: q.slice(p * size, p === parts - 1 ? q.length : (p + 1) * size),
    offset: p * size,
  }));
}
