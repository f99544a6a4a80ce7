/**
 * A file-local sandbox whose China partner signs with canary keys, and a browser session observed from the
 * start (console of every context, every request).
 */

import { type Sandbox, type SandboxAccount, startSandbox } from '../../sandbox/server';
import { type ExtensionSession, launchExtension } from '../harness';
import type { Canary } from './canary';
import { type Observer, observe, recordPostMessages } from './observe';

export interface CanarySandbox {
  sandbox: Sandbox;
  account: SandboxAccount;
}

/**
 * The sandbox authenticates against its account objects (sandbox.bss.accounts), so replacing the China
 * account's keys there makes the gateway accept exactly the canaries and nothing else for that partner.
 */
export async function startCanarySandbox(keys: { ak: Canary; sk: Canary }): Promise<CanarySandbox> {
  const sandbox = await startSandbox({ seed: 91, customers: 40 });
  const account = sandbox.bss.accounts.cn;
  account.ak = keys.ak.value;
  account.sk = keys.sk.value;
  return { sandbox, account };
}

export interface ObservedSession {
  session: ExtensionSession;
  observer: Observer;
}

/** Launches (or relaunches, with `userDataDir`) the extension and observes it (pages' postMessages too). */
export async function launchObserved(sandboxPort: number, userDataDir?: string): Promise<ObservedSession> {
  const session = await launchExtension({ sandboxPort, ...(userDataDir ? { userDataDir } : {}) });
  const observer = observe(session.context);
  await session.context.addInitScript(recordPostMessages);
  observer.watchWorker(await session.worker());
  return { session, observer };
}
