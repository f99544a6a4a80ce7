/** What a route handler gets and returns; handlers are plain functions over the dataset. */

import { errors } from './errors';
import type { Params } from './params';
import type { Dataset, HostKind, LedgerEntry, LedgerKind, SandboxCustomer, Site, SiteDataset } from './types';

export interface NewLedgerEntry {
  kind: LedgerKind;
  customerId: string;
  amountFen: number;
  transferId: string;
  couponId?: string;
}

export interface RouteContext {
  site: Site;
  data: SiteDataset;
  dataset: Dataset;
  /** JSON body for POST routes, query for GET routes. */
  params: Params;
  query: Params;
  /** Server time (with clock offset), ms. */
  now: number;
  requestId: string;
  /** Appends to the money ledger and marks the request as having moved money. */
  ledger(entry: NewLedgerEntry): LedgerEntry;
  /** Runs `apply` holding the customer's lock after the configured apply delay; CBC.99007461 if already held. */
  withCustomerLock<T>(customerId: string, apply: () => T): Promise<T>;
  newTransferId(): string;
}

/** `body: undefined` sends an empty body (APIs documented as "empty body on success"). */
export interface RouteResult {
  status?: number;
  body?: unknown;
}

export interface Route {
  operation: string;
  method: 'GET' | 'POST';
  path: string;
  kind: HostKind;
  sites: readonly Site[];
  handle(ctx: RouteContext): RouteResult | Promise<RouteResult>;
}

export const BOTH: readonly Site[] = ['cn', 'intl'];
export const CN: readonly Site[] = ['cn'];
export const INTL: readonly Site[] = ['intl'];

/** The partner's customer, or CBC.99000035. */
export function customerOf(ctx: RouteContext, customerId: string): SandboxCustomer {
  const c = ctx.data.byId.get(customerId);
  if (!c) throw errors.notAssociated(customerId);
  return c;
}

/** A reseller (代售) customer for money operations; referral ones get CBC.5021. */
export function resellerForMoney(ctx: RouteContext, customerId: string): SandboxCustomer {
  const c = customerOf(ctx, customerId);
  if (c.associationType !== '2') throw errors.referral(customerId);
  return c;
}

/** Substring match used by the "fuzzy" filters. */
export function fuzzy(value: string, filter: string | undefined): boolean {
  return filter === undefined || filter === '' || value.includes(filter);
}
