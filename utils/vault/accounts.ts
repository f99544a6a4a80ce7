/** Pure edits of the decrypted payload, and the redacted view the UI may see. No I/O, no crypto. */
import type { Site } from '@/utils/domain';
import { VaultError } from './errors';
import type { VaultAccount, VaultPayload } from './record';

export interface NewAccount {
  label: string;
  site: Site;
  /** The partner's account (domain) id: sent as X-Domain-Id and used as the cache's partnerId. */
  domainId: string;
  ak: string;
  sk: string;
  /** For temporary (STS) credentials only. */
  securityToken?: string;
}

export interface VaultAccountView {
  id: string;
  label: string;
  site: Site;
  domainId: string;
  /** Last 4 characters of the AK, e.g. "…WXYZ"; enough to tell keys apart, useless to an attacker. */
  akHint: string;
  hasToken: boolean;
}

export interface VaultView {
  initialized: boolean;
  locked: boolean;
  accounts: VaultAccountView[];
  /** Id of the active account; null when locked or none. */
  active: string | null;
}

export const EMPTY_PAYLOAD: VaultPayload = { accounts: [], activeId: null };

const SITES: readonly string[] = ['cn', 'intl'];
// AK/SK and ids are printable ASCII without spaces; a pasted newline or space is a mistake, not a key.
const TOKEN_CHARS = /^[\x21-\x7e]+$/;

function checkAccount(input: NewAccount): NewAccount {
  const label = input.label.trim();
  const ok =
    label.length > 0 &&
    label.length <= 64 &&
    SITES.includes(input.site) &&
    TOKEN_CHARS.test(input.domainId) &&
    TOKEN_CHARS.test(input.ak) &&
    TOKEN_CHARS.test(input.sk) &&
    (input.securityToken === undefined || TOKEN_CHARS.test(input.securityToken));
  if (!ok) throw new VaultError('invalid-account');
  return { ...input, label };
}

export function addAccount(payload: VaultPayload, input: NewAccount, id: string, now: number): VaultPayload {
  const { securityToken, ...rest } = checkAccount(input);
  const account: VaultAccount = { ...rest, id, createdAt: now };
  if (securityToken !== undefined) account.securityToken = securityToken;
  return { accounts: [...payload.accounts, account], activeId: payload.activeId ?? id };
}

export function updateAccount(payload: VaultPayload, id: string, patch: Partial<NewAccount>): VaultPayload {
  const current = payload.accounts.find((a) => a.id === id);
  if (!current) throw new VaultError('unknown-account');
  const { id: _id, createdAt, ...fields } = current;
  const next = checkAccount({ ...fields, ...patch });
  const account: VaultAccount = { ...next, id, createdAt };
  return { ...payload, accounts: payload.accounts.map((a) => (a.id === id ? account : a)) };
}

/** Removes an account; if it was active, the first remaining one becomes active. */
export function removeAccount(payload: VaultPayload, id: string): VaultPayload {
  if (!payload.accounts.some((a) => a.id === id)) throw new VaultError('unknown-account');
  const accounts = payload.accounts.filter((a) => a.id !== id);
  const activeId = payload.activeId === id ? (accounts[0]?.id ?? null) : payload.activeId;
  return { accounts, activeId };
}

export function setActive(payload: VaultPayload, id: string): VaultPayload {
  if (!payload.accounts.some((a) => a.id === id)) throw new VaultError('unknown-account');
  return { ...payload, activeId: id };
}

export function akHint(ak: string): string {
  return ak.length >= 12 ? `…${ak.slice(-4)}` : '…';
}

export function redact(payload: VaultPayload): Pick<VaultView, 'accounts' | 'active'> {
  return {
    accounts: payload.accounts.map((a) => ({
      id: a.id,
      label: a.label,
      site: a.site,
      domainId: a.domainId,
      akHint: akHint(a.ak),
      hasToken: a.securityToken !== undefined,
    })),
    active: payload.activeId,
  };
}
