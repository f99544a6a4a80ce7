/**
 * page.annotate in real Chromium: bundles the balance-warning annotate path (test/bench/annotate-entry.tsx) with
 * Vite, loads a 1,000-row stand-in customer table, and times annotate ÷ a bare pass that reads every cell.
 * `npx tsx test/bench/page-annotate.chromium.ts` prints one JSON line. Target ratio ≤ 2.
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { chromium } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { generateDataset } from '../sandbox/bss/generate/index';
import { customerView } from '../sandbox/console/data';

const ROOT = resolve(import.meta.dirname, '../..');
const ROWS = 1000;
const RUNS = 21;
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

async function bundle(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [preact()],
    resolve: {
      alias: [
        { find: /^wxt\/(browser|utils\/storage)$/, replacement: resolve(ROOT, 'test/bench/stub-wxt.ts') },
        { find: /^@\//, replacement: `${ROOT}/` },
      ],
    },
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(ROOT, 'test/bench/annotate-entry.tsx'), formats: ['iife'], name: 'paBenchBundle' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = out[0]?.output[0];
  if (chunk?.type !== 'chunk') throw new Error('no bundle');
  return chunk.code;
}

function rows(): string[][] {
  const data = generateDataset({ seed: 7, customers: ROWS }).sites.cn;
  return data.customers.map((c) => {
    const v = customerView(data, c);
    const money = v.balance === null ? '--' : `¥${Number(v.balance).toFixed(2)}`;
    const frozen = v.frozen ? '已冻结（账号）' : '正常';
    return [
      v.customerId,
      `${v.name.slice(0, 2)}****`,
      `${v.accountName.slice(0, 2)}****`,
      v.associationType === '1' ? '顾问销售' : '代售',
      v.level,
      frozen,
      v.authorized ? '已授权' : '未授权',
      money,
      v.label || '--',
      v.associatedOn.slice(0, 10),
      '更多',
    ];
  });
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

const code = await bundle();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
await page.setContent('<!doctype html><html><body></body></html>');
// tsx compiles this file with keepNames: functions passed to evaluate() call its __name helper.
await page.addScriptTag({ content: `globalThis.__name = (f) => f;\n${code}` });
const timings = await page.evaluate(
  ({ data, head, runs }) => {
    const build = () => {
      const table = document.createElement('tp-table');
      const thead = document.createElement('tp-thead');
      const hr = document.createElement('tp-tr');
      for (const h of head) hr.append(Object.assign(document.createElement('tp-th'), { textContent: h }));
      thead.append(hr);
      const body = document.createElement('tp-tbody');
      for (const r of data) {
        const tr = document.createElement('tp-tr');
        for (const text of r) tr.append(Object.assign(document.createElement('tp-td'), { textContent: text }));
        body.append(tr);
      }
      table.append(thead, body);
      document.body.replaceChildren(table);
      void document.body.offsetHeight; // the table has rendered (layout done) before we start
    };
    type Bench = { annotate(): number; bare(): number; phases: Record<'read' | 'decide' | 'mount', number> };
    const bench = (globalThis as unknown as { paBench: Bench }).paBench;
    const out = {
      bare: [] as number[],
      annotate: [] as number[],
      read: [] as number[],
      decide: [] as number[],
      mount: [] as number[],
    };
    for (let i = 0; i < runs + 3; i++) {
      build();
      let t = performance.now();
      bench.bare();
      const b = performance.now() - t;
      t = performance.now();
      bench.annotate();
      const a = performance.now() - t;
      if (i >= 3) {
        out.bare.push(b);
        out.annotate.push(a);
        out.read.push(bench.phases.read);
        out.decide.push(bench.phases.decide);
        out.mount.push(bench.phases.mount);
      }
    }
    return out;
  },
  { data: rows(), head: HEAD, runs: RUNS },
);
await browser.close();
const median = pct(timings.annotate, 0.5);
const baseline = pct(timings.bare, 0.5);
console.log(
  JSON.stringify({
    name: 'page.annotate',
    unit: 'ms',
    median: Number(median.toFixed(2)),
    p95: Number(pct(timings.annotate, 0.95).toFixed(2)),
    runs: RUNS,
    baseline: Number(baseline.toFixed(2)),
    ratio: Number((median / baseline).toFixed(2)),
    target: 2,
    environment: 'chromium',
    phases: Object.fromEntries(
      ['read', 'decide', 'mount'].map((k) => [k, Number(pct(timings[k as 'read'], 0.5).toFixed(2))]),
    ),
    rows: ROWS,
  }),
);
