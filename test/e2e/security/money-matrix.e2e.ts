/**
 * G7 (security.md §7): a money-moving action is never sent twice. Every row of the fault matrix (money-rows.ts)
 * runs for China allocate funds (拨款) and the intl budget update, in Chromium with the production build:
 * exactly one request leaves per confirmed intent (no automatic resend after an ambiguous answer), the ledger
 * shows it applied once (or not at all when the fault came before the commit and the user did not send
 * again), and every ambiguous case ends in a reconciled verdict — "done" with the ledger's transaction id, or
 * "not done" with the explicit "send again" choice. CI: every row once; soak: more rows, three seeds.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permanentAccount, type Sandbox, startSandbox } from '../../sandbox/server';
import { type ExtensionSession, launchExtension } from '../harness';
import { configureByMessages, send, switchToAccount } from '../money/flow';
import { PASSPHRASE } from '../sync/flow';
import { journal, pickCustomers, recordOf, SITE_CASES, type SiteCase } from './money-audit';
import { awaitAnyVerdict, awaitVerdict, confirmRow, sendAgainOffered, settleThroughHistory } from './money-drive';
import { MATRIX, type MatrixRow, runsAlone, SOAK_ROWS, sideBySideGroups } from './money-rows';
import { sized } from './size';

const SEEDS = sized([41], [41, 42, 43]);
const ROWS = sized(MATRIX, [...MATRIX, ...SOAK_ROWS]);
const TOGETHER = ROWS.filter((r) => !runsAlone(r));
const ALONE = ROWS.filter(runsAlone);
const GROUPS = sideBySideGroups(TOGETHER);

interface Bench {
  sandbox: Sandbox;
  session: ExtensionSession;
  options: Page;
  /** Console errors of sessions closed by a relaunch row. */
  earlierErrors: string[];
}

const account = (b: Bench, site: 'cn' | 'intl') => permanentAccount(b.sandbox.info, site);

/** "12.30" and "12.3" are the same amount (the journal keeps the canonical decimal). */
const sameAmount = (a: string | undefined, b: string) => Number(a) === Number(b);

/**
 * The journal, the request log and the ledger agree with what the row promises. Returns the verdict the
 * page must show: the row's `final`; for rows where Chromium re-sent the POST, 'done' when a copy answered,
 * and 'ambiguous' when copies were applied but none answered (the user then picks among the listed ids).
 */
async function expectRow(b: Bench, sc: SiteCase, row: MatrixRow, customerId: string, amount: string) {
  const rec = await recordOf(b.sandbox, b.options, sc, customerId);
  expect(rec.ops, 'one journal record per confirmed intent').toHaveLength(1);
  const [op] = rec.ops;
  expect(sameAmount(op?.amount, amount)).toBe(true);
  // Whatever left the browser did so before the extension first reacted to the answer: no resend after it.
  const reactedAt = rec.reactions[0]?.time ?? Number.POSITIVE_INFINITY;
  expect(rec.sent.every((r) => r.time <= reactedAt)).toBe(true);
  if (!row.browserResends) {
    expect(rec.sent, 'exactly one money request left the browser: no automatic resend').toHaveLength(1);
    expect(rec.ledger, 'applied on the server').toHaveLength(row.applied ? 1 : 0);
    expect(op?.state).toBe(row.final);
    if (row.applied && sc.site === 'cn') expect(op?.results[0]?.transactionId).toBe(rec.ledger[0]?.transferId);
    return row.final;
  }
  // Each copy Chromium re-sent was applied (after commit) or not (before commit), and the extension saw them all.
  const copies = rec.sent.length;
  expect(rec.ledger).toHaveLength(row.applied ? copies : 0);
  if (copies > 1) console.info(`${sc.site} ${row.name}: Chromium re-sent the POST ${copies - 1}×`);
  if (!row.applied) {
    expect(op?.state).toBe(row.final);
    return row.final;
  }
  // A budget is a state: setting it twice to the same value is harmless, and one copy may have answered.
  if (copies === 1 || sc.kind !== 'allocate') {
    expect(['done', row.final]).toContain(op?.state);
    return op?.state ?? '?';
  }
  // Applied more than once: never passed off as one — every copy is listed for the user to check.
  const candidates = (op?.reconcile?.ambiguous ?? []).map((a) => a.transactionId).sort();
  expect(candidates).toEqual(rec.ledger.map((e) => e.transferId).sort());
  expect(['unknown', 'done']).toContain(op?.state);
  return op?.state === 'unknown' ? 'ambiguous' : 'done';
}

/** The page lists every candidate transaction id when the journal has several. */
async function expectCandidatesShown(b: Bench, sc: SiteCase, customerId: string, page: Page) {
  const [op] = (await recordOf(b.sandbox, b.options, sc, customerId)).ops;
  const candidates = op?.reconcile?.ambiguous ?? [];
  if (candidates.length === 0) return;
  const warn = (await page.locator('section.operation > p.warn:not(.result)').textContent({ timeout: 5000 })) ?? '';
  for (const a of candidates) expect(warn).toContain(a.transactionId);
}

async function relaunch(b: Bench): Promise<void> {
  b.earlierErrors.push(...b.session.errors);
  const { userDataDir } = b.session;
  await b.session.close({ keepProfile: true });
  b.session = await launchExtension({ sandboxPort: b.sandbox.info.port, userDataDir });
  b.options = await b.session.openExtensionPage('options.html');
  // A relaunch locks the vault (G3); the user unlocks before anything can be reconciled.
  expect(await send(b.options, 'vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
}

describe.each(SEEDS)('money fault matrix, seed %i', (seed) => {
  const b = { earlierErrors: [] } as unknown as Bench;

  beforeAll(async () => {
    // No throttling: side-by-side rows send their money requests in the same second on purpose.
    b.sandbox = await startSandbox({ seed, customers: 400, rateLimitPerSecond: 0 });
    b.session = await launchExtension({ sandboxPort: b.sandbox.info.port });
    b.options = await b.session.openExtensionPage('options.html');
    await configureByMessages(b.options, account(b, 'cn'));
  });

  afterAll(async () => {
    const errors = [...(b.earlierErrors ?? []), ...(b.session?.errors ?? [])];
    await b.session?.close();
    await b.sandbox?.close();
    expect(errors, 'console errors in extension contexts').toEqual([]);
  });

  describe.each(SITE_CASES)('$site $kind', (sc) => {
    const customers = new Map<MatrixRow, { customerId: string; amount: string }>();
    const verdicts = new Map<MatrixRow, { state: string; pages: Page[] }>();

    beforeAll(async () => {
      if (sc.site === 'intl') await switchToAccount(b.options, account(b, 'intl'), 'Intl partner');
      const picked = pickCustomers(b.sandbox, sc, ROWS.length, seed);
      ROWS.forEach((row, i) => {
        const c = picked[i];
        if (c) customers.set(row, { customerId: c.customerId, amount: sc.amount(c, i) });
      });
    });

    it(
      'side-by-side rows, in groups too small to open the circuit breaker: confirmed, then each reaches a verdict',
      async () => {
        const pick = (row: MatrixRow) => customers.get(row) ?? { customerId: '', amount: '' };
        for (const group of GROUPS) {
          b.sandbox.bss.setFaults({ rules: group.flatMap((row) => row.rules(sc.operation, pick(row).customerId)) });
          const runs = group.map(async (row) => {
            const { customerId, amount } = pick(row);
            const pages = await confirmRow(b.session, sc, customerId, amount, row.drive);
            const state =
              row.drive === 'two-tabs' ? await awaitAnyVerdict(pages) : await awaitVerdict(pages[0] as Page);
            verdicts.set(row, { state, pages });
          });
          await Promise.all(runs);
        }
        b.sandbox.bss.setFaults({});
      },
      150_000 * GROUPS.length,
    );

    it.each(TOGETHER)('$name', async (row) => {
      const { customerId, amount } = customers.get(row) ?? { customerId: '', amount: '' };
      const verdict = verdicts.get(row);
      expect(verdict?.state, 'the page shows the verdict').toBe(await expectRow(b, sc, row, customerId, amount));
      const page = verdict?.pages[0];
      if (row.final === 'reconciled-not-done' && page) expect(await sendAgainOffered(page)).toBe(1);
      if (page && row.drive === 'once') await expectCandidatesShown(b, sc, customerId, page);
      for (const p of verdict?.pages ?? []) await p.close();
    });

    it.each(ALONE)(
      '$name',
      async (row) => {
        const { customerId, amount } = customers.get(row) ?? { customerId: '', amount: '' };
        b.sandbox.bss.setFaults({ rules: row.rules(sc.operation, customerId) });
        const sentBefore = b.sandbox.bss.requests.length;
        await confirmRow(b.session, sc, customerId, amount, 'once');
        // Wait for the request to be at the server (and applied, for after-commit rows), then pull the plug.
        await expect
          .poll(
            async () => (await recordOf(b.sandbox, b.options, sc, customerId))[row.applied ? 'ledger' : 'sent'].length,
            {
              timeout: 20_000,
            },
          )
          .toBe(1);
        expect(b.sandbox.bss.requests.length).toBeGreaterThan(sentBefore);
        if (row.drive === 'kill-worker') await b.session.stopWorker();
        else await relaunch(b);
        b.sandbox.bss.setFaults({});
        const readState = async () =>
          (await journal(b.options)).find((op) => op.kind === sc.kind && op.customerIds.includes(customerId))?.state;
        expect(await settleThroughHistory(b.session, readState, 90_000)).toBe(row.final);
        await expectRow(b, sc, row, customerId, amount);
      },
      150_000,
    );
  });
});
