import { describe, expect, it } from 'vitest';
import { highlightRanges, normalise } from '@/utils/search/normalize';

describe('normalise', () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['Acme Co., Ltd.', 'acmecoltd'],
    ['ab12-CD 34', 'ab12cd34'],
    ['杭州\u3000云栖（科技）', '杭州云栖科技'],
    ['user_01', 'user01'],
    ['', ''],
    ['  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('highlightRanges', () => {
  it.each([
    ['Acme Cloud', 'cloud', [[5, 10]]],
    ['Acme Cloud', 'ＣＬＯＵＤ', [[5, 10]]],
    ['Acme Cloud', 'me cl', [[2, 7]]],
    ['杭州云栖科技', '云栖', [[2, 4]]],
    ['Acme', 'zzz', []],
    ['Acme', '', []],
  ] as const)('%s / %s', (text, query, expected) => {
    expect(highlightRanges(text, query)).toEqual(expected);
  });
});
