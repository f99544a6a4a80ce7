import { describe, expect, it } from 'vitest';
import { catalogs, detectLang, setLang, t } from '@/utils/i18n';

describe('locales', () => {
  it('en and zh_CN define exactly the same keys', () => {
    expect(Object.keys(catalogs.zh_CN).sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  it('no message is empty in either locale', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const [key, entry] of Object.entries(catalog)) expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('placeholders match between locales', () => {
    const holes = (s: string) => [...s.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();
    for (const key of Object.keys(catalogs.en) as Array<keyof typeof catalogs.en>) {
      expect(holes(catalogs.zh_CN[key].message), key).toEqual(holes(catalogs.en[key].message));
    }
  });
});

describe('t', () => {
  it.each([
    ['en', 'statusReady', 'Background ready · storage OK · opened 3 times'],
    ['zh_CN', 'statusReady', '后台就绪 · 存储正常 · 已打开 3 次'],
  ] as const)('%s %s', (lang, key, expected) => {
    setLang(lang);
    expect(t(key, 3)).toBe(expected);
  });

  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh-TW', 'zh_CN'],
    ['en-US', 'en'],
    ['fr', 'en'],
  ] as const)('detectLang(%s) = %s', (tag, lang) => {
    expect(detectLang(tag)).toBe(lang);
  });
});
