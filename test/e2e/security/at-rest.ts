/**
 * G14 checks on a dump of all extension storage (dump.ts `readEverything` from an extension page): the session
 * area is empty, no canary encoding anywhere, no CryptoKey parked in IndexedDB, and the vault is one ciphertext
 * record that does hold the canaries (decrypted here with the passphrase, proving they are there only encrypted).
 */
import { expect } from 'vitest';
import { deriveKey, fromBase64, PRODUCTION_KDF } from '../../../utils/vault/crypto';
import { checkRecord, openRecord } from '../../../utils/vault/record';
import { PASSPHRASE } from '../sync/flow';
import { type Canary, scan } from './canary';

interface ExtensionDump {
  local: Record<string, unknown>;
  session: Record<string, unknown> | string;
  idb: Record<string, Record<string, unknown[]>>;
}

const VAULT_FIELDS = ['ct', 'digest', 'enc', 'id', 'kdf', 'updatedAt', 'v'];

export async function expectOnlyCiphertextAtRest(dumpText: string, keys: { ak: Canary; sk: Canary }, where: string) {
  const dump = JSON.parse(dumpText) as ExtensionDump;
  expect(dump.session, `${where}: storage.session`).toEqual({});
  expect(scan(dumpText, [keys.ak, keys.sk], where)).toEqual([]);
  expect(dumpText, `${where}: no CryptoKey at rest`).not.toContain('$cryptoKey');

  const vaultStores = Object.values(dump.idb).flatMap((db) => (db.vault ? [db.vault] : []));
  expect(vaultStores).toHaveLength(1);
  const [record] = vaultStores[0] ?? [];
  expect(vaultStores[0], `${where}: one vault record`).toHaveLength(1);
  expect(Object.keys(record as object).sort()).toEqual(VAULT_FIELDS);

  const checked = await checkRecord(record, PRODUCTION_KDF);
  const key = await deriveKey(PASSPHRASE, fromBase64(checked.kdf.salt), checked.kdf.iterations);
  const payload = await openRecord(key, checked);
  expect(payload.accounts.map((a) => [a.ak, a.sk])).toEqual([[keys.ak.value, keys.sk.value]]);
}
