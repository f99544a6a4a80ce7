/**
 * `npm run demo [-- --headless] [--seed S] [--customers N]`: builds the extension, starts the sandbox (China and
 * international datasets) and launches Chromium with the production build on the mapped Huawei host names.
 * On a display it opens a window to click through; headless it walks the main journeys and writes screenshots
 * and a report to .output/demo/, exiting non-zero if one failed.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchExtension } from '../e2e/harness';
import { permanentAccount, startSandbox } from '../sandbox/server';
import { prepare } from './build';
import type { DemoContext, Journey } from './journey';
import { badge, configure, sync } from './journeys/credentials';
import { incentives, orderOnBehalf, warnings } from './journeys/partner-center';
import { popupSearch } from './journeys/popup';
import { runJourneys, writeReport } from './report';
import { openForUser } from './window';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/demo');
const JOURNEYS: Journey[] = [
  configure,
  sync,
  badge,
  popupSearch,
  warnings('cn'),
  warnings('intl'),
  incentives,
  orderOnBehalf,
];

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    seed: { type: 'string', default: '7' },
    customers: { type: 'string', default: '300' },
  },
});
const headless = values.headless || !process.env.DISPLAY;
const started = Date.now();

prepare(ROOT, { skipBuild: values['skip-build'] });
const sandbox = await startSandbox({ seed: Number(values.seed), customers: Number(values.customers) });
const session = await launchExtension({ sandboxPort: sandbox.info.port, headless });
const account = permanentAccount(sandbox.info);
const ctx: DemoContext = { sandbox, session, account, options: await session.openExtensionPage('options.html') };
// Ctrl+C reaches Chromium too, so the window's close and the signal can race: stop once.
let stopping: Promise<void> | null = null;
const stop = () => {
  stopping ??= (async () => {
    await session.close().catch(() => undefined);
    await sandbox.close().catch(() => undefined);
  })();
  return stopping;
};

const where = [
  `Extension (production build): ${EXTENSION_DIR}`,
  `Sandbox: https://127.0.0.1:${sandbox.info.port} (seed ${values.seed}, ${values.customers} customers per site)`,
  `Chromium profile: ${session.userDataDir}`,
];

if (!headless) {
  const notes = await openForUser(ctx);
  console.log(['', ...where, '', ...notes, ''].join('\n'));
  const end = () => void stop().then(() => process.exit(0));
  process.on('SIGINT', end);
  process.on('SIGTERM', end);
  session.context.on('close', end); // closing the window also ends the demo
} else {
  console.log(
    ['', ...where, `Walking ${JOURNEYS.length} journeys headless (no DISPLAY or --headless)…`, ''].join('\n'),
  );
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const results = await runJourneys(ctx, JOURNEYS, OUT);
  const errors = [...session.errors];
  await stop();
  const facts = [
    `${new Date().toISOString()}, ${((Date.now() - started) / 1000).toFixed(0)} s in all (build included)`,
    `Sandbox seed ${values.seed}, ${values.customers} customers per site; account: China, permanent AK/SK (fake values)`,
    `Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, headless, production build ${EXTENSION_DIR}`,
  ];
  const report = writeReport(OUT, results, facts, errors);
  const failed = results.filter((r) => !r.ok).length;
  console.log(['', `Report: ${report}`, `Screenshots: ${OUT}/*.png`].join('\n'));
  if (errors.length) console.log(`Console errors in extension contexts: ${errors.length} (see the report)`);
  console.log(failed ? `${failed} of ${results.length} journeys failed.` : `All ${results.length} journeys passed.`);
  process.exit(failed > 0 ? 1 : 0);
}
