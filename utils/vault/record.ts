/**
 * The stored vault record and its plaintext payload. The header (format, KDF parameters, salt, iv) is bound
 * to the ciphertext as AES-GCM additional data, so changing any of it fails decryption. A SHA-256 digest
 * over header + ciphertext catches accidental corruption before spending a KDF run on it (it is not a
 * security control: anyone who can edit the record can recompute it; AES-GCM is the control).
 */
import * as v from 'valibot';
import {
  decrypt,
  encrypt,
  fromBase64,
  IV_BYTES,
  KDF_CEILING,
  type KdfPolicy,
  randomBytes,
  SALT_BYTES,
  sha256,
  toBase64,
  utf8,
} from './crypto';
import { VaultError } from './errors';

export const VAULT_RECORD_ID = 'primary';

export interface VaultRecord {
  id: typeof VAULT_RECORD_ID;
  v: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  enc: { name: 'AES-GCM'; iv: string };
  ct: string;
  digest: string;
  updatedAt: number;
}

const AccountSchema = v.object({
  id: v.string(),
  label: v.string(),
  site: v.picklist(['cn', 'intl']),
  domainId: v.string(),
  ak: v.string(),
  sk: v.string(),
  securityToken: v.optional(v.string()),
  createdAt: v.number(),
});

const PayloadSchema = v.object({ accounts: v.array(AccountSchema), activeId: v.nullable(v.string()) });

export type VaultAccount = v.InferOutput<typeof AccountSchema>;
export type VaultPayload = v.InferOutput<typeof PayloadSchema>;

const base64Bytes = (length: number) =>
  v.pipe(
    v.string(),
    v.check((text) => {
      try {
        return fromBase64(text).length === length;
      } catch {
        return false;
      }
    }),
  );

const RecordSchema = v.object({
  id: v.literal(VAULT_RECORD_ID),
  v: v.literal(1),
  kdf: v.object({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer()),
    salt: base64Bytes(SALT_BYTES),
  }),
  enc: v.object({ name: v.literal('AES-GCM'), iv: base64Bytes(IV_BYTES) }),
  ct: v.pipe(v.string(), v.base64()),
  digest: v.string(),
  updatedAt: v.number(),
});

/** The header as one canonical string: the AES-GCM additional data. */
function header(r: Pick<VaultRecord, 'v' | 'kdf' | 'enc'>): string {
  return `hwcx-vault:v${r.v}|${r.kdf.name}|${r.kdf.hash}|${r.kdf.iterations}|${r.kdf.salt}|${r.enc.name}|${r.enc.iv}`;
}

const digestOf = (r: Pick<VaultRecord, 'v' | 'kdf' | 'enc' | 'ct'>) => sha256(utf8(`${header(r)}|${r.ct}`));

/**
 * Validates a stored record before any key derivation: malformed or corrupted → 'tampered'; fewer
 * iterations than the policy floor → 'kdf-too-weak' (a downgraded header is refused, never derived).
 */
export async function checkRecord(raw: unknown, policy: KdfPolicy): Promise<VaultRecord> {
  const parsed = v.safeParse(RecordSchema, raw);
  if (!parsed.success) throw new VaultError('tampered');
  const record = parsed.output;
  if (record.kdf.iterations < policy.floor) throw new VaultError('kdf-too-weak');
  if (record.kdf.iterations > KDF_CEILING) throw new VaultError('tampered');
  if ((await digestOf(record)) !== record.digest) throw new VaultError('tampered');
  return record;
}

/** Encrypts the payload under `key` with a fresh iv; `salt`/`iterations` must be the ones `key` came from. */
export async function sealRecord(
  key: CryptoKey,
  kdf: { salt: string; iterations: number },
  payload: VaultPayload,
  now: number,
): Promise<VaultRecord> {
  const iv = randomBytes(IV_BYTES);
  const head = {
    v: 1 as const,
    kdf: { name: 'PBKDF2' as const, hash: 'SHA-256' as const, iterations: kdf.iterations, salt: kdf.salt },
    enc: { name: 'AES-GCM' as const, iv: toBase64(iv) },
  };
  const ct = toBase64(await encrypt(key, iv, utf8(JSON.stringify(payload)), utf8(header(head))));
  return { id: VAULT_RECORD_ID, ...head, ct, digest: await digestOf({ ...head, ct }), updatedAt: now };
}

/** Decrypts and validates the payload; rejects with the WebCrypto error when key or record don't match. */
export async function openRecord(key: CryptoKey, record: VaultRecord): Promise<VaultPayload> {
  const plain = await decrypt(key, fromBase64(record.enc.iv), fromBase64(record.ct), utf8(header(record)));
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new VaultError('tampered');
  }
  const parsed = v.safeParse(PayloadSchema, json);
  if (!parsed.success) throw new VaultError('tampered');
  return parsed.output;
}

export function newSalt(): string {
  return toBase64(randomBytes(SALT_BYTES));
}
