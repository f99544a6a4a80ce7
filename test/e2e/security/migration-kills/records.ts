/**
 * Seeded customer rows as an older schema wrote them, and the digest both sides compare: the extension page
 * (after seeding, after a killed upgrade, after the finished one) and this process (from the same seed).
 * Runs in Node and in the browser bundle alike.
 */
import { Rng } from '../../../sandbox/bss/prng';

const STATUSES = ['blocked', 'frozen', 'low', 'ok', 'not-applicable', 'unknown'] as const;
const SCOPES = [
  { partnerId: '0f3a9c1e5b7d4a2c8e6f1b3d5a7c9e0f', site: 'cn' },
  { partnerId: '0f3a9c1e5b7d4a2c8e6f1b3d5a7c9e0f', site: 'intl' },
] as const;

export interface SeedRow {
  partnerId: string;
  site: string;
  customerId: string;
  accountName: string;
  name: string;
  associationType: '1' | '2';
  label?: string;
  frozen: 0 | 1 | 2;
  fetchedAt: number;
  source: 'api';
  runId: string;
  /** Stored from schema v3 on; v2 rows have none. */
  status?: string;
}

/** `count` rows of two scopes; v3 rows carry a status, v2 rows do not. */
export function seedRows(seed: number, count: number, version: 2 | 3): SeedRow[] {
  const rng = new Rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const row: SeedRow = {
      ...(i % 10 === 0 ? SCOPES[1] : SCOPES[0]),
      customerId: rng.hex(32),
      accountName: `acct_${i}_${rng.hex(6)}`,
      name: rng.chance(0.7) ? `Company ${rng.hex(8)} 有限公司` : '',
      associationType: rng.chance(0.6) ? '2' : '1',
      frozen: rng.pick([0, 0, 0, 0, 1, 2] as const),
      fetchedAt: 1_750_000_000_000 + i,
      source: 'api',
      runId: `run-${i % 7}`,
    };
    if (rng.chance(0.35)) row.label = `label-${rng.int(1, 50)}`;
    if (version === 3) row.status = rng.pick(STATUSES);
    return row;
  });
}

/** One canonical line per row: every field, in a fixed order (a missing one as null). */
const line = (r: SeedRow) =>
  JSON.stringify([
    r.partnerId,
    r.site,
    r.customerId,
    r.accountName,
    r.name,
    r.associationType,
    r.label ?? null,
    r.frozen,
    r.fetchedAt,
    r.source,
    r.runId,
    r.status ?? null,
  ]);

export interface RowsDigest {
  count: number;
  sha256: string;
}

export async function digestRows(rows: readonly SeedRow[]): Promise<RowsDigest> {
  const text = rows.map(line).sort().join('\n');
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { count: rows.length, sha256: hex };
}
