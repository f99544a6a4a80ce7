/**
 * WebCrypto primitives of the vault: PBKDF2-SHA-256 → AES-GCM-256. Byte fields travel as base64 strings.
 * The passphrase is NFC-normalised so the same visible text derives the same key on every keyboard.
 */

/** OWASP's PBKDF2-HMAC-SHA256 minimum (security.md §1.4); also the floor no stored record can lower. */
export const KDF_ITERATIONS = 600_000;
export const KDF_FLOOR = 600_000;
/** Refuse absurd counts too: a tampered header must not be able to hang the worker. */
export const KDF_CEILING = 5_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

export interface KdfPolicy {
  /** Iterations for new or re-encrypted vaults. */
  iterations: number;
  /** Stored records below this are refused before any derivation. */
  floor: number;
}

export const PRODUCTION_KDF: KdfPolicy = { iterations: KDF_ITERATIONS, floor: KDF_FLOOR };

type Bytes = Uint8Array<ArrayBuffer>;

export function randomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Throws on malformed input; callers map that to 'tampered'. */
export function fromBase64(text: string): Bytes {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const utf8 = (text: string): Bytes => new TextEncoder().encode(text);

/** Derives an extractable AES-GCM-256 key (extractable so it can be parked in storage.session). */
export async function deriveKey(passphrase: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function exportKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export function importKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(raw), { name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
}

export async function encrypt(key: CryptoKey, iv: Bytes, plaintext: Bytes, aad: Bytes): Promise<Bytes> {
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, plaintext);
  return new Uint8Array(ct);
}

/** Rejects (OperationError) when the key is wrong or any bit of iv, ciphertext, tag or aad changed. */
export async function decrypt(key: CryptoKey, iv: Bytes, ct: Bytes, aad: Bytes): Promise<Bytes> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, ct);
  return new Uint8Array(plain);
}

export async function sha256(data: Bytes): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
}
