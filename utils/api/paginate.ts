/**
 * Offset/limit pagination (every BSS list API): next page = offset + limit, stop on a short/empty page or
 * when the reported total is reached. Bounded so a lying `total` can't loop forever.
 */
import type { Page } from './endpoints/common';

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface PaginateOptions {
  /** Page size (the API's limit), e.g. 100. */
  limit: number;
  startOffset?: number;
  /** Stop after this many items (default: no cap besides `maxPages`). */
  maxItems?: number;
  /** Hard stop, default 10 000 pages. */
  maxPages?: number;
  signal?: AbortSignal;
}

export interface PageChunk<T> {
  items: T[];
  offset: number;
  total: number;
}

/** Yields one page at a time; callers can persist `offset` to resume. */
export async function* paginate<T>(
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  options: PaginateOptions,
): AsyncGenerator<PageChunk<T>, void, undefined> {
  const { limit, maxItems = Number.POSITIVE_INFINITY, maxPages = 10_000 } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
  let offset = options.startOffset ?? 0;
  let seen = 0;
  for (let pageNo = 0; pageNo < maxPages && seen < maxItems; pageNo++) {
    options.signal?.throwIfAborted();
    const page = await fetchPage({ offset, limit });
    const items = page.items.slice(0, maxItems - seen);
    if (items.length > 0) yield { items, offset, total: page.total };
    seen += items.length;
    offset += limit;
    if (page.items.length < limit || offset >= page.total) return;
  }
}

/** All items of a list, in order. */
export async function collectAll<T>(
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  options: PaginateOptions,
): Promise<T[]> {
  const out: T[] = [];
  for await (const chunk of paginate(fetchPage, options)) out.push(...chunk.items);
  return out;
}
