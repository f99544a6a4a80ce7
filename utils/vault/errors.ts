/** The vault's typed failures. Messages are fixed strings: never a passphrase, key or credential. */
export type VaultErrorCode =
  | 'not-initialized'
  | 'already-initialized'
  | 'locked'
  | 'wrong-passphrase'
  | 'weak-passphrase'
  | 'tampered'
  | 'kdf-too-weak'
  | 'invalid-account'
  | 'unknown-account'
  | 'no-active-account';

const MESSAGES: Record<VaultErrorCode, string> = {
  'not-initialized': 'No credentials vault has been set up yet',
  'already-initialized': 'A credentials vault already exists',
  locked: 'The credentials vault is locked',
  'wrong-passphrase': 'Wrong passphrase',
  'weak-passphrase': 'The passphrase is too short',
  tampered: 'The stored vault is damaged or was modified; it was left untouched',
  'kdf-too-weak': 'The stored vault asks for a weaker key derivation than allowed; refused',
  'invalid-account': 'The account details are incomplete or malformed',
  'unknown-account': 'No such account in the vault',
  'no-active-account': 'No partner account is selected',
};

export class VaultError extends Error {
  override readonly name = 'VaultError';
  constructor(
    readonly code: VaultErrorCode,
    options?: ErrorOptions,
  ) {
    super(MESSAGES[code], options);
  }
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}
