import { describe, expect, it } from 'vitest';
import { chunk } from '@/utils/api/endpoints/balances';
import { collectAll, paginate } from '@/utils/api/paginate';

const source = Array.from({ length: 23 }, (_, i) => i);
const fetchPage = async ({ offset, limit }: { offset: number; limit: number }) => ({
  items: source.slice(offset, offset + limit),
  total: source.length,
});

describe('paginate', () => {
  it('walks offset/limit pages to the end', async () => {
    const offsets: number[] = [];
    for await (const page of paginate(fetchPage, { limit: 10 })) offsets.push(page.offset);
    expect(offsets).toEqual([0, 10, 20]);
    expect(await collectAll(fetchPage, { limit: 10 })).toEqual(source);
  });

  it('resumes from an offset and honours maxItems', async () => {
    expect(await collectAll(fetchPage, { limit: 5, startOffset: 20 })).toEqual([20, 21, 22]);
    expect(await collectAll(fetchPage, { limit: 10, maxItems: 12 })).toEqual(source.slice(0, 12));
  });

  it('stops on an empty page even if total lies', async () => {
    let calls = 0;
    const liar = async () => {
      calls++;
      return { items: calls === 1 ? [1, 2] : [], total: 1_000_000 };
    };
    expect(await collectAll(liar, { limit: 2 })).toEqual([1, 2]);
    expect(calls).toBe(2);
  });
});

describe('chunk (batches of ≤ 100)', () => {
  it('splits any list', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `c${i}`);
    expect(chunk(ids).map((b) => b.length)).toEqual([100, 100, 50]);
    expect(chunk([])).toEqual([]);
    expect(chunk(ids).flat()).toEqual(ids);
  });
});
