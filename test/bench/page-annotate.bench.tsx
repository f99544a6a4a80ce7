/**
 * page.annotate: time to annotate a 1,000-row customer table (read rows → decide status → mount chips + summary)
 * ÷ the time of a bare pass that only reads every cell. Target ≤ 2. Runs in happy-dom (first version; real
 * Chromium would be faster at Shadow DOM and slower at nothing we do here). Prints one JSON line.
 */
import { expect, it } from 'vitest';
import { paintList } from '@/entrypoints/partner-center.content/parts/balance-list';
import { fromPage } from '@/entrypoints/partner-center.content/parts/states';
import { findCustomerTable, readCustomerRows } from '@/utils/console/extract';
import { PAINT_NOW } from '@/utils/console/near-viewport';
import { generateDataset } from '../sandbox/bss/generate/index';
import { customerView } from '../sandbox/console/data';

const ROWS = 1000;
const RUNS = 15;
const HEAD = [
  '客户ID',
  '客户名称',
  '账号名',
  '关联类型',
  '客户等级',
  '账号状态',
  '代客授权',
  '可用额度',
  '客户标签',
  '关联时间',
  '操作',
];

function el(tag: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The stand-in's customer table markup (tp-* elements), 1,000 China rows. */
function buildTable(): HTMLElement {
  const data = generateDataset({ seed: 7, customers: ROWS }).sites.cn;
  const table = el('tp-table');
  const head = el('tp-thead');
  const hr = el('tp-tr');
  for (const h of HEAD) hr.append(el('tp-th', h));
  head.append(hr);
  const body = el('tp-tbody');
  for (const c of data.customers) {
    const v = customerView(data, c);
    const money = v.balance === null ? '--' : `¥${Number(v.balance).toFixed(2)}`;
    const cells = [
      v.customerId,
      `${v.name.slice(0, 2)}****`,
      `${v.accountName.slice(0, 2)}****`,
      v.associationType === '1' ? '顾问销售' : '代售',
      v.level,
      v.frozen ? '已冻结（账号）' : '正常',
      v.authorized ? '已授权' : '未授权',
      money,
      v.label || '--',
      v.associatedOn.slice(0, 10),
      '更多',
    ];
    const tr = el('tp-tr');
    for (const text of cells) tr.append(el('tp-td', text));
    body.append(tr);
  }
  table.append(head, body);
  return table;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

it('page.annotate on a 1,000-row table', () => {
  const template = buildTable();
  const baseline: number[] = [];
  const annotate: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    document.body.replaceChildren(template.cloneNode(true));
    const bare = time(() => {
      let chars = 0;
      for (const row of document.querySelectorAll('tp-tbody > tp-tr'))
        for (const cell of row.children) chars += (cell.textContent ?? '').length;
      expect(chars).toBeGreaterThan(0);
    });
    const full = time(() => {
      const view = findCustomerTable(document);
      if (!view) throw new Error('no table');
      const rows = readCustomerRows(view, 'cn');
      const now = Date.now();
      const states = new Map(rows.map((r) => [r.customerId, fromPage('cn', r, now)]));
      // happy-dom has no viewport: every chip paints at once.
      paintList(view, rows, states, 'cn', PAINT_NOW);
    });
    if (i < 2) continue; // warm-up
    baseline.push(bare);
    annotate.push(full);
  }
  const median = pct(annotate, 0.5);
  const base = pct(baseline, 0.5);
  const result = {
    name: 'page.annotate',
    unit: 'ms',
    median: Number(median.toFixed(2)),
    p95: Number(pct(annotate, 0.95).toFixed(2)),
    runs: RUNS,
    baseline: Number(base.toFixed(2)),
    ratio: Number((median / base).toFixed(2)),
    target: 2,
    environment: 'happy-dom',
    rows: ROWS,
  };
  console.log(JSON.stringify(result));
});
