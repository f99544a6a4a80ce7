/**
 * Credentials vault and partner-account messages. Extension pages only: none of these is in
 * `contentScriptTypes`, so the router refuses them from a content script. Replies never carry a secret:
 * the vault answers with its redacted view (labels and AK hints).
 */
import * as v from 'valibot';
import type { ConnectionCheckResult } from '../api/connection-check';
import type { VaultView } from '../vault/accounts';

const site = v.picklist(['cn', 'intl']);
/** Printable ASCII without spaces, like the vault's own check; bounded so a paste can't flood the worker. */
const token = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.regex(/^[\x21-\x7e]+$/));
const passphrase = v.pipe(v.string(), v.minLength(1), v.maxLength(1024));
const accountId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

export const requests = {
  'vault.state': v.strictObject({}),
  /** Creates the vault (empty, unlocked). */
  'vault.setup': v.strictObject({ passphrase }),
  'vault.unlock': v.strictObject({ passphrase }),
  'vault.lock': v.strictObject({}),
  'vault.changePassphrase': v.strictObject({ current: passphrase, next: passphrase }),
  /** Deletes the vault and the session key. */
  'vault.wipe': v.strictObject({}),
  /**
   * Adds an account, or updates `id`. On update, ak/sk/securityToken may be omitted to keep the stored ones
   * (the page never gets them back to re-send).
   */
  'vault.saveAccount': v.strictObject({
    id: v.optional(accountId),
    label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64)),
    site,
    domainId: token(64),
    ak: v.optional(token(128)),
    sk: v.optional(token(256)),
    securityToken: v.optional(token(8192)),
  }),
  'vault.removeAccount': v.strictObject({ id: accountId }),
  'vault.setActive': v.strictObject({ id: accountId }),
  /** Connection check of a saved account (the active one by default). */
  'account.check': v.strictObject({ accountId: v.optional(accountId) }),
  /** "Find my account ID": asks IAM which account the key belongs to. Nothing is stored. */
  'account.findDomainId': v.strictObject({
    site,
    ak: token(128),
    sk: token(256),
    securityToken: v.optional(token(8192)),
  }),
} as const;

/** The redacted view plus the active account's label and site (what the popup shows). */
export type VaultState = VaultView & { activeAccount: { label: string; site: 'cn' | 'intl' } | null };

export interface SavedAccount {
  accountId: string;
  view: VaultState;
}

export interface FoundDomain {
  domainId: string;
  name: string;
}

export interface Responses {
  'vault.state': VaultState;
  'vault.setup': VaultState;
  'vault.unlock': VaultState;
  'vault.lock': VaultState;
  'vault.changePassphrase': { changed: true };
  'vault.wipe': VaultState;
  'vault.saveAccount': SavedAccount;
  'vault.removeAccount': VaultState;
  'vault.setActive': VaultState;
  'account.check': ConnectionCheckResult;
  'account.findDomainId': FoundDomain;
}

/** None: a content script may never touch the vault or the keys. */
export const contentScriptTypes = [] as const;

export type { ConnectionCheckResult, VaultView };
