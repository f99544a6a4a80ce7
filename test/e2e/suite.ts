/**
 * One extension session per e2e file: launched before the file's tests, closed after, and the file
 * fails if any extension context (page, content script, service worker) logged an error.
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { type ExtensionSession, type LaunchOptions, launchExtension } from './harness';

export function useExtension(options: Omit<LaunchOptions, 'sandboxPort'> = {}): () => ExtensionSession {
  const sandbox = inject('sandbox');
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    session = await launchExtension({ ...options, sandboxPort: sandbox.port });
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
