/** Money in the sandbox is integer fen (1/100 of a yuan or cent of a dollar); formatting happens only at the edge. */

/** "12.30" for 1230, "-0.05" for -5. */
export function fenToString(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A JSON number for an amount; exact as text because fen/100 prints as the shortest round-tripping decimal. */
export function fenToNumber(fen: number): number {
  return fen / 100;
}

/**
 * Parses an amount the client sent (JSON number or decimal string) into fen. Returns null when it is not a
 * finite decimal with at most 2 decimals — the API's "max 2 decimals" rule.
 */
export function parseAmountFen(value: unknown): number | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  const m = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + frac;
  return m[1] === '-' ? -fen : fen;
}
