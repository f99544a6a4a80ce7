/** Per-customer activity lists fetched in pages: vouchers, expiring resources, orders of interest. */
import type { ExpiringResource, OrderSummary, PartnerScope, Voucher } from '@/utils/domain';
import type { Db } from '../db';
import type { OrderRecord, ResourceRecord, VoucherRecord } from '../schema';
import { type BatchProvenance, scopedKey, scopeRange, stamp, upToRange } from '../scope';
import type { CheckpointInput } from './checkpoints';
import { type MetaRecord, writePage } from './pages';

export function upsertVouchersPage(
  db: Db,
  scope: PartnerScope,
  vouchers: readonly Voucher[],
  prov: BatchProvenance,
  checkpoint?: CheckpointInput,
): Promise<void> {
  const records = vouchers.map((v) => stamp(scope, v, prov));
  return writePage(db, 'vouchers', scope, records, checkpoint);
}

export function vouchersForCustomer(db: Db, scope: PartnerScope, customerId: string): Promise<VoucherRecord[]> {
  return db.getAllFromIndex('vouchers', 'byCustomer', scopedKey(scope, customerId));
}

export function loadVouchers(db: Db, scope: PartnerScope): Promise<VoucherRecord[]> {
  return db.getAll('vouchers', scopeRange(scope));
}

/** Vouchers expiring at or before `isoTime` (vouchers without an expiry are not indexed). */
export function vouchersExpiringBy(db: Db, scope: PartnerScope, isoTime: string): Promise<VoucherRecord[]> {
  return db.getAllFromIndex('vouchers', 'byExpiry', upToRange(scope, isoTime));
}

/** Resources found for some customers, with the checkpoint and (optionally) a meta record, in one transaction. */
export function upsertResourcesPage(
  db: Db,
  scope: PartnerScope,
  resources: readonly ExpiringResource[],
  prov: BatchProvenance,
  checkpoint?: CheckpointInput,
  meta?: MetaRecord,
): Promise<void> {
  const records = resources.map((r) => stamp(scope, r, prov));
  return writePage(db, 'resources', scope, records, checkpoint, meta);
}

export function resourcesForCustomer(db: Db, scope: PartnerScope, customerId: string): Promise<ResourceRecord[]> {
  return db.getAllFromIndex('resources', 'byCustomer', scopedKey(scope, customerId));
}

/** Resources expiring at or before `isoTime`, soonest first. */
export function resourcesExpiringBy(db: Db, scope: PartnerScope, isoTime: string): Promise<ResourceRecord[]> {
  return db.getAllFromIndex('resources', 'byExpiry', upToRange(scope, isoTime));
}

export function upsertOrdersPage(
  db: Db,
  scope: PartnerScope,
  orders: readonly OrderSummary[],
  prov: BatchProvenance,
  checkpoint?: CheckpointInput,
): Promise<void> {
  const records = orders.map((o) => stamp(scope, o, prov));
  return writePage(db, 'orders', scope, records, checkpoint);
}

export function ordersForCustomer(db: Db, scope: PartnerScope, customerId: string): Promise<OrderRecord[]> {
  return db.getAllFromIndex('orders', 'byCustomer', scopedKey(scope, customerId));
}

/** Orders of the scope in one status (e.g. 6 = pending payment). */
export function ordersWithStatus(db: Db, scope: PartnerScope, status: number): Promise<OrderRecord[]> {
  return db.getAllFromIndex('orders', 'byStatus', [scope.partnerId, scope.site, status]);
}
