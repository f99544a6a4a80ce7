import { describe, expect, it } from 'vitest';
import { compilePattern, fuzzyDistance, splitPieces } from '@/utils/search/fuzzy';
import { buildHaystacks } from '@/utils/search/haystack';
import { typoScan } from '@/utils/search/typo-scan';

/** Reference: the textbook O(mn) approximate substring distance (Sellers). */
function sellers(p: string, t: string): number {
  let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
  let best = prev[p.length] as number;
  for (const ch of t) {
    const cur = [0];
    for (let i = 1; i <= p.length; i++) {
      const cost = p[i - 1] === ch ? 0 : 1;
      cur[i] = Math.min((prev[i - 1] as number) + cost, (prev[i] as number) + 1, (cur[i - 1] as number) + 1);
    }
    prev = cur;
    best = Math.min(best, prev[p.length] as number);
  }
  return best;
}

describe('fuzzyDistance (bit-parallel)', () => {
  it.each([
    ['hangzhou', 'xx hangzhou yy', 0],
    ['hangzou', 'hangzhou', 1],
    ['hagnzhou', 'hangzhou', 2],
    ['acme', 'acne corp', 1],
    ['abc', 'xyz', 3],
    ['杭州云西', '杭州云栖科技', 1],
  ])('%s in %s = %i', (p, t, d) => {
    expect(fuzzyDistance(compilePattern(p), t)).toBe(d);
  });

  it('agrees with the textbook algorithm on random strings', () => {
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = (len: number) => Array.from({ length: len }, () => 'abcd'[Math.floor(rnd() * 4)]).join('');
    for (let i = 0; i < 300; i++) {
      const p = word(1 + Math.floor(rnd() * 10));
      const t = word(Math.floor(rnd() * 30));
      expect(fuzzyDistance(compilePattern(p), t), `${p} in ${t}`).toBe(sellers(p, t));
    }
  });

  it('looks only inside the window it is given', () => {
    expect(fuzzyDistance(compilePattern('abc'), 'abc xyz', 0, 4)).toBe(3);
  });
});

describe('splitPieces', () => {
  it.each([
    [
      'hangzou',
      2,
      [
        { text: 'han', offset: 0 },
        { text: 'gzou', offset: 3 },
      ],
    ],
    [
      'nimbsuda',
      3,
      [
        { text: 'ni', offset: 0 },
        { text: 'mb', offset: 2 },
        { text: 'suda', offset: 4 },
      ],
    ],
  ] as const)('%s in %i', (q, parts, expected) => {
    expect(splitPieces(q, parts)).toEqual(expected);
  });
});

describe('typoScan', () => {
  const rows = ['Hangzhou Data', 'Shanghai Labs', 'Nimbus Cloud', 'Acme'].map((name, i) => ({
    customerId: `id${i}`,
    name,
    accountName: `acct${i}`,
  }));
  const s = buildHaystacks(rows, undefined);
  const all = new Uint8Array(rows.length).fill(1);

  it.each([
    ['hangzou', 1, [[0, 1]]],
    ['nimbsu', 1, [[2, 1]]],
    ['shangahi', 2, [[1, 2]]],
    ['zzzz', 1, []],
  ] as const)('%s within %i', (q, k, expected) => {
    expect(typoScan(s, q, k, all.slice())).toEqual(expected);
  });

  it('skips rows that are not allowed', () => {
    expect(typoScan(s, 'hangzou', 1, new Uint8Array(rows.length))).toEqual([]);
  });
});
