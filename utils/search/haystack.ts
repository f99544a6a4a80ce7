/**
 * The index's per-row data, laid out once: each row's normalised fields joined into one haystack (one native
 * indexOf per row per keystroke), field offsets to tell which field a hit is in, and a shorter haystack of the
 * fields a typo search looks at.
 */
import { normalise } from './normalize';
import type { PinyinKeys } from './pinyin';

export const MATCH_FIELDS = ['name', 'accountName', 'customerId', 'label', 'pinyinInitials', 'pinyinFull'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];
export const FIELD_COUNT = MATCH_FIELDS.length;
// IDs and initials are too short or too random to guess a typo from.
export const FUZZY_FIELDS: readonly MatchField[] = ['name', 'accountName', 'label', 'pinyinFull'];
const SEP = '\u0001';
const ROW_SEP = '\u0002';

export interface HaystackRow {
  customerId: string;
  name: string;
  accountName: string;
  label?: string | undefined;
}

export interface Haystacks {
  hay: string[];
  /** All rows' haystacks in one string (row i starts at hayStart[i]): rare queries are found by one native scan. */
  hayAll: string;
  hayStart: Int32Array;
  /** Every row's typo-searchable fields in one string (row i spans fuzzyStart[i]…fuzzyStart[i + 1] − 1), so
   * pieces of a query are found by one native scan instead of one call per row. */
  fuzzyAll: string;
  fuzzyStart: Int32Array;
  fields: string[][];
  /** FIELD_COUNT + 1 offsets per row into `hay`: field k spans [off[k], off[k + 1] − 1). */
  offsets: Int32Array;
}

export function buildHaystacks(
  rows: readonly HaystackRow[],
  pinyin: ((text: string) => PinyinKeys | null) | undefined,
): Haystacks & { hasPinyin: boolean } {
  const n = rows.length;
  const out: Haystacks & { hasPinyin: boolean } = {
    hay: new Array(n),
    hayAll: '',
    hayStart: new Int32Array(n + 1),
    fuzzyAll: '',
    fuzzyStart: new Int32Array(n + 1),
    fields: new Array(n),
    offsets: new Int32Array(n * (FIELD_COUNT + 1)),
    hasPinyin: false,
  };
  const fuzzyAt = FUZZY_FIELDS.map((f) => MATCH_FIELDS.indexOf(f));
  const fuzzyParts: string[] = new Array(n);
  let fuzzyAt0 = 0;
  let hayAt0 = 0;
  rows.forEach((row, i) => {
    const keys = pinyin?.(row.name || row.accountName) ?? null;
    if (keys) out.hasPinyin = true;
    const fields = [
      normalise(row.name),
      normalise(row.accountName),
      normalise(row.customerId),
      normalise(row.label ?? ''),
      keys?.initials ?? '',
      keys?.full ?? '',
    ];
    let at = 0;
    for (let k = 0; k < FIELD_COUNT; k++) {
      out.offsets[i * (FIELD_COUNT + 1) + k] = at;
      at += (fields[k] as string).length + 1;
    }
    out.offsets[i * (FIELD_COUNT + 1) + FIELD_COUNT] = at;
    out.fields[i] = fields;
    out.hay[i] = fields.join(SEP);
    out.hayStart[i] = hayAt0;
    hayAt0 += out.hay[i].length + 1;
    const part = fuzzyAt.map((k) => fields[k]).join(SEP);
    fuzzyParts[i] = part;
    out.fuzzyStart[i] = fuzzyAt0;
    fuzzyAt0 += part.length + 1;
  });
  out.fuzzyStart[n] = fuzzyAt0;
  out.hayStart[n] = hayAt0;
  out.hayAll = out.hay.join(ROW_SEP) + ROW_SEP;
  out.fuzzyAll = fuzzyParts.join(ROW_SEP) + ROW_SEP;
  return out;
}

/**
 * Best strict score of row i for q, given `at`, the first place q occurs in the row's haystack:
 * tier × FIELD_COUNT + field, tiers 0 exact, 1 prefix, 2 substring. Fields sit in rank order, so the field
 * holding the first occurrence is the best substring field; only prefixes need a look at every field.
 * A hit cannot span two fields: the separator is never in a normalised query.
 */
export function strictScore(s: Haystacks, i: number, q: string, at: number): number {
  const h = s.hay[i] as string;
  const base = i * (FIELD_COUNT + 1);
  const first = q.charCodeAt(0);
  let best = 3 * FIELD_COUNT;
  for (let k = 0; k < FIELD_COUNT; k++) {
    const start = s.offsets[base + k] as number;
    const next = s.offsets[base + k + 1] as number;
    if (best === 3 * FIELD_COUNT && at < next) best = 2 * FIELD_COUNT + k;
    const len = next - 1 - start;
    if (len >= q.length && h.charCodeAt(start) === first && h.startsWith(q, start)) {
      const score = (len === q.length ? 0 : FIELD_COUNT) + k;
      if (score < best) best = score;
    }
  }
  return best;
}
