/**
 * Vault records produced independently with node:crypto (pbkdf2Sync + createCipheriv aes-256-gcm) from the
 * format documented in utils/vault/record.ts. They pin the stored format: if these stop opening, old vaults
 * in users' browsers would stop opening too.
 */
import type { VaultRecord } from '@/utils/vault';

export const FIXTURE_PASSPHRASE = 'correct horse battery staple ✓';
export const FIXTURE_SECRETS = { ak: 'AKFIXTURE0000000WXYZ', sk: 'SKFIXTURESECRET0000000000000000000000000' };

const SALT = 'AAECAwQFBgcICQoLDA0ODw=='; // bytes 00..0f
const IV = 'oKGio6Slpqeoqaqr'; // bytes a0..ab

function record(iterations: number, ct: string, digest: string): VaultRecord {
  return {
    id: 'primary',
    v: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: SALT },
    enc: { name: 'AES-GCM', iv: IV },
    ct,
    digest,
    updatedAt: 1700000000000,
  };
}

/** PBKDF2-SHA-256(FIXTURE_PASSPHRASE, 00..0f, 600000) as computed by node:crypto. */
export const FIXTURE_KEY_600K = '27611b188b22c0b3018eecea42e5240421c6a7e48f848b093f65d14075c3d27e';

export const FIXTURE_600K = record(
  600_000,
  '0unSAbLNkvwRiOHif+zB5xLcgMMA0TWLWiG9IzJueNk44ipMd/AhjRHaw5ImH4NzRvcLj0zjC4mElnMYSsYW7+92grfe5CKvSRY0N6mNQFKpJVxJ0FApojAdIWmL1SyPAbgbqh7amabYC2l4JBq+M1rLHmzmCPGUjvwGD7yrlK5THN8jho/I/R66eVb16kt3cbGq9/1x/v8KafzjgsSOiJ7FbpbCKG4TCgb+++l4eYSQ9cdv8IczcUREBLe1b/ZCzwdHQmQahtXXSXT20CrKPm8Q8ma08G9Rc3WdRdNFVhIFhF0AFYWMwD18Wxw7FNa+B3cDqq4WZIqQ37RC',
  '4+JfrEfgsICIBkR30tP/Ajhkhk3Xeu0gW05SeVupqL0=',
);

/** The same payload under only 100,000 iterations: a downgraded vault production must refuse. */
export const FIXTURE_100K = record(
  100_000,
  '82bDPqHdeSFUXhiagWBO2wYj0IhBVfpXLTX9biE7YUhFnP0d5Q5NWs68nwG94ltTMzB9UTdOW2KCpUQT5XuUhHP6BaqlAGckly6/ob25kpVug2W04SBZ4sTa+lotmBhu5QlG2EDjs3tNIhUFJHvmtJGGov+PPSs5dwhv7s6xMaq38e/eVdv1557cKW8SBOdSWbg4sK5gqQHndr081+5nlpUqaMOdwW4GtUYSKOXFFP/to+rzkZpdNeII8h1yeMKdkiOBvwD5h0wPbz7852hq5Dt+2NLU2SC/O6gCLOZWyILXmN9rwRCuomjkxNZ8P9Ih2QskADp0oPwfp6GY',
  '+sxV2vgCSNzr7xYybn5adR5JL+tRyRtCUZq8s/eqlCU=',
);
