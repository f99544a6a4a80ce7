/**
 * One extension session per e2e file (or per describe block): launched before the tests, closed after, and
 * the block fails if any extension context (page, content script, service worker) logged an error.
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { type ExtensionSession, type LaunchOptions, launchExtension } from './harness';

export interface SessionOptions extends Omit<LaunchOptions, 'sandboxPort'> {
  /** A file's own sandbox (started in an earlier beforeAll); the run's shared sandbox otherwise. */
  sandboxPort?: () => number;
}

export function useExtension(options: SessionOptions = {}): () => ExtensionSession {
  const sandbox = inject('sandbox');
  const { sandboxPort, ...launch } = options;
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    session = await launchExtension({ ...launch, sandboxPort: sandboxPort?.() ?? sandbox.port });
  });
  afterAll(async () => {
    const errors = session?.errors ?? [];
    await session?.close();
    expect(errors, 'console errors in extension contexts').toEqual([]);
  });
  return () => {
    if (!session) throw new Error('The extension session is not started yet');
    return session;
  };
}
