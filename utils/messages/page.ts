/**
 * Messages from Partner Center / console content scripts: read-only questions about customers, page figures
 * for page-only mode, and "open an extension page". Nothing here moves money or carries a secret.
 */
import * as v from 'valibot';
import type {
  AssociationType,
  CustomerLevel,
  CustomerStatus,
  DataSource,
  FrozenState,
  MoneyState,
  Site,
} from '../domain';

const site = v.picklist(['cn', 'intl']);
const customerId = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));
/** A decimal as the page showed it, already normalised ("-12.3"). */
const decimal = v.pipe(v.string(), v.maxLength(24), v.regex(/^-?\d{1,15}(\.\d{1,8})?$/));

export const MAX_IDS = 500;

export const PAGE_ACTIONS = [
  'allocate',
  'set-budget',
  'issue-voucher',
  'unfreeze',
  'request-authorization',
  'options',
] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

export const requests = {
  /** Cached state of customers seen on the page (API data, else earlier page figures). */
  'page.customerStates': v.strictObject({
    site,
    customerIds: v.pipe(v.array(customerId), v.maxLength(MAX_IDS)),
  }),
  /** Page-only mode: the figures a page showed; stored with source 'page', never over fresher 'api' data. */
  'page.reportFigures': v.strictObject({
    site,
    rows: v.pipe(
      v.array(
        v.strictObject({
          customerId,
          associationType: v.optional(v.picklist(['1', '2'])),
          frozen: v.optional(v.picklist([0, 1, 2])),
          level: v.optional(v.picklist(['V0', 'V1', 'V2', 'V3', 'V4', 'V5'])),
          /** China available balance. */
          balance: v.optional(decimal),
          /** Intl budget and used amount. */
          budget: v.optional(decimal),
          used: v.optional(decimal),
        }),
      ),
      v.maxLength(MAX_IDS),
    ),
  }),
  /** Opens an extension page for a fix; the money-moving form and its confirmation live there, not in the page. */
  'page.openAction': v.strictObject({
    site,
    action: v.picklist(PAGE_ACTIONS),
    customerId: v.optional(customerId),
  }),
} as const;

export type ReportedFigures = v.InferOutput<(typeof requests)['page.reportFigures']>['rows'][number];

export interface CustomerStateView {
  status: CustomerStatus;
  associationType?: AssociationType;
  frozen?: FrozenState;
  level?: CustomerLevel;
  /** Display name for hover cards; API data only (page cells may be masked). */
  accountName?: string;
  /** Decimal strings + currency; null when the partner cannot see this customer's money. */
  money: MoneyState | null;
  fetchedAt: number;
  source: DataSource;
}

export interface CustomerStates {
  states: Record<string, CustomerStateView>;
  /** When the partner's own data (customer list) was last fetched from the API; null in page-only mode. */
  partnerFetchedAt: number | null;
}

export interface Responses {
  'page.customerStates': CustomerStates;
  'page.reportFigures': { stored: number };
  'page.openAction': { opened: boolean };
}

/** All of them: read-only or page-sourced, secret-free. */
export const contentScriptTypes = ['page.customerStates', 'page.reportFigures', 'page.openAction'] as const;

export type { Site };
