/**
 * G6's "memory stays < 200 MB" in absolute terms (security.md §7): a fresh browser, the partner configured and
 * synced, one extension page open. The customer sync then meets 10 MB and 100 MB balance answers; the extension
 * process (service worker + that page, PSS from /proc, memory.ts) stays under 200 MB throughout, since a body is
 * read only up to the 5 MB cap. hostile-responses.e2e.ts checks each hostile case's growth with more pages open.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { permanentAccount, type Sandbox, startSandbox } from '../../sandbox/server';
import { type ExtensionSession, launchExtension } from '../harness';
import { configureByMessages } from '../money/flow';
import { runJob, syncAll } from './hostile-flow';
import { extensionMemoryMb, sampleExtensionMemory } from './memory';

const MB = 1024 * 1024;
const LIMIT_MB = 200;
const s = {} as { sandbox: Sandbox; session: ExtensionSession; options: Page };

beforeAll(async () => {
  s.sandbox = await startSandbox({ seed: 62, customers: 150, rateLimitPerSecond: 0 });
  s.session = await launchExtension({ sandboxPort: s.sandbox.info.port });
  s.options = await s.session.openExtensionPage('options.html');
  await configureByMessages(s.options, permanentAccount(s.sandbox.info));
  await syncAll(s.options, ['customers']);
}, 120_000);

afterAll(async () => {
  const errors = s.session?.errors ?? [];
  await s.session?.close();
  await s.sandbox?.close();
  expect(errors, 'console errors in extension contexts').toEqual([]);
});

it.each([10, 100])(
  'a %i MB balance answer: the sync fails as unreadable, the extension process stays < 200 MB',
  async (size) => {
    const idle = extensionMemoryMb(s.session.userDataDir);
    if (idle === null) throw new Error('the extension process could not be read from /proc');
    s.sandbox.bss.setFaults({
      rules: [{ kind: 'huge-body', bytes: size * MB, operations: ['ListCustomersBalancesDetail'] }],
    });
    const memory = sampleExtensionMemory(s.session.userDataDir);
    const job = await runJob(s.options, 'customers');
    const { peakMb } = memory.stop();
    s.sandbox.bss.setFaults({});
    expect(job.state).toBe('failed');
    expect(job.error?.kind).toBe('malformed');
    console.info(
      `G6 memory, ${size} MB answer: extension process ${idle.toFixed(1)} MB idle, peak ${peakMb?.toFixed(1)} MB`,
    );
    expect(peakMb ?? Number.POSITIVE_INFINITY).toBeLessThan(LIMIT_MB);
  },
);
