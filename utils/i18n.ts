/**
 * The i18n layer. The `_locales` files are the single source of truth: the browser reads them for the
 * manifest, and this module bundles the same files so the user can pick a language other than the
 * browser's (chrome.i18n cannot switch at run time).
 */
import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof en;
export type Lang = 'en' | 'zh_CN';
type Catalog = Record<MessageKey, { message: string }>;

export const catalogs: Record<Lang, Catalog> = { en, zh_CN: zhCN };

let current: Lang = detectLang(globalThis.navigator?.language ?? 'en');

/** Maps a BCP-47 tag (browser UI language) to a supported catalog. */
export function detectLang(tag: string): Lang {
  return tag.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/** BCP-47 tag for Intl formatters. */
export function intlLocale(lang: Lang = current): string {
  return lang === 'zh_CN' ? 'zh-CN' : 'en-US';
}

/** Translates `key`, replacing `$1`…`$9` with `subs` (same placeholders chrome.i18n uses). */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const entry = catalogs[current][key] ?? catalogs.en[key];
  return entry.message.replace(/\$([1-9])/g, (m, n: string) => {
    const sub = subs[Number(n) - 1];
    return sub === undefined ? m : String(sub);
  });
}
