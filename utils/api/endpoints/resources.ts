/**
 * A customer's resources: yearly/monthly (ListPayPerUseCustomerResources — despite the name; its path has
 * the typo "suscriptions") and pay-per-use (ListCustomerOnDemandResources). bss-api.md §4.5.
 */
import * as v from 'valibot';
import type { BssClient, Operation } from '../client';
import { Code, Count, checkPage, Int, invalidInput, OptStr, opt, type Page, type PageParams } from './common';

export interface PeriodResource {
  id: string;
  resourceId: string;
  resourceName: string;
  regionCode: string;
  serviceTypeCode: string;
  serviceTypeName: string;
  resourceTypeCode: string;
  resourceSpecCode: string;
  isMain: boolean;
  parentResourceId?: string;
  /** 2 in use, 3 closed, 4 frozen, 5 expired. */
  status: number;
  effectiveTime: string;
  expireTime: string;
  /** 0 grace period, 1 to pay-per-use, 2 delete, 3 auto-renew, 4 freeze, 5 delete from retention. */
  expirePolicy?: number;
  productSpecDesc?: string;
}

const PeriodItem = v.object({
  id: OptStr,
  resource_id: v.string(),
  resource_name: OptStr,
  region_code: OptStr,
  service_type_code: OptStr,
  service_type_name: OptStr,
  resource_type_code: OptStr,
  resource_spec_code: OptStr,
  parent_resource_id: OptStr,
  is_main_resource: opt(Int),
  status: Int,
  effective_time: OptStr,
  expire_time: OptStr,
  expire_policy: opt(Int),
  product_spec_desc: OptStr,
});

function toPeriodResource(r: v.InferOutput<typeof PeriodItem>): PeriodResource {
  const out: PeriodResource = {
    id: r.id ?? r.resource_id,
    resourceId: r.resource_id,
    resourceName: r.resource_name ?? '',
    regionCode: r.region_code ?? '',
    serviceTypeCode: r.service_type_code ?? '',
    serviceTypeName: r.service_type_name ?? '',
    resourceTypeCode: r.resource_type_code ?? '',
    resourceSpecCode: r.resource_spec_code ?? '',
    isMain: r.is_main_resource !== 0,
    status: r.status,
    effectiveTime: r.effective_time ?? '',
    expireTime: r.expire_time ?? '',
  };
  if (r.parent_resource_id) out.parentResourceId = r.parent_resource_id;
  if (r.expire_policy != null) out.expirePolicy = r.expire_policy;
  if (r.product_spec_desc) out.productSpecDesc = r.product_spec_desc;
  return out;
}

export const ListPayPerUseCustomerResources: Operation<Page<PeriodResource>> = {
  name: 'ListPayPerUseCustomerResources',
  method: 'POST',
  path: '/v2/orders/suscriptions/resources/query',
  idempotent: true,
  response: v.pipe(
    v.object({ total_count: Count, data: v.array(PeriodItem) }),
    v.transform((r) => ({ total: r.total_count, items: r.data.map(toPeriodResource) })),
  ),
};

export interface ListPeriodResourcesParams extends PageParams {
  customerId: string;
  resourceIds?: string[];
  orderId?: string;
  onlyMainResource?: 0 | 1;
  statusList?: number[];
  expireTimeBegin?: string;
  expireTimeEnd?: string;
  serviceTypeCode?: string;
}

export async function listPeriodResources(
  client: BssClient,
  params: ListPeriodResourcesParams,
  signal?: AbortSignal,
): Promise<Page<PeriodResource>> {
  const op = ListPayPerUseCustomerResources.name;
  if (!params.customerId) throw invalidInput(op, 'customer id is required');
  if (params.resourceIds && params.resourceIds.length > 50) throw invalidInput(op, 'at most 50 resource ids');
  checkPage(op, params, 100);
  const body = {
    customer_id: params.customerId,
    resource_ids: params.resourceIds,
    order_id: params.orderId,
    only_main_resource: params.onlyMainResource,
    status_list: params.statusList,
    expire_time_begin: params.expireTimeBegin,
    expire_time_end: params.expireTimeEnd,
    service_type_code: params.serviceTypeCode || undefined,
    offset: params.offset,
    limit: params.limit,
  };
  return client.call(ListPayPerUseCustomerResources, { body, signal });
}

export interface OnDemandResource {
  customerId: string;
  resourceId: string;
  resourceName: string;
  regionCode: string;
  serviceTypeCode: string;
  serviceTypeName: string;
  resourceTypeCode: string;
  resourceSpecCode: string;
  /** 1 normal, 2 grace, 3 frozen, 4 changing, 5 closing, 6 closed. */
  status: string;
  effectiveTime: string;
  expireTime?: string;
  /** Raw JSON string from the API (e.g. {"specSize":40.0}); parse where needed. */
  resourceInfo?: string;
  productSpecDesc?: string;
}

const OnDemandItem = v.object({
  customer_id: OptStr,
  region_code: OptStr,
  availability_zone_code: OptStr,
  service_type_code: OptStr,
  service_type_name: OptStr,
  resource_type_code: OptStr,
  resource_id: v.string(),
  resource_name: OptStr,
  effective_time: OptStr,
  expire_time: OptStr,
  status: Code,
  resource_spec_code: OptStr,
  resource_info: OptStr,
  product_spec_desc: OptStr,
});

export const ListCustomerOnDemandResources: Operation<Page<OnDemandResource>> = {
  name: 'ListCustomerOnDemandResources',
  method: 'POST',
  path: '/v2/partners/sub-customers/on-demand-resources/query',
  idempotent: true,
  response: v.pipe(
    v.object({ total_count: Count, resources: v.array(OnDemandItem) }),
    v.transform((r) => ({
      total: r.total_count,
      items: r.resources.map((x): OnDemandResource => {
        const out: OnDemandResource = {
          customerId: x.customer_id ?? '',
          resourceId: x.resource_id,
          resourceName: x.resource_name ?? '',
          regionCode: x.region_code ?? '',
          serviceTypeCode: x.service_type_code ?? '',
          serviceTypeName: x.service_type_name ?? '',
          resourceTypeCode: x.resource_type_code ?? '',
          resourceSpecCode: x.resource_spec_code ?? '',
          status: x.status,
          effectiveTime: x.effective_time ?? '',
        };
        if (x.expire_time) out.expireTime = x.expire_time;
        if (x.resource_info) out.resourceInfo = x.resource_info;
        if (x.product_spec_desc) out.productSpecDesc = x.product_spec_desc;
        return out;
      }),
    })),
  ),
};

export interface ListOnDemandResourcesParams extends PageParams {
  customerId: string;
  regionCode?: string;
  serviceTypeCode?: string;
  resourceIds?: string[];
  status?: number;
  language?: 'zh_CN' | 'en_US';
  indirectPartnerId?: string;
}

export async function listOnDemandResources(
  client: BssClient,
  params: ListOnDemandResourcesParams,
  signal?: AbortSignal,
): Promise<Page<OnDemandResource>> {
  const op = ListCustomerOnDemandResources.name;
  if (!params.customerId) throw invalidInput(op, 'customer id is required');
  checkPage(op, params, 100);
  const body = {
    customer_id: params.customerId,
    region_code: params.regionCode,
    service_type_code: params.serviceTypeCode,
    resource_ids: params.resourceIds,
    status: params.status,
    offset: params.offset,
    limit: params.limit,
    indirect_partner_id: params.indirectPartnerId,
  };
  const headers = params.language ? { 'X-Language': params.language } : undefined;
  return client.call(ListCustomerOnDemandResources, { body, headers, signal });
}
