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
