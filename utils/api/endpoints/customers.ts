/** Customers: ListSubCustomers (CN + intl, same path) and ListSubCustomerNewTag. bss-api.md §4.1. */
import * as v from 'valibot';
import type { AssociationType, Customer, CustomerLevel } from '@/utils/domain';
import type { BssClient, Operation } from '../client';
import { Count, checkPage, Int, invalidInput, OptStr, opt, type Page, type PageParams } from './common';

const CustomerInfo = v.object({
  customer_id: v.pipe(v.string(), v.minLength(1)),
  account_name: OptStr,
  customer: OptStr,
  associated_on: OptStr,
  association_type: v.picklist(['1', '2']),
  label: OptStr,
  telephone: OptStr,
  email: OptStr,
  verified_status: opt(Int),
  customer_type: opt(Int),
  is_frozen: opt(v.picklist([0, 1, 2])),
  customer_level: OptStr,
});

const LEVELS: readonly string[] = ['V0', 'V1', 'V2', 'V3', 'V4', 'V5'];

function toCustomer(c: v.InferOutput<typeof CustomerInfo>): Customer {
  const customer: Customer = {
    customerId: c.customer_id,
    accountName: c.account_name ?? '',
    name: c.customer ?? '',
    associationType: c.association_type satisfies AssociationType,
    frozen: c.is_frozen ?? 0,
  };
  if (c.associated_on) customer.associatedOn = c.associated_on;
  if (c.label) customer.label = c.label;
  // Unknown future levels are dropped rather than rejected: the level is decoration, not logic.
  if (c.customer_level && LEVELS.includes(c.customer_level)) customer.level = c.customer_level as CustomerLevel;
  if (c.email) customer.email = c.email;
  if (c.telephone) customer.telephone = c.telephone;
  if (c.customer_type != null) customer.customerType = c.customer_type;
  if (c.verified_status != null) customer.verifiedStatus = c.verified_status;
  return customer;
}

export const ListSubCustomers: Operation<Page<Customer>> = {
  name: 'ListSubCustomers',
  method: 'POST',
  path: '/v2/partners/sub-customers/query',
  idempotent: true,
  response: v.pipe(
    v.object({ count: Count, customer_infos: v.array(CustomerInfo) }),
    v.transform((r) => ({ total: r.count, items: r.customer_infos.map(toCustomer) })),
  ),
};

export interface ListSubCustomersParams extends PageParams {
  accountName?: string;
  /** Real-name (fuzzy). */
  customer?: string;
  customerId?: string;
  label?: string;
  associationType?: AssociationType;
  associatedOnBegin?: string;
  associatedOnEnd?: string;
  indirectPartnerId?: string;
}

export async function listSubCustomers(
  client: BssClient,
  params: ListSubCustomersParams = {},
  signal?: AbortSignal,
): Promise<Page<Customer>> {
  checkPage(ListSubCustomers.name, params, 100);
  const body = {
    account_name: params.accountName,
    customer: params.customer,
    customer_id: params.customerId,
    label: params.label,
    association_type: params.associationType,
    associated_on_begin: params.associatedOnBegin,
    associated_on_end: params.associatedOnEnd,
    offset: params.offset,
    limit: params.limit,
    indirect_partner_id: params.indirectPartnerId,
  };
  return client.call(ListSubCustomers, { body, signal });
}

export type NewCustomerTagValue = 'Y' | 'N' | 'UNDETERMINED';

export interface NewCustomerTag {
  customerId: string;
  tagType: string;
  isNew: NewCustomerTagValue;
  effectiveTime?: string;
  expireTime?: string;
}

const NewTag = v.object({
  customer_id: v.string(),
  customer_tag_type: OptStr,
  new_customer_tag: v.picklist(['Y', 'N', 'UNDETERMINED']),
  effective_time: OptStr,
  expire_time: OptStr,
});

export const ListSubCustomerNewTag: Operation<NewCustomerTag[]> = {
  name: 'ListSubCustomerNewTag',
  method: 'POST',
  path: '/v2/partners/sub-customers/new-customers-tags/batch-query',
  idempotent: true,
  response: v.pipe(
    v.object({ new_customer_tags: v.array(NewTag) }),
    v.transform((r) =>
      r.new_customer_tags.map((t) => ({
        customerId: t.customer_id,
        tagType: t.customer_tag_type ?? '',
        isNew: t.new_customer_tag,
        ...(t.effective_time ? { effectiveTime: t.effective_time } : {}),
        ...(t.expire_time ? { expireTime: t.expire_time } : {}),
      })),
    ),
  ),
};

/** The "new customer" (SMB) tag of up to 100 customers. */
export async function listSubCustomerNewTags(
  client: BssClient,
  customerIds: readonly string[],
  signal?: AbortSignal,
): Promise<NewCustomerTag[]> {
  if (customerIds.length === 0 || customerIds.length > 100) {
    throw invalidInput(ListSubCustomerNewTag.name, 'between 1 and 100 customer ids');
  }
  return client.call(ListSubCustomerNewTag, {
    body: { customer_ids: customerIds, offset: 0, limit: customerIds.length },
    signal,
  });
}
