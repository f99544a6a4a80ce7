/** ListSubCustomers (both sites) and ListSubCustomerNewTag (China). */
import { errors } from '../errors';
import { paginate } from '../params';
import { BOTH, CN, fuzzy, type Route } from '../route';
import type { SandboxCustomer } from '../types';

export function customerInfo(c: SandboxCustomer): Record<string, unknown> {
  return {
    customer_id: c.customerId,
    account_name: c.accountName,
    customer: c.name,
    associated_on: c.associatedOn,
    association_type: c.associationType,
    label: c.label,
    telephone: c.telephone,
    country_code: c.countryCode,
    email: c.email,
    verified_status: c.verifiedStatus,
    customer_type: c.customerType,
    is_frozen: c.frozen,
    account_managers: c.accountManager ? [{ account_name: c.accountManager }] : [],
    xaccount_id: c.xaccountId,
    xaccount_type: c.xaccountType,
    customer_level: c.level,
  };
}

export const customerRoutes: Route[] = [
  {
    operation: 'ListSubCustomers',
    method: 'POST',
    path: '/v2/partners/sub-customers/query',
    kind: 'bss',
    sites: BOTH,
    handle({ params: p, data }) {
      p.noIndirectPartner();
      const accountName = p.str('account_name', { max: 64 });
      if (accountName?.includes(' ')) throw errors.invalidParam('account_name must not contain spaces');
      const name = p.str('customer', { max: 64 });
      const customerId = p.str('customer_id', { max: 64 });
      const label = p.str('label', { max: 64 });
      const type = p.oneOf('association_type', ['1', '2'] as const);
      const begin = p.str('associated_on_begin', { allowEmpty: false });
      const end = p.str('associated_on_end', { allowEmpty: false });
      const page = p.page(100, 40_000_000);
      const hits = data.customers.filter(
        (c) =>
          (customerId === undefined || customerId === '' || c.customerId === customerId) &&
          (type === undefined || c.associationType === type) &&
          fuzzy(c.accountName, accountName) &&
          fuzzy(c.name, name) &&
          fuzzy(c.label, label) &&
          (begin === undefined || c.associatedOn >= begin) &&
          (end === undefined || c.associatedOn <= end),
      );
      return { body: { count: hits.length, customer_infos: paginate(hits, page).map(customerInfo) } };
    },
  },
  {
    operation: 'ListSubCustomerNewTag',
    method: 'POST',
    path: '/v2/partners/sub-customers/new-customers-tags/batch-query',
    kind: 'bss',
    sites: CN,
    handle({ params: p, data, now }) {
      const ids = p.strings('customer_ids', { min: 1, max: 100, required: true, itemMax: 64 }) ?? [];
      const page = p.page(100);
      const year = new Date(now).getUTCFullYear();
      // Non-customers are filtered out silently (SDK model comment).
      const tags = ids.flatMap((id) => {
        const c = data.byId.get(id);
        if (!c) return [];
        return [
          {
            customer_id: c.customerId,
            customer_tag_type: 'SMB',
            new_customer_tag: c.newCustomerTag,
            effective_time: `${year}-01`,
            expire_time: `${year}-12`,
          },
        ];
      });
      return { body: { new_customer_tags: paginate(tags, page) } };
    },
  },
];
