/**
 * The vault's mechanics under the public API (service.ts): reading and sealing the record, deriving keys,
 * parking the key in storage.session and resuming from it. Callers serialise access.
 */
import { assistantDb, type Db } from '@/utils/cache/db';
import { deriveKey, exportKey, fromBase64, importKey, type KdfPolicy, PRODUCTION_KDF } from './crypto';
import { VaultError } from './errors';
import {
  checkRecord,
  newSalt,
  openRecord,
  sealRecord,
  VAULT_RECORD_ID,
  type VaultPayload,
  type VaultRecord,
} from './record';
import * as session from './session';

export interface VaultOptions {
  /** Tests only: a lower iteration count and floor for speed. Production uses PRODUCTION_KDF. */
  kdf?: KdfPolicy;
  db?: () => Promise<Db>;
  now?: () => number;
  newId?: () => string;
}

export interface Unlocked {
  key: CryptoKey;
  record: VaultRecord;
  payload: VaultPayload;
}

export function createCore(options: VaultOptions) {
  const policy = options.kdf ?? PRODUCTION_KDF;
  const getDb = options.db ?? (() => assistantDb());
  const now = options.now ?? Date.now;
  let memory: Unlocked | null = null;

  async function readRecord(): Promise<VaultRecord | null> {
    const raw: unknown = await (await getDb()).get('vault', VAULT_RECORD_ID);
    return raw === undefined ? null : checkRecord(raw, policy);
  }

  async function writeRecord(record: VaultRecord): Promise<void> {
    const tx = (await getDb()).transaction('vault', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(record), tx.done]);
  }

  /** Seals, proves the new record opens, then replaces the old one in a single put (all or nothing). */
  async function commit(key: CryptoKey, salt: string, iterations: number, payload: VaultPayload): Promise<Unlocked> {
    const record = await sealRecord(key, { salt, iterations }, payload, now());
    await openRecord(key, record);
    await writeRecord(record);
    return { key, record, payload };
  }

  async function rememberKey(unlocked: Unlocked): Promise<void> {
    await session.saveSessionKey({ key: await exportKey(unlocked.key), salt: unlocked.record.kdf.salt }, now());
    memory = unlocked;
  }

  async function forget(): Promise<void> {
    memory = null;
    await session.clearSession();
  }

  /** The unlocked state, resumed from storage.session after a worker restart; throws 'locked' otherwise. */
  async function requireUnlocked(): Promise<Unlocked> {
    const parked = await session.loadSessionKey();
    if (!parked) {
      memory = null;
      throw new VaultError('locked');
    }
    if (memory && memory.record.kdf.salt === parked.salt) return memory;
    const record = await readRecord();
    if (!record) {
      await forget();
      throw new VaultError('not-initialized');
    }
    if (record.kdf.salt !== parked.salt) {
      await forget(); // stale key from before a passphrase change
      throw new VaultError('locked');
    }
    const key = await importKey(parked.key);
    try {
      memory = { key, record, payload: await openRecord(key, record) };
      return memory;
    } catch (cause) {
      await forget(); // right salt, right key, yet it won't open: the record changed under us
      throw new VaultError('tampered', { cause });
    }
  }

  /** Derives from the passphrase and opens; a failed tag means the passphrase is wrong. */
  async function openWithPassphrase(passphrase: string): Promise<Unlocked> {
    const record = await readRecord();
    if (!record) throw new VaultError('not-initialized');
    const key = await deriveKey(passphrase, fromBase64(record.kdf.salt), record.kdf.iterations);
    try {
      return { key, record, payload: await openRecord(key, record) };
    } catch (cause) {
      if (cause instanceof VaultError) throw cause;
      throw new VaultError('wrong-passphrase');
    }
  }

  /** Re-encrypts under a fresh salt and the policy's iteration count. */
  async function rekey(passphrase: string, payload: VaultPayload): Promise<Unlocked> {
    const salt = newSalt();
    const key = await deriveKey(passphrase, fromBase64(salt), policy.iterations);
    return commit(key, salt, policy.iterations, payload);
  }

  async function mutate(edit: (payload: VaultPayload) => VaultPayload): Promise<void> {
    const current = await requireUnlocked();
    const next = edit(current.payload);
    memory = await commit(current.key, current.record.kdf.salt, current.record.kdf.iterations, next);
  }

  async function isInitialized(): Promise<boolean> {
    return (await (await getDb()).count('vault')) > 0;
  }

  async function deleteRecord(): Promise<void> {
    await (await getDb()).delete('vault', VAULT_RECORD_ID);
  }

  return {
    policy,
    now,
    requireUnlocked,
    openWithPassphrase,
    rekey,
    rememberKey,
    forget,
    mutate,
    isInitialized,
    deleteRecord,
  };
}
