import { describe, expect, it } from 'vitest';
import type { AssociationType, CustomerStatus } from '@/utils/domain';
import { createPinyinCache } from '@/utils/search/pinyin';
import { buildSearchIndex, type SearchableRow } from '@/utils/search/search-index';

interface Row extends SearchableRow {
  tag: string;
}

function row(tag: string, name: string, more: Partial<Row> = {}): Row {
  return {
    tag,
    name,
    customerId: `${tag.padEnd(8, '0')}aaaabbbbccccddddeeeeffff`,
    accountName: `acct_${tag}`,
    associationType: '2' as AssociationType,
    status: 'ok' as CustomerStatus,
    ...more,
  };
}

const rows: Row[] = [
  row('exact', 'Acme'),
  row('prefix', 'Acme Cloud'),
  row('substr', 'Big Acme Labs'),
  row('typo', 'Acne Trading'),
  row('hz', '杭州云栖科技有限公司', { label: '重点客户', status: 'blocked' }),
  row('cq', '重庆银行数据', { associationType: '1', status: 'not-applicable' }),
  row('frozen', 'Zenith Digital', { status: 'frozen', label: 'VIP' }),
  row('low', 'Orion Systems', { status: 'low', label: 'VIP', accountName: 'orion_ops' }),
  row('fw', 'ＡＢＣ１２３ Shop', { accountName: 'abc_shop' }),
];
const index = buildSearchIndex(rows, { pinyin: createPinyinCache() });
const tags = (query: string, filters = {}) => index.search(query, filters).hits.map((h) => h.row.tag);

describe('ranking', () => {
  it('exact > prefix > substring > fuzzy', () => {
    expect(tags('acme')).toEqual(['exact', 'prefix', 'substr', 'typo']);
    expect(index.search('acme').hits.map((h) => h.kind)).toEqual(['exact', 'prefix', 'substring', 'fuzzy']);
  });

  it('an empty query lists every row, most severe first', () => {
    const result = index.search('');
    expect(result.total).toBe(rows.length);
    expect(result.hits.slice(0, 3).map((h) => h.row.tag)).toEqual(['frozen', 'hz', 'low']);
  });

  it('respects the limit but counts every match; typos are only looked for when exact hits run short', () => {
    const result = index.search('acme', {}, 2);
    expect(result.hits.map((h) => h.row.tag)).toEqual(['exact', 'prefix']);
    expect(result.total).toBe(3);
  });
});

describe('fields', () => {
  it.each([
    ['real name', 'zenith dig', 'frozen', 'name', 'prefix'],
    ['account name', 'orion_ops', 'low', 'accountName', 'exact'],
    ['full customer ID', 'hz000000aaaabbbbccccddddeeeeffff', 'hz', 'customerId', 'exact'],
    ['partial customer ID', '00000aaaab', 'hz', 'customerId', 'substring'],
    ['customer ID pasted with spaces', 'HZ00 0000', 'hz', 'customerId', 'prefix'],
    ['label', '重点', 'hz', 'label', 'prefix'],
    ['full-width query', 'ＯＲＩＯＮ', 'low', 'name', 'prefix'],
    ['full-width name', 'abc123', 'fw', 'name', 'prefix'],
    ['pinyin initials', 'hzyq', 'hz', 'pinyinInitials', 'prefix'],
    ['full pinyin', 'hangzhouyunqi', 'hz', 'pinyinFull', 'prefix'],
    ['polyphone in context', 'chongqingyinhang', 'cq', 'pinyinFull', 'prefix'],
    ['typo in a name', 'zenitn', 'frozen', 'name', 'fuzzy'],
    ['typo in pinyin', 'hangzou', 'hz', 'pinyinFull', 'fuzzy'],
  ] as const)('%s: %s', (_what, query, tag, field, kind) => {
    const hit = index.search(query).hits[0];
    expect(hit?.row.tag).toBe(tag);
    expect(hit?.field).toBe(field);
    expect(hit?.kind).toBe(kind);
  });

  it('finds nothing for nonsense', () => {
    expect(index.search('qqqqxxxx').total).toBe(0);
  });

  it('works without pinyin', () => {
    const plain = buildSearchIndex(rows);
    expect(plain.hasPinyin).toBe(false);
    expect(plain.search('hzyq').total).toBe(0);
    expect(plain.search('杭州').hits[0]?.row.tag).toBe('hz');
  });
});

describe('filters', () => {
  it.each([
    ['at risk only', { atRiskOnly: true }, ['frozen', 'hz']],
    ['referral', { associationType: '1' }, ['cq']],
    ['label', { label: 'VIP' }, ['frozen', 'low']],
    ['label + at risk', { label: 'VIP', atRiskOnly: true }, ['frozen']],
  ] as const)('%s', (_what, filters, expected) => {
    expect(tags('', filters)).toEqual(expected);
  });

  it('applies to matches too', () => {
    expect(tags('acme', { associationType: '1' })).toEqual([]);
    expect(tags('o', { label: 'VIP' })).toEqual(['low', 'frozen']);
  });
});

describe('typing forward', () => {
  it('gives the same answers as a fresh search at each keystroke', () => {
    const fresh = (q: string) =>
      buildSearchIndex(rows, { pinyin: createPinyinCache() })
        .search(q)
        .hits.map((h) => h.row.tag);
    for (const word of ['acme cloud', 'hangzou', 'zenitn', 'orion_ops']) {
      for (let i = 1; i <= word.length; i++) {
        const q = word.slice(0, i);
        expect(tags(q), q).toEqual(fresh(q));
      }
    }
  });
});
