/**
 * Per-keystroke latency of the popup search over 50,000 generated customers, against a plain scan of the same
 * records (lower-case `includes` over the concatenated fields, no index). Run: `npx tsx test/bench/popup-search.bench.ts`.
 *
 * Prints one JSON line: median/p95 of the indexed search per keystroke (ms), `baseline` = the plain scan's p95,
 * `ratio` = p95 / 16 ms (one frame; `target: 1` means "within a frame"), `vsPlainScan` = p95 / baseline.
 */

import { createPinyinCache } from '@/utils/search/pinyin';
import { buildSearchIndex } from '@/utils/search/search-index';
import { type BenchRow, generateCustomers, prng } from './generate-customers';

const COUNT = 50_000;
const FRAME_MS = 16;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/** Queries a user would type, each replayed one keystroke at a time ("h", "ha", "han", …). */
function queries(rows: BenchRow[]): string[] {
  const rnd = prng(7);
  const pick = () => rows[Math.floor(rnd() * rows.length)] as BenchRow;
  const out = ['hzyq', 'hangzhou', 'acme cloud', 'ＡＣＭＥ', '杭州云栖', 'vip', 'hangzou', 'nimbsu data', 'zzzzqqq'];
  for (let i = 0; i < 12; i++) {
    const r = pick();
    out.push(r.customerId.slice(0, 10), r.accountName.slice(0, 12), r.name.slice(0, 4));
  }
  return out;
}

function keystrokes(query: string): string[] {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
}

function plainScan(rows: BenchRow[], query: string): BenchRow[] {
  const q = query.toLowerCase();
  const out: BenchRow[] = [];
  for (const r of rows) {
    if (`${r.name} ${r.accountName} ${r.customerId} ${r.label ?? ''}`.toLowerCase().includes(q)) out.push(r);
  }
  return out.slice(0, 50);
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const rows = generateCustomers(COUNT);
const pinyin = createPinyinCache();
const buildPlainMs = time(() => buildSearchIndex(rows));
let index = buildSearchIndex(rows);
const buildWithPinyinMs = time(() => {
  index = buildSearchIndex(rows, { pinyin });
});
const typed = queries(rows).flatMap(keystrokes);
for (const q of typed.slice(0, 20)) index.search(q); // warm-up (JIT)
const indexed: number[] = [];
const plain: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const q of typed) {
    indexed.push(time(() => index.search(q, {}, 50)));
    plain.push(time(() => plainScan(rows, q)));
  }
}
const s = stats(indexed);
const b = stats(plain);
const round3 = (x: number) => Math.round(x * 1000) / 1000;
console.log(
  JSON.stringify({
    name: 'popup.search',
    unit: 'ms',
    median: round3(s.median),
    p95: round3(s.p95),
    runs: indexed.length,
    baseline: round3(b.p95),
    baselineMedian: round3(b.median),
    ratio: round3(s.p95 / FRAME_MS),
    ratioBasis: 'p95 / 16 ms frame',
    vsPlainScan: round3(s.p95 / b.p95),
    target: 1,
    customers: COUNT,
    buildMs: round3(buildPlainMs),
    buildWithPinyinMs: round3(buildWithPinyinMs),
  }),
);
