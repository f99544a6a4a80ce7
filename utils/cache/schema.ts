/**
 * The IndexedDB schema (latest version) and the shape of every stored record. Records of the partner's
 * data are keyed by [partnerId, site, …] so two partner accounts (or one account on both sites) never mix.
 */
import type { DBSchema } from 'idb';
import type {
  CnMoneyState,
  Customer,
  CustomerStatus,
  ExpiringResource,
  FrozenState,
  IntlMoneyState,
  OrderSummary,
  PartnerBalance,
  PartnerScope,
  Provenance,
  Site,
  Voucher,
  VoucherQuota,
} from '@/utils/domain';
import type { MoneyOperation } from '@/utils/money-ops/model';
import type { VaultRecord } from '@/utils/vault/record';

/** What every cached record carries: whose it is, when and where it came from, and which sync run wrote it. */
export interface RecordMeta extends PartnerScope, Provenance {
  /** The sync run that last wrote the record; lets a finished full pass sweep rows it did not see. */
  runId?: string;
}

export interface CustomerRecord extends Customer, RecordMeta {
  /**
   * Derived by the rules from money + settings; 'unknown' until computed. Indexed for "at risk" queries. Absent
   * on rows written before schema v3 (migrations.ts): read them with `statusOf`, which says 'unknown'.
   */
  status?: CustomerStatus;
}

/** Money figures as the API reported them, plus the frozen flag when the caller knows it. */
export type MoneyStateInput = (CnMoneyState | IntlMoneyState) & { frozen?: FrozenState };
export type MoneyStateRecord = MoneyStateInput & RecordMeta;

/** One point of a customer's money trend; only appended when a figure changed. */
export type MoneyPoint = { at: number; frozen?: FrozenState } & (
  | Omit<CnMoneyState, 'customerId' | 'currency'>
  | Omit<IntlMoneyState, 'customerId' | 'currency'>
);

export interface MoneyHistoryRecord extends PartnerScope {
  customerId: string;
  /** Oldest first, at most MONEY_HISTORY_CAP points. */
  points: MoneyPoint[];
}

export type PartnerBalanceRecord = PartnerBalance & RecordMeta;
export type VoucherQuotaRecord = VoucherQuota & RecordMeta;
export type VoucherRecord = Voucher & RecordMeta;
export type ResourceRecord = ExpiringResource & RecordMeta;
export type OrderRecord = OrderSummary & RecordMeta;

/** Where a resumable sync job stands; written in the same transaction as the page it describes. */
export interface CheckpointRecord extends PartnerScope {
  jobId: string;
  runId: string;
  /** Offset of the next page to fetch. */
  offset: number;
  /** Total the API reported on the latest page; null before the first page. */
  total: number | null;
  /** Total reported by the first page of this run (a change means the pass must be re-run). */
  totalAtStart: number | null;
  startedAt: number;
  updatedAt: number;
  done: boolean;
}

type Key3 = [partnerId: string, site: Site, id: string];

export interface AssistantDB extends DBSchema {
  meta: { key: string; value: { key: string; value: number | string } };
  customers: {
    key: Key3;
    value: CustomerRecord;
    indexes: { byName: Key3; byAccountName: Key3; byLabel: Key3; byStatus: Key3 };
  };
  moneyStates: { key: Key3; value: MoneyStateRecord };
  moneyHistory: { key: Key3; value: MoneyHistoryRecord };
  partnerBalances: { key: Key3; value: PartnerBalanceRecord };
  voucherQuotas: { key: Key3; value: VoucherQuotaRecord };
  vouchers: { key: Key3; value: VoucherRecord; indexes: { byCustomer: Key3; byExpiry: Key3 } };
  resources: { key: Key3; value: ResourceRecord; indexes: { byCustomer: Key3; byExpiry: Key3 } };
  orders: { key: Key3; value: OrderRecord; indexes: { byCustomer: Key3; byStatus: [string, Site, number] } };
  checkpoints: { key: Key3; value: CheckpointRecord };
  vault: { key: string; value: VaultRecord };
  /** Money operations: the exactly-once journal (open ones hold `activeLocks`) and the local history. */
  moneyOps: {
    key: string;
    value: MoneyOperation;
    indexes: { byActiveLock: string; byScopeCreated: [string, Site, number] };
  };
}

/** Stores whose records are scoped by [partnerId, site, …]. */
export const SCOPED_STORES = [
  'customers',
  'moneyStates',
  'moneyHistory',
  'partnerBalances',
  'voucherQuotas',
  'vouchers',
  'resources',
  'orders',
  'checkpoints',
] as const;
export type ScopedStore = (typeof SCOPED_STORES)[number];

/** A customer row as the repositories hand it out: always with a status. */
export type StoredCustomerRecord = CustomerRecord & { status: CustomerStatus };

/** A customer row's status; rows from before schema v3 have none yet and read as 'unknown'. */
export const statusOf = (record: Pick<CustomerRecord, 'status'>): CustomerStatus => record.status ?? 'unknown';
