/**
 * G5 (security.md §7): schema upgrades survive a dying worker, in Chromium with the production build. Older
 * schemas are seeded through the product's own open path (migration-kills/kit.ts, evaluated in an
 * extension-origin page while the worker is stopped); the worker then upgrades on its next wake.
 * - v2 → latest: the v3 step copies every customer (adding `status`) into a new indexed store, long enough to
 *   kill the worker inside it. The database must still be v2 and intact, and the next wake must finish it.
 * - v3 → latest (only a new store): a kill as it starts leaves v3 or v4, never a mix; a page holding v3 with the
 *   product's connection must not block for > 5 s; one ignoring versionchange costs a typed 'blocked' answer.
 * CI: 20,000 customers; `npm run test:soak`: 100,000.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../sandbox/bss/prng';
import { useExtension } from '../suite';
import { installKit } from './migration-kills/bundle';
import type { Kit } from './migration-kills/kit';
import { digestRows, seedRows } from './migration-kills/records';
import { sized } from './size';

declare const paKit: Kit;

const ROWS = sized(20_000, 100_000);
/** Seeding and hashing 100,000 rows twice takes minutes on the shared 2-core box. */
const TEST_MS = sized(90_000, 400_000);
const SEED = 5101;
const LATEST = 4;
const V2_STORES = [
  'checkpoints',
  'customers',
  'meta',
  'moneyHistory',
  'moneyStates',
  'orders',
  'partnerBalances',
  'resources',
  'vault',
  'voucherQuotas',
  'vouchers',
];
const LATEST_STORES = [...V2_STORES, 'moneyOps'].sort();

const session = useExtension();
let kit: Page;

beforeAll(async () => {
  const s = session();
  // An extension-origin document that sends the worker nothing by itself (an options page would poll).
  kit = await s.openPage(`chrome-extension://${s.extensionId}/icon/128.png`);
  await installKit(kit);
});

/** Stops the worker, replaces the database with schema `version` holding ROWS seeded customers. */
async function seedStopped(version: 2 | 3) {
  await session().stopWorker();
  await kit.evaluate(() => paKit.clearAlarms());
  await kit.evaluate(() => paKit.reset());
  const seeded = await kit.evaluate(([v, n, seed]) => paKit.seed(v, n, seed), [version, ROWS, SEED] as const);
  expect(await kit.evaluate(() => paKit.inspect())).toMatchObject({ version, ...seeded });
  return seeded;
}

describe(`v2 → v${LATEST} with ${ROWS} customers, the worker killed inside the upgrade`, () => {
  const rows = seedRows(SEED, ROWS, 2);
  // Seeded moment inside the upgrade, counted from the worker's versionchange request.
  const killDelayMs = new Rng(SEED).int(0, 120);

  it(
    'leaves the database at v2 with every row intact (count and hash)',
    async () => {
      const seeded = await seedStopped(2);
      expect(seeded).toEqual(await digestRows(rows));
      await kit.evaluate(() => paKit.watchUpgrade());
      const started = kit.evaluate(() => paKit.upgradeStarted());
      await kit.evaluate(() => paKit.wakeWorker());
      await started;
      await new Promise((r) => setTimeout(r, killDelayMs));
      await session().stopWorker();
      await kit.evaluate(() => paKit.clearAlarms());
      const after = await kit.evaluate(() => paKit.inspect());
      expect(after.version, `the upgrade finished before the kill (${killDelayMs} ms after it started)`).toBe(2);
      expect(after).toEqual({ version: 2, stores: V2_STORES, byStatus: null, ...seeded });
    },
    TEST_MS,
  );

  it(
    `the next wake completes it within 10 s: every row present and unchanged, the status index built`,
    async () => {
      await kit.evaluate(() => paKit.wakeWorker());
      const ms = await kit.evaluate(() => paKit.waitForVersion(4, 20_000));
      console.info(`G5 v2 → v${LATEST}, ${ROWS} customers: upgraded ${Math.round(ms)} ms after the wake`);
      const after = await kit.evaluate(() => paKit.inspect());
      expect(after).toEqual({
        version: LATEST,
        stores: LATEST_STORES,
        // v2 rows carry no status, so they are not in the index: they read as 'unknown' until the next sync.
        byStatus: 0,
        ...(await digestRows(rows)),
      });
      expect(ms).toBeLessThan(10_000);
    },
    TEST_MS,
  );
});

describe(`v3 → v${LATEST} with ${ROWS} customers`, () => {
  const rows = seedRows(SEED, ROWS, 3);

  it(
    'a worker killed as the upgrade starts leaves v3 intact or v4 complete, never between',
    async () => {
      const seeded = await seedStopped(3);
      expect(seeded).toEqual(await digestRows(rows));
      await kit.evaluate(() => paKit.watchUpgrade());
      const started = kit.evaluate(() => paKit.upgradeStarted());
      await kit.evaluate(() => paKit.wakeWorker());
      await started;
      await session().stopWorker(); // at once: this step only adds a store, it is over in milliseconds
      await kit.evaluate(() => paKit.clearAlarms());
      const after = await kit.evaluate(() => paKit.inspect());
      console.info(`G5 v3 → v${LATEST}, worker killed as the upgrade started: found v${after.version}`);
      const stores = after.version === 3 ? V2_STORES : LATEST_STORES;
      expect(after).toEqual({ version: after.version, stores, byStatus: ROWS, ...seeded });
      expect([3, LATEST]).toContain(after.version);
      await kit.evaluate(() => paKit.wakeWorker());
      await kit.evaluate(() => paKit.waitForVersion(4, 10_000));
      expect(await kit.evaluate(() => paKit.inspect())).toEqual({
        version: LATEST,
        stores: LATEST_STORES,
        byStatus: ROWS,
        ...seeded,
      });
    },
    TEST_MS,
  );

  it(
    'an extension page holding v3 (product connection) does not block the upgrade for > 5 s',
    async () => {
      const seeded = await seedStopped(3);
      expect(seeded).toEqual(await digestRows(rows));
      expect(await kit.evaluate(() => paKit.hold(3))).toBe(3);
      await kit.evaluate(() => paKit.wakeWorker());
      const ms = await kit.evaluate(() => paKit.waitForVersion(4, 10_000));
      console.info(`G5 v3 → v${LATEST} with a page holding v3: upgraded ${Math.round(ms)} ms after the wake`);
      expect(await kit.evaluate(() => paKit.holderClosed())).toBe(true);
      expect(ms).toBeLessThan(5000);
      expect(await kit.evaluate(() => paKit.inspect())).toEqual({
        version: LATEST,
        stores: LATEST_STORES,
        byStatus: ROWS,
        ...seeded,
      });
    },
    TEST_MS,
  );

  it(
    'a connection that ignores versionchange blocks for ~5 s at most (typed error), then the upgrade completes',
    async () => {
      const seeded = await seedStopped(3);
      await kit.evaluate(() => paKit.holdStubborn());
      const { reply, ms } = await kit.evaluate(() => paKit.ask());
      console.info(`G5 v3 held by a stubborn connection: the worker answered after ${Math.round(ms)} ms`);
      expect(reply).toMatchObject({ ok: false, error: { reason: 'blocked' } });
      expect(ms).toBeLessThan(8000);
      await kit.evaluate(() => paKit.clearAlarms());
      await kit.evaluate(() => paKit.releaseStubborn());
      await kit.evaluate(() => paKit.wakeWorker());
      await kit.evaluate(() => paKit.waitForVersion(4, 10_000));
      expect(await kit.evaluate(() => paKit.inspect())).toEqual({
        version: LATEST,
        stores: LATEST_STORES,
        byStatus: ROWS,
        ...seeded,
      });
    },
    TEST_MS,
  );
});
