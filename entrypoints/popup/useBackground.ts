/**
 * Everything the popup needs from the background, in one place: vault state, the customer list, sync status
 * (watched while a sync runs), and the unlock / sync-now commands.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { CustomerList } from '@/utils/messages/customers';
import type { SyncStatus } from '@/utils/messages/sync';
import type { VaultState } from '@/utils/messages/vault';
import { type MessageError, type Result, sendMessage } from '@/utils/messaging';

export type Boot =
  | { kind: 'loading' }
  | { kind: 'no-credentials' }
  | { kind: 'locked' }
  | { kind: 'empty'; list: CustomerList }
  | { kind: 'ready'; list: CustomerList }
  | { kind: 'error'; message: string };

const POLL_MS = 1000;

/** The background does not handle this message yet (router reason 'no-handler'). */
export function notWired(error: MessageError): boolean {
  return error.reason === 'no-handler';
}

export function decide(vault: Result<VaultState>, list: Result<CustomerList>): Boot {
  if (!list.ok && notWired(list.error)) return { kind: 'no-credentials' };
  if (vault.ok && !vault.value.initialized) return { kind: 'no-credentials' };
  if (list.ok && list.value.rows.length > 0) return { kind: 'ready', list: list.value };
  if (vault.ok && vault.value.locked) return { kind: 'locked' };
  if (!list.ok) return { kind: 'error', message: list.error.message };
  return list.value.scope ? { kind: 'empty', list: list.value } : { kind: 'no-credentials' };
}

export function useBackground() {
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  const [vault, setVault] = useState<VaultState | null>(null);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    const [v, list, s] = await Promise.all([
      sendMessage('vault.state', {}),
      sendMessage('customers.list', {}),
      sendMessage('sync.status', {}),
    ]);
    setVault(v.ok ? v.value : null);
    setSync(s.ok ? s.value : null);
    setBoot(decide(v, list));
    return s.ok ? s.value : null;
  }, []);

  // While a sync runs, ask for its progress every second; reload the list once it ends.
  const watch = useCallback(
    (status: SyncStatus | null) => {
      if (timer.current) clearTimeout(timer.current);
      if (!status?.running) return;
      timer.current = setTimeout(async () => {
        const next = await sendMessage('sync.status', {});
        if (!next.ok) return;
        setSync(next.value);
        if (next.value.running) watch(next.value);
        else void load();
      }, POLL_MS);
    },
    [load],
  );

  useEffect(() => {
    void load().then(watch);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [load, watch]);

  const syncNow = useCallback(async () => {
    const res = await sendMessage('sync.now', {});
    if (res.ok) {
      setSync(res.value);
      watch(res.value);
    }
  }, [watch]);

  /** Resolves to an error text, or null once unlocked (and the list reloaded). */
  const unlock = useCallback(
    async (passphrase: string): Promise<string | null> => {
      const res = await sendMessage('vault.unlock', { passphrase });
      if (!res.ok) return t(res.error.reason === 'wrong-passphrase' ? 'unlockWrong' : 'unlockFailed');
      setVault(res.value);
      watch(await load());
      return null;
    },
    [load, watch],
  );

  return { boot, vault, sync, syncNow, unlock, reload: load };
}
