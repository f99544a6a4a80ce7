import { afterEach, beforeEach } from 'vitest';
import { type Db, openAssistantDb } from '@/utils/cache/db';
import { createVault, type NewAccount, type Vault, type VaultOptions, type VaultRecord } from '@/utils/vault';

/** A fast KDF for unit tests; production's 600k floor is exercised by the fixture tests. */
export const TEST_KDF = { iterations: 1000, floor: 1000 };
export const PASSPHRASE = 'a long enough passphrase';

export const ACCOUNT: NewAccount = {
  label: 'Main partner',
  site: 'cn',
  domainId: 'd0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0',
  ak: 'AKCANARYAAAAAAAAWXYZ',
  sk: 'SKCANARYSECRETSECRETSECRETSECRETSECRET00',
};

export interface Harness {
  db: Db;
  clock: { now: number };
  make: (options?: VaultOptions) => Vault;
  stored: () => Promise<VaultRecord | undefined>;
  put: (record: VaultRecord) => Promise<void>;
}

/** Per test: a fresh database and a controllable clock; `make` builds a vault (a "worker start"). */
export function useHarness(): Harness {
  const h = { clock: { now: 1_700_000_000_000 } } as Harness;
  beforeEach(async () => {
    h.db = await openAssistantDb();
    h.make = (options = {}) =>
      createVault({ kdf: TEST_KDF, db: () => Promise.resolve(h.db), now: () => h.clock.now, ...options });
    h.stored = () => h.db.get('vault', 'primary');
    h.put = async (record) => {
      await h.db.put('vault', record);
    };
  });
  afterEach(() => h.db.close());
  return h;
}
