/**
 * The popup's in-memory customer search. Built once from the cached rows (normalised haystacks, pinyin keys,
 * a fixed base order), then searched on every keystroke.
 *
 * Ranking: exact > prefix > substring > fuzzy (1 then 2 edits); within a tier by field (name, account name,
 * ID, label, pinyin initials, full pinyin); ties keep the base order (most severe status first, then name).
 * Hits go into buckets by that score while scanning in base order, so nothing is sorted per keystroke.
 * Typing forward only narrows: the next keystroke scans the previous hits, not all rows.
 */
import type { CustomerStatus } from '@/utils/domain';
import { STATUS_SEVERITY } from '@/utils/rules/status';
import { type FilterableRow, passesFilters, type SearchFilters } from './filters';
import { compilePattern, fuzzyDistance, MAX_PATTERN } from './fuzzy';
import {
  buildHaystacks,
  FIELD_COUNT as F,
  FUZZY_FIELDS,
  type HaystackRow,
  MATCH_FIELDS,
  type MatchField,
  strictScore,
} from './haystack';
import { normalise } from './normalize';
import type { PinyinKeys } from './pinyin';
import { typoScan } from './typo-scan';

export type { MatchField };
export type MatchKind = 'exact' | 'prefix' | 'substring' | 'fuzzy';

export interface SearchableRow extends FilterableRow, HaystackRow {
  status: CustomerStatus;
}

export interface SearchHit<R> {
  row: R;
  /** Null for an empty query (every row listed). */
  field: MatchField | null;
  kind: MatchKind | null;
  /** Edits a fuzzy hit needed; 0 otherwise. */
  distance: number;
}

export interface SearchResult<R> {
  hits: SearchHit<R>[];
  /** Rows that matched and passed the filters; `hits` holds the best `limit`. Typo hits are only looked for
   * (and counted) when the other tiers gave fewer than `limit`. */
  total: number;
}

export interface SearchIndex<R> {
  readonly size: number;
  readonly hasPinyin: boolean;
  search(query: string, filters?: SearchFilters, limit?: number): SearchResult<R>;
}

export interface BuildOptions {
  /** Pinyin of Chinese names; without it the index still works and pinyin queries find nothing. */
  pinyin?: (text: string) => PinyinKeys | null;
}

const KINDS: readonly MatchKind[] = ['exact', 'prefix', 'substring'];
const BUCKETS = 3 * F + 2;
/**
 * Shortest query allowed 1 edit, and 2 (three pieces of ≥ 3 characters): shorter ones match nearly everything,
 * and their short pieces make the typo pass slow.
 */
export const FUZZY_MIN_1 = 4;
export const FUZZY_MIN_2 = 9;

interface LastSearch {
  q: string;
  filterKey: string;
  strict: number[];
  /** Rows within `k` edits that were not strict hits; null when no typo pass ran. */
  fuzzy: number[] | null;
  k: number;
}

export function buildSearchIndex<R extends SearchableRow>(
  rows: readonly R[],
  options: BuildOptions = {},
): SearchIndex<R> {
  const order = baseOrder(rows);
  const n = order.length;
  const s = buildHaystacks(order, options.pinyin);
  const pools = new Map<string, { list: Int32Array; mask: Uint8Array }>();
  let last: LastSearch | null = null;

  /** Rows passing the filters, as a list (base order) and as a mask; cached per filter combination. */
  function pool(filters: SearchFilters, key: string): { list: Int32Array; mask: Uint8Array } {
    let p = pools.get(key);
    if (!p) {
      const mask = new Uint8Array(n);
      const ids: number[] = [];
      for (let i = 0; i < n; i++) {
        if (!passesFilters(order[i] as R, filters)) continue;
        mask[i] = 1;
        ids.push(i);
      }
      p = { list: Int32Array.from(ids), mask };
      pools.set(key, p);
    }
    return p;
  }

  function search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult<R> {
    const q = normalise(query);
    const filterKey = `${filters.atRiskOnly ? 1 : 0}|${filters.associationType ?? ''}|${filters.label ?? ''}`;
    const { list: all, mask } = pool(filters, filterKey);
    if (!q) {
      last = null;
      const hits = Array.from(all.subarray(0, limit), (i) => ({
        row: order[i] as R,
        field: null,
        kind: null,
        distance: 0,
      }));
      return { hits, total: all.length };
    }
    const prev = last && last.filterKey === filterKey && q.startsWith(last.q) ? last : null;
    const buckets: number[][] = Array.from({ length: BUCKETS }, () => []);
    const strict: number[] = [];
    const hit = (i: number, at: number) => {
      strict.push(i);
      (buckets[strictScore(s, i, q, at)] as number[]).push(i);
    };
    if (prev && prev.strict.length < n / 8) {
      for (const i of prev.strict) {
        const at = (s.hay[i] as string).indexOf(q);
        if (at >= 0) hit(i, at);
      }
    } else {
      scanAll(q, prev ? maskOf(prev.strict) : mask, hit);
    }
    const k = q.length >= FUZZY_MIN_2 ? 2 : q.length >= FUZZY_MIN_1 ? 1 : 0;
    let fuzzy: number[] | null = null;
    if (k > 0 && strict.length < limit) {
      // A typo hit for q is within k edits of every prefix of q too, so the last pass's hits suffice.
      const reuse = prev?.fuzzy && prev.k >= k;
      const allowed = reuse ? maskOf([...prev.strict, ...(prev.fuzzy ?? [])]) : mask.slice();
      for (const i of strict) allowed[i] = 0;
      fuzzy = [];
      for (const [i, d] of typoScan(s, q, k, allowed)) {
        fuzzy.push(i);
        (buckets[3 * F + d - 1] as number[]).push(i);
      }
    }
    last = { q, filterKey, strict, fuzzy, k };
    return collect(buckets, q, limit);
  }

  /** One native scan of all haystacks; after a hit, jumps to the next row. */
  function scanAll(q: string, allowed: Uint8Array, hit: (i: number, at: number) => void): void {
    const text = s.hayAll;
    let row = 0;
    for (let p = text.indexOf(q); p >= 0; ) {
      while ((s.hayStart[row + 1] as number) <= p) row++;
      const start = s.hayStart[row] as number;
      if (allowed[row]) hit(row, p - start);
      p = row + 1 < n ? text.indexOf(q, s.hayStart[row + 1] as number) : -1;
    }
  }

  function maskOf(rows: readonly number[]): Uint8Array {
    const m = new Uint8Array(n);
    for (const i of rows) m[i] = 1;
    return m;
  }

  function collect(buckets: number[][], q: string, limit: number): SearchResult<R> {
    const hits: SearchHit<R>[] = [];
    let total = 0;
    buckets.forEach((bucket, score) => {
      total += bucket.length;
      for (let b = 0; b < bucket.length && hits.length < limit; b++) {
        const i = bucket[b] as number;
        const row = order[i] as R;
        if (score < 3 * F) {
          const field = MATCH_FIELDS[score % F] as MatchField;
          hits.push({ row, field, kind: KINDS[Math.floor(score / F)] as MatchKind, distance: 0 });
        } else {
          const d = score - 3 * F + 1;
          hits.push({ row, field: typoField(i, q, d), kind: 'fuzzy', distance: d });
        }
      }
    });
    return { hits, total };
  }

  /** Which field a typo hit is in; only run for the few hits shown. */
  function typoField(i: number, q: string, d: number): MatchField {
    const pat = compilePattern(q.slice(0, MAX_PATTERN));
    const fields = s.fields[i] as string[];
    return FUZZY_FIELDS.find((f) => fuzzyDistance(pat, fields[MATCH_FIELDS.indexOf(f)] ?? '', d) <= d) ?? 'name';
  }

  return { size: n, hasPinyin: s.hasPinyin, search };
}

/** Most severe first, then by name (code-point order: cheap, and the same in every locale). */
function baseOrder<R extends SearchableRow>(rows: readonly R[]): R[] {
  const key = (r: R) => r.name || r.accountName;
  return [...rows].sort((a, b) => {
    const bySeverity = STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status];
    if (bySeverity !== 0) return bySeverity;
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
