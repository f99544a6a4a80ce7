/**
 * The in-memory search over the cached rows. The index is built at once without pinyin so the list paints
 * immediately; pinyin-pro is then loaded and run in small chunks between frames, and the index is rebuilt
 * with it (a few hundred ms of work for 50k Chinese names, never in one block).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CustomerRow } from '@/utils/messages/customers';
import { distinctLabels, type SearchFilters } from '@/utils/search/filters';
import type { PinyinKeys } from '@/utils/search/pinyin';
import { buildSearchIndex } from '@/utils/search/search-index';

/** Rows rendered at once; the count of all matches is shown below. */
export const SHOWN = 50;
const CHUNK = 1500;

async function pinyinTable(rows: readonly CustomerRow[], signal: AbortSignal) {
  const { createPinyinCache } = await import('@/utils/search/pinyin');
  const keysOf = createPinyinCache();
  const table = new Map<string, PinyinKeys | null>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    for (const row of rows.slice(i, i + CHUNK)) {
      const text = row.name || row.accountName;
      table.set(text, keysOf(text));
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal.aborted) return null;
  }
  return table;
}

export function useCustomerSearch(rows: readonly CustomerRow[]) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [pinyin, setPinyin] = useState<Map<string, PinyinKeys | null> | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    setPinyin(null);
    void pinyinTable(rows, abort.signal).then((table) => table && setPinyin(table));
    return () => abort.abort();
  }, [rows]);

  const index = useMemo(
    () => buildSearchIndex(rows, pinyin ? { pinyin: (text) => pinyin.get(text) ?? null } : {}),
    [rows, pinyin],
  );
  const labels = useMemo(() => distinctLabels(rows), [rows]);
  const result = useMemo(() => index.search(query, filters, SHOWN), [index, query, filters]);
  /** Every match (not only the rows shown), for the CSV export. */
  const allMatches = () => index.search(query, filters, Number.MAX_SAFE_INTEGER).hits.map((h) => h.row);

  return { query, setQuery, filters, setFilters, labels, result, allMatches };
}
