/** The partner's own money: balances (or intl consumption quota) and voucher quotas. Replaced as a whole. */
import type { PartnerBalance, PartnerScope, VoucherQuota } from '@/utils/domain';
import type { Db } from '../db';
import type { PartnerBalanceRecord, VoucherQuotaRecord } from '../schema';
import { type BatchProvenance, scopeRange, stamp } from '../scope';
import { allOrNothing } from '../tx';

/** Replaces the scope's balances: a type the API no longer lists must not linger. */
export async function replacePartnerBalances(
  db: Db,
  scope: PartnerScope,
  balances: readonly PartnerBalance[],
  prov: BatchProvenance,
): Promise<void> {
  const tx = db.transaction('partnerBalances', 'readwrite');
  await allOrNothing(tx, [
    tx.store.delete(scopeRange(scope)),
    ...balances.map((b) => tx.store.put(stamp(scope, b, prov))),
  ]);
}

export function loadPartnerBalances(db: Db, scope: PartnerScope): Promise<PartnerBalanceRecord[]> {
  return db.getAll('partnerBalances', scopeRange(scope));
}

/** Replaces the scope's voucher quotas (a short list, fetched whole). */
export async function replaceVoucherQuotas(
  db: Db,
  scope: PartnerScope,
  quotas: readonly VoucherQuota[],
  prov: BatchProvenance,
): Promise<void> {
  const tx = db.transaction('voucherQuotas', 'readwrite');
  await allOrNothing(tx, [
    tx.store.delete(scopeRange(scope)),
    ...quotas.map((q) => tx.store.put(stamp(scope, q, prov))),
  ]);
}

export function loadVoucherQuotas(db: Db, scope: PartnerScope): Promise<VoucherQuotaRecord[]> {
  return db.getAll('voucherQuotas', scopeRange(scope));
}
