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
  for (const table of root.querySelectorAll(SEL.table)) {
    const headers = [...table.querySelectorAll(SEL.headerCell)].map(textOf);
    const columns: Partial<Record<HeaderName, number>> = {};
    for (const name of [...required, ...optional]) {
      const index = headers.findIndex((h) => isHeader(h, name));
      if (index >= 0) columns[name] = index;
    }
    if (required.every((name) => columns[name] !== undefined)) {
      return { table, columns, rows: [...table.querySelectorAll(SEL.bodyRow)] };
    }
  }
  return null;
}

/** The data cells of a row, in order (children only: nested tables keep their own cells). */
export function cellsOf(row: Element): Element[] {
  return [...row.children].filter((c) => CELL_TAGS.has(c.localName));
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
