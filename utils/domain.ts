/**
 * Domain types shared by the API client, the cache, the rules and the UI. Money is always a decimal
 * string as the API sent it (e.g. "12.30", "-5"), never a float; arithmetic lives in utils/rules/money.ts.
 */
import type { Site } from './console/hosts';

export type { Site };

/** A decimal amount in yuan (China) or dollars (intl), as a string: "1234.56", "-0.5". */
export type DecimalString = string;

export type Currency = 'CNY' | 'USD';

/** "1" referral (顾问销售, customer pays Huawei) | "2" reseller (代售, partner funds the customer). */
export type AssociationType = '1' | '2';

export type CustomerLevel = 'V0' | 'V1' | 'V2' | 'V3' | 'V4' | 'V5';

/** 0 not frozen, 1 account frozen, 2 account and resources frozen. */
export type FrozenState = 0 | 1 | 2;

export type DataSource = 'api' | 'page';

/** Identifies one configured partner account; every cached record is scoped by it. */
export interface PartnerScope {
  partnerId: string;
  site: Site;
}

export interface Customer {
  customerId: string;
  accountName: string;
  /** Real-name (实名认证) name; may be empty. */
  name: string;
  associationType: AssociationType;
  associatedOn?: string;
  label?: string;
  level?: CustomerLevel;
  frozen: FrozenState;
  email?: string;
  telephone?: string;
  customerType?: number;
  verifiedStatus?: number;
}

/** China: the customer's available balance and arrears (reseller customers only). */
export interface CnMoneyState {
  site: 'cn';
  customerId: string;
  balance: DecimalString;
  debt: DecimalString;
  currency: Currency;
}

export type BudgetType = 'MONTHLY' | 'PACKAGE';

/** Intl: the partner-set budget and what the customer used of it (approximate, delayed). */
export interface IntlMoneyState {
  site: 'intl';
  customerId: string;
  budget: DecimalString;
  used: DecimalString;
  budgetType: BudgetType;
  currency: Currency;
}

export type MoneyState = CnMoneyState | IntlMoneyState;

/** Any record the cache keeps carries where and when it came from. */
export interface Provenance {
  fetchedAt: number;
  source: DataSource;
}

/** The status a customer's row/chip shows; a pure function of its data (utils/rules/status.ts). */
export type CustomerStatus = 'blocked' | 'frozen' | 'low' | 'ok' | 'not-applicable' | 'unknown';

/** Time as the API sent it: an ISO-8601 UTC string ("2025-03-01T00:00:00Z"); sorts chronologically. */
export type IsoTime = string;

/**
 * One of the partner's own balances (ListPartnerBalances `account_type`: "1" cash, "2" credit, "5" bonus,
 * "7" deposit, "8" allocatable; intl consumption quota: "consumption-quota").
 */
export interface PartnerBalance {
  accountType: string;
  amount: DecimalString;
  /** Earmarked (专款专用) part that cannot be allocated. */
  designatedAmount?: DecimalString;
  creditAmount?: DecimalString;
  currency: Currency;
}

/** A voucher quota Huawei granted the partner (ListQuotaCoupons). Status: 0 normal, 3 expired, 4 adjusting, 5 frozen. */
export interface VoucherQuota {
  quotaId: string;
  /** 0 voucher quota, 1 cash-coupon quota. */
  quotaType: number;
  status: number;
  value: DecimalString;
  /** What is left to issue. */
  balance: DecimalString;
  currency: Currency;
  effectiveTime?: IsoTime;
  expireTime?: IsoTime;
}

/** A voucher issued to a customer (ListIssuedPartnerCoupons). Status: 1 inactive, 2 usable, 3 used, 4 expired, 5 reclaimed. */
export interface Voucher {
  couponId: string;
  customerId: string;
  status: number;
  /** 1 voucher, 4 cash coupon. */
  couponType: number;
  faceValue: DecimalString;
  balance: DecimalString;
  effectiveTime?: IsoTime;
  expireTime?: IsoTime;
  frozen?: boolean;
}

/** A customer resource with an expiry (yearly/monthly subscription or pay-per-use). */
export interface ExpiringResource {
  resourceId: string;
  customerId: string;
  name: string;
  billing: 'subscription' | 'on-demand';
  serviceTypeCode: string;
  regionCode?: string;
  status: number;
  expireTime: IsoTime;
  /** 0 grace, 1 to pay-per-use, 2 delete, 3 auto-renew, 4 freeze, 5 delete from retention. */
  expirePolicy?: number;
}

/** An order worth watching (pending payment, renewals…) from ListCustomerOrders. */
export interface OrderSummary {
  orderId: string;
  customerId: string;
  /** 1 pending review, 3 processing, 4 cancelled, 5 completed, 6 pending payment, 9 pending confirmation. */
  status: number;
  orderType: number;
  serviceTypeCode?: string;
  amount?: DecimalString;
  currency?: Currency;
  createTime: IsoTime;
  paymentDeadline?: IsoTime;
}
