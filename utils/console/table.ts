/**
 * Reads console tables by header text, not position: a column is found by its zh/en header, so reordered or
 * added columns do not break extraction.
 */
import { type HeaderName, isHeader, SEL, textOf } from './selectors';

export interface TableView {
  table: Element;
  /** Column index per recognised header. */
  columns: Partial<Record<HeaderName, number>>;
  rows: Element[];
}

/** The first table whose header has every `required` column; `optional` columns are mapped when present. */
export function findTable(
  root: ParentNode,
  required: readonly HeaderName[],
  optional: readonly HeaderName[] = [],
): TableView | null {
  for (const table of tablesIn(root)) {
    const headers = headerCells(table).map(textOf);
    const columns: Partial<Record<HeaderName, number>> = {};
    for (const name of [...required, ...optional]) {
      const index = headers.findIndex((h) => isHeader(h, name));
      if (index >= 0) columns[name] = index;
    }
    if (required.every((name) => columns[name] !== undefined)) {
      return { table, columns, rows: bodyRows(table) };
    }
  }
  return null;
}

/*
 * Header cells and body rows are found from the table's head and body sections, not by matching a descendant
 * selector against every cell of the table: on a 1,000-row table each such scan costs as much as reading the rows.
 */
const BODY_TAGS = new Set(['tp-tbody', 'tbody']);
const ROW_TAGS = new Set(['tp-tr', 'tr']);

function headerCells(table: Element): Element[] {
  const head = table.querySelector(SEL.head);
  return head ? [...head.querySelectorAll(SEL.headCell)] : [];
}

/**
 * SEL.table's elements in document order. By tag name where the root allows it: matching a selector list against
 * every element of a large page costs as much as reading a 1,000-row table.
 */
function tablesIn(root: ParentNode): Element[] {
  if (!hasTagLookup(root)) return [...root.querySelectorAll(SEL.table)];
  const custom = [...root.getElementsByTagName('tp-table')];
  const plain = [...root.getElementsByTagName('table')];
  if (custom.length === 0 || plain.length === 0) return custom.length > 0 ? custom : plain;
  return [...custom, ...plain].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

function hasTagLookup(root: ParentNode): root is Document | Element {
  return typeof (root as Partial<Document>).getElementsByTagName === 'function';
}

/** Rows of the table's body sections (the first one found and the sections beside it). */
function bodyRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let body = table.querySelector(SEL.body); body; body = body.nextElementSibling) {
    if (!BODY_TAGS.has(body.localName)) continue;
    for (let row = body.firstElementChild; row; row = row.nextElementSibling) {
      if (ROW_TAGS.has(row.localName)) rows.push(row);
    }
  }
  return rows;
}

/** The data cells of a row, in order (children only: nested tables keep their own cells). */
export function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  // A sibling walk, not [...row.children]: this runs for every row of a 1,000-row table.
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (CELL_TAGS.has(c.localName)) cells.push(c);
  return cells;
}
const CELL_TAGS = new Set(['tp-td', 'td']);

/** The cell of `row` in column `name`, or null when the column is absent. Pass `cells` to avoid re-reading. */
export function cellOf(view: TableView, row: Element, name: HeaderName, cells = cellsOf(row)): Element | null {
  const index = view.columns[name];
  return index === undefined ? null : (cells[index] ?? null);
}

export function cellText(view: TableView, row: Element, name: HeaderName): string | null {
  const cell = cellOf(view, row, name);
  return cell ? textOf(cell) : null;
}
