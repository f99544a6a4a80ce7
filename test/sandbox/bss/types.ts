/** Data shapes of the BSS sandbox: accounts, the generated dataset, the request log and the money ledger. */
import type { AssociationType, BudgetType, CustomerLevel, FrozenState } from '../../../utils/domain';

export type Site = 'cn' | 'intl';
export type HostKind = 'bss' | 'iam';

export interface SandboxAccount {
  site: Site;
  ak: string;
  sk: string;
  domainId: string;
  /** Present only on temporary (STS) credentials: requests must send it, signed, as X-Security-Token. */
  securityToken?: string;
}

export interface CustomerBudget {
  amountFen: number;
  usedFen: number;
  type: BudgetType;
  /** 0 manual freeze, 1 freeze automatically when the budget is used up. */
  frozenOperateType: 0 | 1;
}

export interface SandboxCustomer {
  index: number;
  customerId: string;
  accountName: string;
  /** Real-name (实名认证) name; empty when not verified. */
  name: string;
  associationType: AssociationType;
  associatedOn: string;
  label: string;
  level: CustomerLevel;
  frozen: FrozenState;
  email: string;
  telephone: string;
  countryCode: string;
  verifiedStatus: -1 | 0 | 1 | 2;
  customerType: -1 | 0 | 1;
  xaccountId: string;
  xaccountType: string;
  accountManager: string;
  newCustomerTag: 'Y' | 'N' | 'UNDETERMINED';
  /** China reseller customers: available balance and arrears. Zero for referral customers (never shown). */
  balanceFen: number;
  debtFen: number;
  /** Intl reseller customers only. */
  budget?: CustomerBudget;
}

/** ListPartnerBalances rows: 1 cash, 2 credit, 5 bonus, 7 deposit, 8 allocatable. */
export interface PartnerAccountBalance {
  accountId: string;
  accountType: 1 | 2 | 5 | 7 | 8;
  amountFen: number;
  designatedFen: number;
  creditFen: number;
  memo: string;
}

export interface CouponQuota {
  quotaId: string;
  quotaType: 0 | 1;
  createTime: string;
  lastUpdateTime: string;
  valueFen: number;
  balanceFen: number;
  /** 0 normal, 3 invalid/expired, 4 being adjusted, 5 frozen. */
  status: 0 | 3 | 4 | 5;
  effectiveTime: string;
  expireTime: string;
  cloudServiceTypes: string[];
}

export interface IssuedCoupon {
  couponId: string;
  customerId: string;
  quotaId: string;
  couponType: 1 | 4;
  /** 1 not activated, 2 usable, 3 used, 4 expired, 5 reclaimed. */
  status: 1 | 2 | 3 | 4 | 5;
  faceFen: number;
  balanceFen: number;
  effectiveTime: string;
  expireTime: string;
  createTime: string;
  memo: string;
  cloudServiceTypes: string[];
}

export interface AdjustRecord {
  customerId: string;
  operationType: 'SOURCE_OPERATION_BEADJUST' | 'SOURCE_OPERATION_BERETRIEVE' | 'SOURCE_OPERATION_BEUNBIND';
  amountFen: number;
  operationTime: string;
  transId: string;
  memo: string;
}

export interface SandboxOrder {
  orderId: string;
  customerId: string;
  serviceTypeCode: string;
  serviceTypeName: string;
  status: 1 | 3 | 4 | 5 | 6 | 9;
  orderType: 1 | 2 | 3 | 4 | 10 | 11 | 13 | 14 | 15;
  officialFen: number;
  afterDiscountFen: number;
  createTime: string;
  paymentTime: string;
  sourceType: 1 | 2;
}

export interface IncentivePolicy {
  serviceTypeCode: string;
  serviceTypeName: string;
  incentivePolicy: '0' | '1' | '2' | '13';
  allowDiscount: 'YES' | 'NO';
}

/** A yearly/monthly resource (ListPayPerUseCustomerResources). */
export interface PeriodResource {
  id: string;
  resourceId: string;
  resourceName: string;
  regionCode: string;
  serviceTypeCode: string;
  serviceTypeName: string;
  resourceTypeCode: string;
  resourceTypeName: string;
  resourceSpecCode: string;
  productId: string;
  parentResourceId: string;
  isMainResource: 0 | 1;
  /** 2 in use, 3 closed, 4 frozen, 5 expired. */
  status: 2 | 3 | 4 | 5;
  effectiveTime: string;
  expireTime: string;
  expirePolicy: 0 | 1 | 2 | 3 | 4 | 5;
  orderId: string;
}

/** A pay-per-use resource (ListCustomerOnDemandResources). */
export interface OnDemandResource {
  resourceId: string;
  resourceName: string;
  regionCode: string;
  serviceTypeCode: string;
  serviceTypeName: string;
  resourceTypeCode: string;
  resourceTypeName: string;
  resourceSpecCode: string;
  effectiveTime: string;
  /** 1 normal, 2 grace, 3 frozen, 4 changing, 5 closing, 6 closed. */
  status: 1 | 2 | 3 | 4 | 5 | 6;
  specSize: number;
}

export interface MonthlyBillSum {
  customerId: string;
  cloudServiceType: string;
  cloudServiceTypeName: string;
  resourceTypeCode: string;
  resourceTypeName: string;
  billType: '0' | '1' | '2';
  chargeMode: '1' | '3' | '11';
  amountFen: number;
  debtFen: number;
  discountFen: number;
}

export interface ConsumptionQuota {
  quotaFen: number;
  amountFen: number;
  couponFen: number;
  dueFen: number;
  unbilledFen: number;
}

export interface SiteDataset {
  site: Site;
  currency: 'CNY' | 'USD';
  account: SandboxAccount;
  /** Temporary credentials of the same partner: need X-Security-Token. */
  temporaryAccount: SandboxAccount;
  partnerAccountName: string;
  customers: SandboxCustomer[];
  byId: Map<string, SandboxCustomer>;
  partnerBalances: PartnerAccountBalance[];
  consumptionQuota: ConsumptionQuota;
  quotas: CouponQuota[];
  coupons: IssuedCoupon[];
  adjustRecords: AdjustRecord[];
  orders: SandboxOrder[];
  policies: IncentivePolicy[];
  /** Per-customer resources are generated on first use (see generate/resources.ts) and then kept, so they can mutate. */
  periodResources: Map<string, PeriodResource[]>;
  onDemandResources: Map<string, OnDemandResource[]>;
  /** Keyed by `${cycle}|${chargeMode}`; generated on first use. */
  monthlyBills: Map<string, MonthlyBillSum[]>;
}

export interface Dataset {
  seed: number;
  /** The instant the data is relative to (start of the UTC day by default, so a day's runs agree). */
  now: number;
  customersPerSite: number;
  /** Lazily generated per site on first access. */
  sites: Record<Site, SiteDataset>;
}

export interface RecordedRequest {
  requestId: string;
  /** Server time (with the clock offset) in ms since the epoch. */
  time: number;
  site: Site;
  kind: HostKind;
  method: string;
  path: string;
  query: Record<string, string[]>;
  /** Operation name such as "UpdateCustomerAccountAmount"; null for unknown paths. */
  operation: string | null;
  /** HTTP status sent; 0 when the connection was hung up or reset without a response. */
  status: number;
  errorCode?: string;
  /** The request body, parsed as JSON when possible, else the raw text; null when empty. */
  body: unknown;
  moneyMoved: boolean;
  /** The fault kind that shaped the response, if any. */
  fault?: string;
  /** Value of the test-only X-Sandbox-Intent-Id request header, for per-intent ledger assertions. */
  intentId?: string;
}

export type LedgerKind = 'allocate' | 'reclaim' | 'coupon-issue' | 'coupon-reclaim' | 'budget-update';

export interface LedgerEntry {
  seq: number;
  transferId: string;
  time: number;
  site: Site;
  operation: string;
  kind: LedgerKind;
  customerId: string;
  /** Decimal string, e.g. "100.00" (for budget-update: the new budget). */
  amount: string;
  amountFen: number;
  requestId: string;
  intentId?: string;
  couponId?: string;
}
