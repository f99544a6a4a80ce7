import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVaultError, type VaultRecord } from '@/utils/vault';
import { fromBase64, sha256, toBase64, utf8 } from '@/utils/vault/crypto';
import { ACCOUNT, PASSPHRASE, useHarness } from './helpers';

type Field = 'salt' | 'iv' | 'ct' | 'iterations';

function flipBase64(text: string, bit: number): string {
  const bytes = fromBase64(text);
  const i = bit % (bytes.length * 8);
  bytes[i >> 3] = (bytes[i >> 3] ?? 0) ^ (1 << (i & 7));
  return toBase64(bytes);
}

function flip(record: VaultRecord, field: Field, bit: number): VaultRecord {
  const kdf = { ...record.kdf };
  const enc = { ...record.enc };
  let ct = record.ct;
  if (field === 'salt') kdf.salt = flipBase64(kdf.salt, bit);
  if (field === 'iv') enc.iv = flipBase64(enc.iv, bit);
  if (field === 'ct') ct = flipBase64(ct, bit);
  if (field === 'iterations') kdf.iterations ^= 1 << (bit % 20);
  return { ...record, kdf, enc, ct };
}

/** What an attacker who knows the format would do: make the corruption digest pass. */
async function withFreshDigest(r: VaultRecord): Promise<VaultRecord> {
  const head = `hwcx-vault:v${r.v}|${r.kdf.name}|${r.kdf.hash}|${r.kdf.iterations}|${r.kdf.salt}|${r.enc.name}|${r.enc.iv}`;
  return { ...r, digest: await sha256(utf8(`${head}|${r.ct}`)) };
}

describe('tampering', () => {
  const h = useHarness();

  it('any 1-bit flip of salt, iv, ciphertext or iterations is refused and never alters the record', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    await vault.addAccount(ACCOUNT);
    await vault.lock();
    const original = await h.stored();
    if (!original) throw new Error('no record');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Field>('salt', 'iv', 'ct', 'iterations'),
        fc.nat(),
        fc.boolean(),
        async (field, bit, recomputeDigest) => {
          const flipped = flip(original, field, bit);
          const tampered = recomputeDigest ? await withFreshDigest(flipped) : flipped;
          await h.put(tampered);
          const error = await vault.unlock(PASSPHRASE).catch((e: unknown) => e);
          // Digest mismatch → 'tampered'; with a forged digest AES-GCM still fails (or the floor refuses).
          expect(isVaultError(error)).toBe(true);
          if (!recomputeDigest && field !== 'iterations') expect(isVaultError(error, 'tampered')).toBe(true);
          expect(await h.stored()).toEqual(tampered);
        },
      ),
      { numRuns: 1000 },
    );
    await h.put(original);
    await vault.unlock(PASSPHRASE);
    expect((await vault.activeCredentials()).sk).toBe(ACCOUNT.sk);
  });

  it('a flipped digest or malformed record is "tampered"; the additional data binds the header', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    await vault.lock();
    const original = await h.stored();
    if (!original) throw new Error('no record');
    const cases: unknown[] = [
      { ...original, digest: flipBase64(original.digest, 3) },
      { ...original, v: 2 },
      { ...original, kdf: { ...original.kdf, hash: 'SHA-1' } },
      { ...original, enc: { ...original.enc, iv: 'AAAA' } },
      { ...original, ct: '%%%' },
      { id: 'primary', junk: true },
    ];
    for (const bad of cases) {
      await h.db.put('vault', bad as VaultRecord);
      const error = await vault.unlock(PASSPHRASE).catch((e: unknown) => e);
      expect(isVaultError(error, 'tampered')).toBe(true);
    }
  });

  it('an unlocked session whose record changed underneath reports tampering and locks', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    await vault.addAccount(ACCOUNT);
    const original = await h.stored();
    if (!original) throw new Error('no record');
    await h.put(await withFreshDigest(flip(original, 'ct', 77)));
    const restarted = h.make();
    const error = await restarted.activeCredentials().catch((e: unknown) => e);
    expect(isVaultError(error, 'tampered')).toBe(true);
    expect(await restarted.isUnlocked()).toBe(false);
  });
});
