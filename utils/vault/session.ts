/**
 * The unlocked key parked in storage.session: it survives the worker being stopped (no re-prompt) and
 * dies with the browser session (relaunch = locked). storage.session is kept to trusted contexts, so
 * content scripts cannot read it. The vault salt is stored next to the key: a key whose salt no longer
 * matches the record (passphrase changed, vault replaced) is stale and discarded (MetaMask's check).
 */
import { browser } from 'wxt/browser';

const KEY_ITEM = 'vault.key';
const ACTIVITY_ITEM = 'vault.lastActivity';

export interface SessionKey {
  key: string;
  salt: string;
}

/** Pins storage.session to trusted contexts (the default; re-asserted in case anything loosened it). */
export async function restrictSessionAccess(): Promise<void> {
  const area = browser.storage.session;
  if (typeof area?.setAccessLevel !== 'function') return; // Firefox and the unit-test fake lack it
  await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}

export async function saveSessionKey(session: SessionKey, now: number): Promise<void> {
  await restrictSessionAccess();
  await browser.storage.session.set({ [KEY_ITEM]: session, [ACTIVITY_ITEM]: now });
}

export async function loadSessionKey(): Promise<SessionKey | null> {
  const stored: Record<string, unknown> = await browser.storage.session.get(KEY_ITEM);
  const value = stored[KEY_ITEM];
  if (typeof value !== 'object' || value === null) return null;
  const { key, salt } = value as Partial<Record<keyof SessionKey, unknown>>;
  return typeof key === 'string' && typeof salt === 'string' ? { key, salt } : null;
}

export async function clearSession(): Promise<void> {
  await browser.storage.session.remove([KEY_ITEM, ACTIVITY_ITEM]);
}

export async function setLastActivity(now: number): Promise<void> {
  await browser.storage.session.set({ [ACTIVITY_ITEM]: now });
}

export async function getLastActivity(): Promise<number | null> {
  const stored: Record<string, unknown> = await browser.storage.session.get(ACTIVITY_ITEM);
  const value = stored[ACTIVITY_ITEM];
  return typeof value === 'number' ? value : null;
}
