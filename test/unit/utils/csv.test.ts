import { describe, expect, it } from 'vitest';
import { BOM, type CsvColumn, csvCell, csvFileName, toCsv } from '@/utils/csv';

/** A small RFC 4180 reader, only for checking round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

interface Row {
  name: string;
  note: string;
}
const columns: CsvColumn<Row>[] = [
  { header: '名称', value: (r) => r.name },
  { header: 'Note', value: (r) => r.note },
];

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv([{ name: 'a', note: 'b' }], columns);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('名称,Note\r\na,b\r\n');
  });

  it.each([
    ['Chinese', '杭州云栖科技有限公司'],
    ['quotes', 'He said "hi"'],
    ['comma', 'Acme, Inc.'],
    ['newline', 'line one\nline two'],
    ['CRLF inside', 'a\r\nb'],
    ['leading space', '  padded'],
    ['emoji', '云☁️'],
  ])('round-trips %s', (_what, value) => {
    const parsed = parseCsv(toCsv([{ name: value, note: 'x' }], columns).slice(1));
    expect(parsed).toEqual([
      ['名称', 'Note'],
      [value, 'x'],
    ]);
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['-12.30', '-12.30'],
    ['12', '12'],
    ['a=b', 'a=b'],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    [null, ''],
    [undefined, ''],
    [3.5, '3.5'],
    [-4, '-4'],
    [true, 'true'],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

it('names the file with local date and time', () => {
  expect(csvFileName('customers', new Date(2025, 2, 1, 14, 5))).toBe('customers-20250301-1405.csv');
});
