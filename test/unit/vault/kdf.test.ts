import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createVault, isVaultError, PRODUCTION_KDF } from '@/utils/vault';
import { deriveKey, exportKey, fromBase64 } from '@/utils/vault/crypto';
import { FIXTURE_100K, FIXTURE_600K, FIXTURE_KEY_600K, FIXTURE_PASSPHRASE, FIXTURE_SECRETS } from './fixtures';
import { useHarness } from './helpers';

const hex = (b64: string) => Buffer.from(fromBase64(b64)).toString('hex');
const derivedHex = async (passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) =>
  hex(await exportKey(await deriveKey(passphrase, salt, iterations)));

describe('PBKDF2-SHA-256 known answers', () => {
  it('matches the published PBKDF2-HMAC-SHA256 vectors', async () => {
    const salt = new TextEncoder().encode('salt');
    expect(await derivedHex('password', salt, 1)).toBe(
      '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b',
    );
    expect(await derivedHex('password', salt, 4096)).toBe(
      'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a',
    );
  });

  it.each([
    ['ASCII', 'correct horse battery staple'],
    ['accented UTF-8', 'Ünïcödé pässwörd déjà vu'],
    ['CJK', '华为云合作伙伴助手口令'],
    ['emoji', '🔐 money moves 💸 carefully 🧮'],
  ])('agrees with node:crypto pbkdf2Sync for %s passphrases', async (_kind, passphrase) => {
    const salt = Uint8Array.from({ length: 16 }, (_, i) => i * 7);
    const expected = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, 2000, 32, 'sha256').toString('hex');
    expect(await derivedHex(passphrase, salt, 2000)).toBe(expected);
  });

  it('normalises the passphrase to NFC (composed and decomposed é derive the same key)', async () => {
    const salt = new Uint8Array(16);
    expect(await derivedHex('caf\u00e9 passphrase', salt, 1000)).toBe(
      await derivedHex('cafe\u0301 passphrase', salt, 1000),
    );
  });
});

describe('fixed vault record', () => {
  const h = useHarness();

  it('production policy is at least 600,000 iterations', () => {
    expect(PRODUCTION_KDF.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PRODUCTION_KDF.floor).toBeGreaterThanOrEqual(600_000);
  });

  it('derives the fixture key at 600k and opens a ciphertext made by node:crypto (unlock time: vault.unlock in npm run bench)', async () => {
    expect(await derivedHex(FIXTURE_PASSPHRASE, fromBase64(FIXTURE_600K.kdf.salt), 600_000)).toBe(FIXTURE_KEY_600K);
    await h.put(FIXTURE_600K);
    const vault = createVault({ db: () => Promise.resolve(h.db) }); // production policy
    await vault.unlock(FIXTURE_PASSPHRASE);
    const credentials = await vault.activeCredentials();
    expect(credentials).toMatchObject({ accountId: 'acct-1', site: 'cn', ...FIXTURE_SECRETS });
    // An up-to-date record is not rewritten on unlock.
    expect(await h.stored()).toEqual(FIXTURE_600K);
  });

  it('refuses a downgraded record (100k iterations) without deriving a key, and keeps it', async () => {
    await h.put(FIXTURE_100K);
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const vault = createVault({ db: () => Promise.resolve(h.db) });
    const error = await vault.unlock(FIXTURE_PASSPHRASE).catch((e: unknown) => e);
    expect(isVaultError(error, 'kdf-too-weak')).toBe(true);
    expect(derive).not.toHaveBeenCalled();
    expect(await h.stored()).toEqual(FIXTURE_100K);
  });

  it('a test policy cannot be talked below its own floor by the record either', async () => {
    await h.put({ ...FIXTURE_600K, kdf: { ...FIXTURE_600K.kdf, iterations: 999 } });
    const error = await h
      .make()
      .unlock(FIXTURE_PASSPHRASE)
      .catch((e: unknown) => e);
    expect(isVaultError(error, 'kdf-too-weak')).toBe(true);
  });

  it('raises an old work factor on unlock (fresh salt, policy iterations) and keeps the accounts', async () => {
    await h.put(FIXTURE_100K);
    const vault = h.make({ kdf: { iterations: 120_000, floor: 100_000 } });
    await vault.unlock(FIXTURE_PASSPHRASE);
    const upgraded = await h.stored();
    expect(upgraded?.kdf.iterations).toBe(120_000);
    expect(upgraded?.kdf.salt).not.toBe(FIXTURE_100K.kdf.salt);
    expect(await vault.activeCredentials()).toMatchObject(FIXTURE_SECRETS);
    await vault.lock();
    await vault.unlock(FIXTURE_PASSPHRASE);
  });
});
