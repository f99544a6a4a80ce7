/**
 * Messages behind the popup's list and card, read from the cache. Extension pages only: nothing here is for
 * content scripts.
 */
import * as v from 'valibot';
import type {
  AssociationType,
  BudgetType,
  Currency,
  CustomerLevel,
  CustomerStatus,
  DataSource,
  DecimalString,
  FrozenState,
  IsoTime,
  PartnerScope,
} from '../domain';

const customerId = v.pipe(v.string(), v.regex(/^[0-9A-Za-z_-]{1,64}$/));

export const requests = {
  'customers.list': v.strictObject({}),
  'customers.card': v.strictObject({ customerId }),
} as const;

/** The money a row shows: China balance and arrears, or intl budget and what is left of it. */
export type MoneySummary =
  | { site: 'cn'; balance: DecimalString; debt: DecimalString; currency: Currency; fetchedAt: number }
  | {
      site: 'intl';
      budget: DecimalString;
      used: DecimalString;
      /** budget − used, computed by the background with the money rules. */
      left: DecimalString;
      budgetType: BudgetType;
      currency: Currency;
      fetchedAt: number;
    };

/** One customer, compact: everything the list, the search and the CSV export need. */
export interface CustomerRow {
  customerId: string;
  name: string;
  accountName: string;
  label?: string;
  associationType: AssociationType;
  level?: CustomerLevel;
  frozen: FrozenState;
  status: CustomerStatus;
  money: MoneySummary | null;
  fetchedAt: number;
  source: DataSource;
}

export interface CustomerList {
  /** Null when no partner account is configured (or known while locked). */
  scope: PartnerScope | null;
  rows: CustomerRow[];
  /** When the background read the cache. */
  fetchedAt: number;
  /** End of the last successful full sync; null before the first. */
  syncedAt: number | null;
}

export interface MoneyTrendPoint {
  at: number;
  /** China balance or intl budget left at that time. */
  available: DecimalString;
}

export interface VoucherBrief {
  usableCount: number;
  usableBalance: DecimalString;
  expiringCount: number;
  expiringBalance: DecimalString;
  /** The window `expiring*` uses (7 days). */
  expiringDays: number;
  currency: Currency;
}

export interface ResourceBrief {
  resourceId: string;
  name: string;
  serviceTypeCode: string;
  billing: 'subscription' | 'on-demand';
  expireTime: IsoTime;
}

/** Cumulative windows, as the Partner Center filters them: a resource in `within7` is in the others too. */
export interface ExpiringBrief {
  within7: ResourceBrief[];
  within15: ResourceBrief[];
  within30: ResourceBrief[];
}

export interface CustomerCard {
  scope: PartnerScope;
  row: CustomerRow;
  /** Oldest first; empty when no history was kept yet. */
  trend: MoneyTrendPoint[];
  vouchers: VoucherBrief | null;
  expiring: ExpiringBrief | null;
  /** Has the customer approved order/O&M on behalf? 'unknown' when not visible to the extension. */
  authorized: boolean | 'unknown';
  syncedAt: number | null;
}

// sync.status / sync.now and vault.state / vault.unlock are declared in messages/sync.ts and messages/vault.ts.
export type { SyncError, SyncErrorReason, SyncStatus } from './sync';
export type { VaultState } from './vault';

export interface Responses {
  'customers.list': CustomerList;
  'customers.card': CustomerCard;
}

/** None: content scripts get customer data through their own narrower queries. */
export const contentScriptTypes = [] as const;

/** Types declared here whose background handlers are not wired in entrypoints/background.ts yet. */
export const unwiredTypes = ['customers.list', 'customers.card'] as const;
export type UnwiredType = (typeof unwiredTypes)[number];
