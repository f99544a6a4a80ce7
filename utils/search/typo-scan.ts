/**
 * The typo pass over all rows at once: find each piece of the query (pigeonhole, fuzzy.ts) in the joined
 * typo haystack with native indexOf, then run the bit-parallel matcher only on a small window around each
 * occurrence. Costs little more than one scan of the text when the pieces are rare, which typos make them.
 */
import { compilePattern, fuzzyDistance, MAX_PATTERN, splitPieces } from './fuzzy';
import type { Haystacks } from './haystack';

const NONE = 255;

/**
 * Rows (ascending) whose typo haystack holds q within k edits (k ≤ 2), each with its distance. Only rows with
 * `allowed[row]` set are looked at; they are known not to contain q exactly, so 1 edit is the best possible.
 */
export function typoScan(
  s: Pick<Haystacks, 'fuzzyAll' | 'fuzzyStart'>,
  q: string,
  k: number,
  allowed: Uint8Array,
): Array<[row: number, distance: number]> {
  const fq = q.slice(0, MAX_PATTERN);
  const pat = compilePattern(fq);
  const text = s.fuzzyAll;
  const starts = s.fuzzyStart;
  const best = new Uint8Array(allowed.length).fill(NONE);
  const touched: number[] = [];
  for (const piece of splitPieces(fq, k + 1)) {
    let row = 0;
    for (let p = text.indexOf(piece.text); p >= 0; p = text.indexOf(piece.text, p + 1)) {
      while ((starts[row + 1] as number) <= p) row++;
      if (!allowed[row] || (best[row] as number) <= 1) continue;
      const from = Math.max(starts[row] as number, p - piece.offset - k);
      const to = Math.min((starts[row + 1] as number) - 1, p - piece.offset + pat.length + k);
      const d = fuzzyDistance(pat, text, 1, from, to);
      if (d > k || d >= (best[row] as number)) continue;
      if (best[row] === NONE) touched.push(row);
      best[row] = d;
    }
  }
  return touched.sort((a, b) => a - b).map((row) => [row, best[row] as number]);
}
