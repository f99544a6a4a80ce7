/** Customer resources: yearly/monthly (path sic "suscriptions") and pay-per-use. */
import { errors } from '../errors';
import { onDemandResourcesOf, periodResourcesOf } from '../generate/resources';
import { paginate } from '../params';
import { BOTH, customerOf, type Route } from '../route';

export const resourceRoutes: Route[] = [
  {
    operation: 'ListPayPerUseCustomerResources',
    method: 'POST',
    path: '/v2/orders/suscriptions/resources/query',
    kind: 'bss',
    sites: BOTH,
    handle(ctx) {
      const p = ctx.params;
      // Required when a partner asks about a sub-customer, which is the only way the sandbox is called.
      const customer = customerOf(ctx, p.reqStr('customer_id', 64));
      const ids = p.strings('resource_ids', { max: 50 });
      const orderId = p.str('order_id');
      const onlyMain = p.int('only_main_resource', { min: 0, max: 1, def: 0 });
      const statuses = p.has('status_list') ? p.strings('status_list', { max: 10 }) : undefined;
      const statusNums = statuses?.map(Number);
      const expireBegin = p.str('expire_time_begin');
      const expireEnd = p.str('expire_time_end');
      const serviceType = p.str('service_type_code', { allowEmpty: false });
      const page = p.page(100); // legacy API allowed 500; the current maximum is not confirmed: 100 assumed
      const all = periodResourcesOf(ctx.data, ctx.dataset.seed, ctx.dataset.now, customer);
      const hits = all.filter(
        (r) =>
          (!ids || ids.includes(r.resourceId) || (onlyMain === 0 && ids.includes(r.parentResourceId))) &&
          (onlyMain === 0 || r.isMainResource === 1) &&
          (!orderId || r.orderId === orderId) &&
          (!statusNums || statusNums.includes(r.status)) &&
          (!expireBegin || r.expireTime >= expireBegin) &&
          (!expireEnd || r.expireTime <= expireEnd) &&
          (!serviceType || r.serviceTypeCode === serviceType),
      );
      return {
        body: {
          total_count: hits.length,
          data: paginate(hits, page).map((r) => ({
            id: r.id,
            resource_id: r.resourceId,
            resource_name: r.resourceName,
            region_code: r.regionCode,
            service_type_code: r.serviceTypeCode,
            service_type_name: r.serviceTypeName,
            resource_type_code: r.resourceTypeCode,
            resource_type_name: r.resourceTypeName,
            resource_spec_code: r.resourceSpecCode,
            project_id: '',
            product_id: r.productId,
            parent_resource_id: r.parentResourceId,
            is_main_resource: r.isMainResource,
            status: r.status,
            effective_time: r.effectiveTime,
            expire_time: r.expireTime,
            expire_policy: r.expirePolicy,
            product_spec_desc: r.resourceSpecCode,
            update_time: r.effectiveTime,
            enterprise_project: { id: '0', name: 'default' },
          })),
        },
      };
    },
  },
  {
    operation: 'ListCustomerOnDemandResources',
    method: 'POST',
    path: '/v2/partners/sub-customers/on-demand-resources/query',
    kind: 'bss',
    sites: BOTH,
    handle(ctx) {
      const p = ctx.params;
      const customerId = p.reqStr('customer_id', 64);
      p.noIndirectPartner();
      const customer = customerOf(ctx, customerId);
      // Reseller customers only; referral ones: "no permission on this customer".
      if (customer.associationType !== '2') throw errors.noPermission(customerId);
      const region = p.str('region_code');
      const serviceType = p.str('service_type_code');
      const ids = p.strings('resource_ids', { max: 50 });
      const status = p.int('status', { min: 1, max: 6 });
      const page = p.page(100); // maximum not confirmed: 100 assumed
      const hits = onDemandResourcesOf(ctx.data, ctx.dataset.seed, ctx.dataset.now, customer).filter(
        (r) =>
          (!region || r.regionCode === region) &&
          (!serviceType || r.serviceTypeCode === serviceType) &&
          (!ids || ids.includes(r.resourceId)) &&
          (status === undefined || r.status === status),
      );
      return {
        body: {
          total_count: hits.length,
          resources: paginate(hits, page).map((r) => ({
            customer_id: customerId,
            region_code: r.regionCode,
            availability_zone_code: `${r.regionCode}a`,
            service_type_code: r.serviceTypeCode,
            service_type_name: r.serviceTypeName,
            resource_type_code: r.resourceTypeCode,
            resource_type_name: r.resourceTypeName,
            resource_id: r.resourceId,
            resource_name: r.resourceName,
            effective_time: r.effectiveTime,
            expire_time: '',
            status: r.status,
            resource_spec_code: r.resourceSpecCode,
            resource_info: JSON.stringify({ specSize: r.specSize }),
            product_spec_desc: r.resourceSpecCode,
          })),
        },
      };
    },
  },
];
