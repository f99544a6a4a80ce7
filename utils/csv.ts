/**
 * CSV that Excel opens correctly, Chinese included: a UTF-8 BOM (without it Excel guesses a legacy code page),
 * CRLF line ends, RFC 4180 quoting, and formula-injection guarding: a text cell starting with = + - @ (or a
 * tab / carriage return) gets a leading apostrophe so Excel shows it instead of evaluating it (OWASP).
 * Plain numbers such as "-12.30" are left alone: they cannot be formulas and must stay numbers.
 */
export const BOM = '\uFEFF';
const CRLF = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvValue;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<R>(rows: readonly R[], columns: readonly CsvColumn<R>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

/** "customers-20250301-1405.csv" in local time. */
export function csvFileName(prefix: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  return `${prefix}-${date}-${pad(at.getHours())}${pad(at.getMinutes())}.csv`;
}
