/**
 * Background handlers for vault.* and account.* (extension pages only; the router refuses them from content
 * scripts). Replies carry the redacted view, never a key. Unlock resumes the sync; lock pauses it.
 */
import type { ApiCredentials as ClientCredentials } from '../api/client';
import type { ConnectionCheckResult } from '../api/connection-check';
import type { IamDomain } from '../api/endpoints/iam';
import type { Db } from '../cache/db';
import { clearScope } from '../cache/repositories';
import type { VaultState } from '../messages/vault';
import type { Handlers } from '../router';
import type { SettingsStore } from '../settings';
import { type ActiveAccount, readActiveAccount, writeActiveAccount } from '../sync/active-scope';
import type { Vault, VaultView } from '../vault';
import { VaultError } from '../vault';

export interface VaultServiceDeps {
  vault: Vault;
  db: () => Promise<Db>;
  settings: Pick<SettingsStore, 'get' | 'update'>;
  sync: { ensure(): Promise<void>; stop(): Promise<void>; restart(): Promise<void> };
  checkConnection: (credentials: ClientCredentials) => Promise<ConnectionCheckResult>;
  findDomain: (credentials: ClientCredentials) => Promise<IamDomain>;
  /** Something the badge shows changed (lock state, active account). */
  onChange?: () => Promise<void>;
}

type VaultTypes =
  | 'vault.state'
  | 'vault.setup'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.wipe'
  | 'vault.saveAccount'
  | 'vault.removeAccount'
  | 'vault.setActive'
  | 'account.check'
  | 'account.findDomainId';

function activeOf(view: VaultView): ActiveAccount | null {
  const account = view.accounts.find((a) => a.id === view.active);
  return account ? { partnerId: account.domainId, site: account.site, label: account.label } : null;
}

export function vaultHandlers(deps: VaultServiceDeps): Required<Pick<Handlers, VaultTypes>> {
  const { vault } = deps;

  /** The view plus the active account; while locked, the one remembered from the last unlock. */
  async function state(): Promise<VaultState> {
    const view = await vault.view();
    const db = await deps.db();
    if (!view.locked) await writeActiveAccount(db, view.initialized ? activeOf(view) : null);
    const active = view.locked ? await readActiveAccount(db) : activeOf(view);
    return { ...view, activeAccount: active ? { label: active.label, site: active.site } : null };
  }

  async function changed(): Promise<VaultState> {
    const result = await state();
    await deps.onChange?.().catch(() => undefined);
    return result;
  }

  return {
    'vault.state': () => state(),
    'vault.setup': async ({ passphrase }) => {
      await vault.initialize(passphrase);
      return changed();
    },
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      const result = await changed();
      void deps.sync.ensure();
      return result;
    },
    'vault.lock': async () => {
      await deps.sync.stop();
      await vault.lock();
      return changed();
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return { changed: true };
    },
    'vault.wipe': async () => {
      await deps.sync.stop();
      await vault.wipe();
      await writeActiveAccount(await deps.db(), null);
      return changed();
    },
    'vault.saveAccount': async ({ id, label, site, domainId, ak, sk, securityToken }) => {
      let accountId = id;
      const before = await vault.view();
      if (accountId) {
        const patch = { label, site, domainId, ...(ak ? { ak } : {}), ...(sk ? { sk } : {}) };
        await vault.updateAccount(accountId, securityToken ? { ...patch, securityToken } : patch);
      } else {
        if (!ak || !sk) throw new VaultError('invalid-account');
        accountId = await vault.addAccount({
          label,
          site,
          domainId,
          ak,
          sk,
          ...(securityToken ? { securityToken } : {}),
        });
        // The first account switches the extension to API mode (page-only is the default without one).
        if (before.accounts.length === 0) await deps.settings.update({ dataMode: 'api' });
      }
      const view = await changed();
      // New keys of the active account: start over with them; a new account only needs a sync if it became active.
      if (id && view.active === id) void deps.sync.restart();
      else void deps.sync.ensure();
      return { accountId, view };
    },
    'vault.removeAccount': async ({ id }) => {
      const before = await vault.view();
      const removed = before.accounts.find((a) => a.id === id);
      await vault.removeAccount(id);
      // Forget that account's cached customers unless another saved account uses the same scope.
      const shared = before.accounts.some(
        (a) => a.id !== id && a.domainId === removed?.domainId && a.site === removed?.site,
      );
      if (removed && !shared) await clearScope(await deps.db(), { partnerId: removed.domainId, site: removed.site });
      const result = await changed();
      if (before.active === id) void deps.sync.restart();
      return result;
    },
    'vault.setActive': async ({ id }) => {
      await vault.setActiveAccount(id);
      const result = await changed();
      void deps.sync.restart();
      return result;
    },
    'account.check': async ({ accountId }) => {
      const { accountId: _id, ...credentials } = accountId
        ? await vault.accountCredentials(accountId)
        : await vault.activeCredentials();
      return deps.checkConnection(credentials);
    },
    'account.findDomainId': async ({ site, ak, sk, securityToken }) => {
      const found = await deps.findDomain({ site, ak, sk, domainId: '', ...(securityToken ? { securityToken } : {}) });
      return { domainId: found.id, name: found.name };
    },
  };
}
