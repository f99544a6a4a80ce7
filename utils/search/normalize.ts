/**
 * Text normalisation shared by the search index and its queries, so both sides agree: NFKC folds full-width
 * forms (ＡＢＣ１２３ → ABC123, the ideographic space → " "), lower-casing ignores case, and spaces,
 * punctuation and symbols are dropped so "ab12-cd 34", "AB12CD34" and a pasted ID with spaces all meet.
 */
const STRIP = /[\s\p{P}\p{S}]/gu;
const PLAIN = /^[a-z0-9]*$/;
const ASCII = /^[\x20-\x7e]*$/;
const ASCII_STRIP = /[^a-z0-9]/g;

export function normalise(text: string): string {
  // Fast paths for the common cases (IDs, account names): building the index over 50k rows is mostly this.
  if (PLAIN.test(text)) return text;
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_STRIP, '');
  return text.normalize('NFKC').toLowerCase().replace(STRIP, '');
}

/** A normalised text plus, for each of its UTF-16 units, the [start, end) of the original it came from. */
export interface MappedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** Per code point (only used for the few rows on screen): lets a match found in normalised text be highlighted. */
export function normaliseWithMap(original: string): MappedText {
  const out: MappedText = { text: '', starts: [], ends: [] };
  let i = 0;
  for (const ch of original) {
    const n = normalise(ch);
    for (let k = 0; k < n.length; k++) {
      out.starts.push(i);
      out.ends.push(i + ch.length);
    }
    out.text += n;
    i += ch.length;
  }
  return out;
}

/** [start, end) ranges of `original` to highlight where the normalised query occurs; empty if it does not. */
export function highlightRanges(original: string, query: string): Array<[number, number]> {
  const q = normalise(query);
  if (!q) return [];
  const mapped = normaliseWithMap(original);
  const at = mapped.text.indexOf(q);
  if (at < 0) return [];
  const start = mapped.starts[at];
  const end = mapped.ends[at + q.length - 1];
  return start === undefined || end === undefined ? [] : [[start, end]];
}
