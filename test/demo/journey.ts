/**
 * A demo journey: a few user steps in the real browser, each check recorded as a line of the report, and one
 * screenshot of where it ended. A journey fails on the first check that does not hold.
 */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../e2e/harness';
import type { Sandbox, SandboxAccount } from '../sandbox/server';

export interface DemoContext {
  sandbox: Sandbox;
  session: ExtensionSession;
  /** The options page, kept open: later journeys read the extension's state through it. */
  options: Page;
  account: SandboxAccount;
}

export interface JourneyRun {
  /** The page to screenshot when the journey ends (pass or fail). */
  page: Page | null;
  /** What was checked, one line each. */
  checks: string[];
  /** Screenshot the whole page (default) or only the viewport, for long tables. */
  fullPage?: boolean;
}

export interface Journey {
  id: string;
  title: string;
  run(ctx: DemoContext, out: JourneyRun): Promise<void>;
}

export class CheckFailed extends Error {}

/** Records a check and throws when it does not hold. */
export function check(out: JourneyRun, ok: boolean, what: string, detail = ''): void {
  if (!ok) throw new CheckFailed(`${what}${detail ? ` — ${detail}` : ''}`);
  out.checks.push(what);
}

/** Polls until `ok(value)` or the timeout; returns the last value either way (the caller checks it). */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  { timeout = 15_000, interval = 250 } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read().catch(() => undefined);
  while ((value === undefined || !ok(value)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, interval));
    value = await read().catch(() => undefined);
  }
  if (value === undefined) return read();
  return value;
}

export const sameRecord = (a: Record<string, string>, b: Record<string, string>): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
