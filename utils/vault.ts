/**
 * Background only: the encrypted credentials vault (several partner accounts, one active).
 * Pieces: vault/crypto.ts (PBKDF2 → AES-GCM), vault/record.ts (stored format, tamper and downgrade checks),
 * vault/session.ts (unlocked key in storage.session), vault/accounts.ts (payload edits, redacted view),
 * vault/service.ts (lifecycle). UI contexts see only `VaultView` through messages.
 */
import { createVault, type Vault } from './vault/service';

export type { NewAccount, VaultAccountView, VaultView } from './vault/accounts';
export { KDF_FLOOR, KDF_ITERATIONS, type KdfPolicy, PRODUCTION_KDF } from './vault/crypto';
export { isVaultError, VaultError, type VaultErrorCode } from './vault/errors';
export type { VaultRecord } from './vault/record';
export {
  type ApiCredentials,
  createVault,
  MIN_PASSPHRASE_LENGTH,
  type Vault,
  type VaultOptions,
} from './vault/service';
export { restrictSessionAccess } from './vault/session';

/** The alarm the background schedules to run `lockIfIdle`; checked every minute. */
export const VAULT_IDLE_ALARM = 'vault-idle-lock';
export const VAULT_IDLE_ALARM_PERIOD_MINUTES = 1;

let shared: Vault | undefined;

/** The background's vault, with the production KDF policy. */
export function getVault(): Vault {
  shared ??= createVault();
  return shared;
}
