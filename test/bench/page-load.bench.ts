/**
 * page.load in real Chromium: the Partner Center stand-in customer list (its default 10 rows) loaded with the production
 * build ÷ the same page in a second Chromium without the extension, same host mapping and flags.
 * `npx tsx test/bench/page-load.bench.ts` prints:
 * - page.load: load-event end (ms since navigation start), with ÷ without. Target 1.05: the content script
 *   must not hold up the page's own load.
 * - page.rows: the stand-in renders its table asynchronously; time to the rows painted, with ÷ without
 *   (target 1.05).
 * - page.chips: with the extension, time to the balance-warning hosts mounted (pa-ui summary + chips)
 *   ÷ rows painted without the extension (target 1.5: annotating 10 rows should cost well under half a load).
 * The extension runs in page-only mode here (no account configured), as a first-time user sees it.
 * One warm-up load per browser, then RUNS loads alternating between the two browsers.
 */
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM, launchExtension, mappedBrowserArgs } from '../e2e/harness';
import { startSandbox } from '../sandbox/server';
import { emit, installProbe, loadEventEnd, marks } from './chromium';

const RUNS = 9;
const URL = 'https://account.huaweicloud.com/obmgr/#/obmgr/customer/list';
const ROWS = 'tp-tbody > tp-tr';
/** The stand-in's default page size. */
const PAGE_ROWS = 10;
const CHIPS = 'pa-ui[data-feature="balance-warning"][data-key="summary"]';

const sandbox = await startSandbox({ seed: 31, customers: 2000 });
const port = sandbox.info.port;
const session = await launchExtension({ sandboxPort: port });
const plain = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: mappedBrowserArgs(port, 'en-US'),
});
const plainContext = await plain.newContext({ ignoreHTTPSErrors: true, locale: 'en-US' });
await installProbe(session.context, { rows: ROWS, chips: CHIPS });
await installProbe(plainContext, { rows: ROWS });

async function load(context: BrowserContext, keys: string[]) {
  const page = await context.newPage();
  await page.goto(URL);
  const m = await marks(page, keys);
  const load = await loadEventEnd(page);
  const rows = await page.locator(ROWS).count();
  await page.close();
  if (rows < PAGE_ROWS) throw new Error(`only ${rows} rows rendered`);
  return { load, rows: m.rows ?? Number.NaN, chips: m.chips ?? Number.NaN };
}

const withExt = { load: [] as number[], rows: [] as number[], chips: [] as number[] };
const without = { load: [] as number[], rows: [] as number[] };
try {
  await load(session.context, ['rows', 'chips']);
  await load(plainContext, ['rows']);
  for (let i = 0; i < RUNS; i++) {
    // Alternate which browser goes first so drift affects both sides alike.
    const order = i % 2 === 0 ? ['ext', 'plain'] : ['plain', 'ext'];
    for (const which of order) {
      if (which === 'ext') {
        const r = await load(session.context, ['rows', 'chips']);
        withExt.load.push(r.load);
        withExt.rows.push(r.rows);
        withExt.chips.push(r.chips);
      } else {
        const r = await load(plainContext, ['rows']);
        without.load.push(r.load);
        without.rows.push(r.rows);
      }
    }
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  emit('page.load', 'ms', withExt.load, med(without.load), 1.05);
  emit('page.rows', 'ms', withExt.rows, med(without.rows), 1.05);
  emit('page.chips', 'ms', withExt.chips, med(without.rows), 1.5);
  if (session.errors.length) console.error(`console errors:\n${session.errors.join('\n')}`);
} finally {
  await session.close();
  await plain.close();
  await sandbox.close();
}
