/**
 * Pinyin keys for Chinese names, so "hzyq" or "hangzhouyunqi" finds 杭州云栖…. pinyin-pro is used because it
 * reads characters in context (重庆 chongqing, 银行 yinhang, 厦门 xiamen), which company names need; it is
 * the biggest piece of the popup, so callers load this module lazily and compute keys off the first paint.
 */
import { pinyin } from 'pinyin-pro';
import { normalise } from './normalize';

export interface PinyinKeys {
  /** Whole syllables, toneless, normalised: "hangzhouyunqi". */
  full: string;
  /** First letter of each syllable: "hzyq". Other characters are kept as they are ("abc科技" → "abckj"). */
  initials: string;
}

const HAN = /\p{Script=Han}/u;

/** Null when the text has no Chinese characters (its plain normalised form already covers it). */
export function pinyinKeys(text: string): PinyinKeys | null {
  if (!HAN.test(text)) return null;
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true }).map(normalise).filter(Boolean);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/** Memoised per text: customer lists repeat names and the popup may rebuild its index. */
export function createPinyinCache(): (text: string) => PinyinKeys | null {
  const memo = new Map<string, PinyinKeys | null>();
  return (text) => {
    let keys = memo.get(text);
    if (keys === undefined) {
      keys = pinyinKeys(text);
      memo.set(text, keys);
    }
    return keys;
  };
}
