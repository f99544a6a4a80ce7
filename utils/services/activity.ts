/**
 * Idle lock: which messages count as the user doing something. Only requests from extension pages, and not
 * the ones pages send on their own (status polling), so an open popup does not keep the vault unlocked.
 */
import type { MessageType } from '../messaging';

const PASSIVE: ReadonlySet<string> = new Set<MessageType>(['app.status', 'sync.status', 'vault.state', 'vault.lock']);

export function isUserAction(message: unknown, senderKind: 'extension-page' | 'content-script' | null): boolean {
  if (senderKind !== 'extension-page' || typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && !PASSIVE.has(type);
}
