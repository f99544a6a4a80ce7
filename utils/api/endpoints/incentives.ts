/** ListIncentiveDiscountPolicies: per product, whether it earns incentives / allows discounts. bss-api.md §4.10. */
import * as v from 'valibot';
import type { BssClient, Operation } from '../client';
import { Count, checkPage, invalidInput, OptStr, type Page, type PageParams } from './common';

export interface IncentivePolicy {
  serviceTypeCode: string;
  serviceTypeName: string;
  /** "0" non-specific product, "1" specific product, "2" no credit & no rebate, "13" credit but no rebate. */
  incentivePolicy: string;
  /** Whether partner-granted discounts may apply. */
  allowDiscount: boolean;
}

const Policy = v.object({
  service_type_code: v.string(),
  service_type_name: OptStr,
  incentive_policy: v.string(),
  allow_discount: v.picklist(['YES', 'NO']),
});

export const ListIncentiveDiscountPolicies: Operation<Page<IncentivePolicy>> = {
  name: 'ListIncentiveDiscountPolicies',
  method: 'GET',
  path: '/v2/products/incentive-discount-policies',
  idempotent: true,
  response: v.pipe(
    v.object({ total_count: Count, policies: v.array(Policy) }),
    v.transform((r) => ({
      total: r.total_count,
      items: r.policies.map((p) => ({
        serviceTypeCode: p.service_type_code,
        serviceTypeName: p.service_type_name ?? '',
        incentivePolicy: p.incentive_policy,
        allowDiscount: p.allow_discount === 'YES',
      })),
    })),
  ),
};

export interface ListIncentivePoliciesParams extends PageParams {
  /** YYYY-MM (UTC+8): the policy as of the last second of that month. */
  time: string;
  serviceTypeCode?: string;
}

export async function listIncentiveDiscountPolicies(
  client: BssClient,
  params: ListIncentivePoliciesParams,
  signal?: AbortSignal,
): Promise<Page<IncentivePolicy>> {
  const op = ListIncentiveDiscountPolicies.name;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(params.time)) throw invalidInput(op, 'time must be YYYY-MM');
  checkPage(op, params, 100);
  return client.call(ListIncentiveDiscountPolicies, {
    query: {
      time: params.time,
      service_type_code: params.serviceTypeCode,
      offset: params.offset,
      limit: params.limit,
    },
    signal,
  });
}
