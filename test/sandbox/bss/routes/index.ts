/** The route table and lookup; an API of the other site is "not published" here (404 APIGW.0101). */
import type { Route } from '../route';
import type { HostKind, Site } from '../types';
import { adjustRoutes } from './adjust';
import { balanceRoutes } from './balances';
import { couponRoutes } from './coupons';
import { customerRoutes } from './customers';
import { iamRoutes } from './iam';
import { intlRoutes } from './intl';
import { orderBillRoutes } from './orders-bills';
import { resourceRoutes } from './resources';

export const ROUTES: readonly Route[] = [
  ...customerRoutes,
  ...balanceRoutes,
  ...adjustRoutes,
  ...couponRoutes,
  ...resourceRoutes,
  ...orderBillRoutes,
  ...intlRoutes,
  ...iamRoutes,
];

/** Operations that can move money (recorded as such; the ones "apply then fail" faults are for). */
export const MONEY_OPERATIONS: readonly string[] = [
  'UpdateCustomerAccountAmount',
  'ReclaimToPartnerAccount',
  'CreatePartnerCoupons',
  'ReclaimPartnerCoupons',
  'UpdateSubCustomerBudget',
];

export function findRoute(kind: HostKind, site: Site, method: string, path: string): Route | undefined {
  // Exact match: a trailing slash belongs only in the canonical URI, never in the request path.
  return ROUTES.find((r) => r.kind === kind && r.method === method && r.path === path && r.sites.includes(site));
}
