/**
 * The vault: lifecycle (set up, unlock, lock, idle lock, change passphrase, wipe) and access to the
 * decrypted accounts. Plaintext lives only in memory and, while unlocked, the key in storage.session.
 * Every operation is serialised so read-modify-write of the record cannot interleave. Nothing deletes the
 * stored record except wipe(): a wrong passphrase or a damaged record leaves it exactly as it was.
 */
import type { Site } from '@/utils/domain';
import * as accounts from './accounts';
import { createCore, type VaultOptions } from './core';
import { VaultError } from './errors';
import type { VaultAccount } from './record';
import * as session from './session';

export type { VaultOptions } from './core';

/** A passphrase guards money-moving keys: at least 12 characters (security.md §6). */
export const MIN_PASSPHRASE_LENGTH = 12;

/** What the background's API client needs to sign requests for the active account. */
export interface ApiCredentials {
  accountId: string;
  site: Site;
  domainId: string;
  ak: string;
  sk: string;
  securityToken?: string;
}

export function createVault(options: VaultOptions = {}) {
  const core = createCore(options);
  const { policy, now } = core;
  const newId = options.newId ?? (() => crypto.randomUUID());
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    /** The UI's view: account labels and AK hints when unlocked, nothing secret ever. */
    view: () =>
      serial(async (): Promise<accounts.VaultView> => {
        const initialized = await core.isInitialized();
        try {
          const { payload } = await core.requireUnlocked();
          return { initialized, locked: false, ...accounts.redact(payload) };
        } catch {
          return { initialized, locked: true, accounts: [], active: null };
        }
      }),

    isUnlocked: () =>
      serial(() =>
        core.requireUnlocked().then(
          () => true,
          () => false,
        ),
      ),

    /** Creates an empty vault under `passphrase` and leaves it unlocked. */
    initialize: (passphrase: string) =>
      serial(async () => {
        checkStrength(passphrase);
        if (await core.isInitialized()) throw new VaultError('already-initialized');
        await core.rememberKey(await core.rekey(passphrase, accounts.EMPTY_PAYLOAD));
      }),

    unlock: (passphrase: string) =>
      serial(async () => {
        let unlocked = await core.openWithPassphrase(passphrase);
        // Raise an old work factor while we hold the passphrase (MetaMask's isVaultUpdated idea).
        if (unlocked.record.kdf.iterations < policy.iterations)
          unlocked = await core.rekey(passphrase, unlocked.payload);
        await core.rememberKey(unlocked);
      }),

    lock: () => serial(core.forget),

    changePassphrase: (current: string, next: string) =>
      serial(async () => {
        checkStrength(next);
        const { payload } = await core.openWithPassphrase(current);
        await core.rememberKey(await core.rekey(next, payload));
      }),

    /** Deletes the vault and the session key. The only operation that destroys stored credentials. */
    wipe: () =>
      serial(async () => {
        await core.forget();
        await core.deleteRecord();
      }),

    addAccount: (input: accounts.NewAccount) =>
      serial(async () => {
        const id = newId();
        await core.mutate((p) => accounts.addAccount(p, input, id, now()));
        return id;
      }),

    updateAccount: (id: string, patch: Partial<accounts.NewAccount>) =>
      serial(() => core.mutate((p) => accounts.updateAccount(p, id, patch))),

    removeAccount: (id: string) => serial(() => core.mutate((p) => accounts.removeAccount(p, id))),

    setActiveAccount: (id: string) => serial(() => core.mutate((p) => accounts.setActive(p, id))),

    /** Background only: the active account's secrets for the API client. */
    activeCredentials: () =>
      serial(async (): Promise<ApiCredentials> => {
        const { payload } = await core.requireUnlocked();
        const account = payload.accounts.find((a) => a.id === payload.activeId);
        if (!account) throw new VaultError('no-active-account');
        return credentialsOf(account);
      }),

    /** Background only: one saved account's secrets (its connection check). */
    accountCredentials: (accountId: string) =>
      serial(async (): Promise<ApiCredentials> => {
        const { payload } = await core.requireUnlocked();
        const account = payload.accounts.find((a) => a.id === accountId);
        if (!account) throw new VaultError('unknown-account');
        return credentialsOf(account);
      }),

    /** Records user activity (call on UI interaction, not on background sync) while unlocked. */
    touch: () =>
      serial(async () => {
        if (await session.loadSessionKey()) await session.setLastActivity(now());
      }),

    /** Locks when idle for `idleMinutes` (0 = no idle lock). Returns true when it locked. */
    lockIfIdle: (idleMinutes: number) =>
      serial(async () => {
        if (idleMinutes <= 0 || !(await session.loadSessionKey())) return false;
        const last = (await session.getLastActivity()) ?? 0;
        if (now() - last < idleMinutes * 60_000) return false;
        await core.forget();
        return true;
      }),
  };
}

export type Vault = ReturnType<typeof createVault>;

function credentialsOf(account: VaultAccount): ApiCredentials {
  const { id, site, domainId, ak, sk, securityToken } = account;
  return securityToken === undefined
    ? { accountId: id, site, domainId, ak, sk }
    : { accountId: id, site, domainId, ak, sk, securityToken };
}

function checkStrength(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new VaultError('weak-passphrase');
}
