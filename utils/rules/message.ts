/**
 * Rules never produce prose: they return a message key plus positional parameters, and the UI translates
 * with `t(key, ...params)` (utils/i18n.ts uses chrome.i18n-style `$1`…`$9` placeholders).
 */
export interface RuleMessage<K extends string> {
  key: K;
  params: ReadonlyArray<string | number>;
}

export function msg<K extends string>(key: K, ...params: Array<string | number>): RuleMessage<K> {
  return { key, params };
}
