/** ListCustomerOrders: with partner credentials, orders of all the partner's customers. bss-api.md §4.6. */
import * as v from 'valibot';
import type { Currency, DecimalString } from '@/utils/domain';
import type { BssClient, Operation } from '../client';
import { toMajorUnits } from '../money';
import {
  Code,
  Count,
  CurrencySchema,
  checkPage,
  currencyOf,
  Int,
  OptMoney,
  OptStr,
  opt,
  type Page,
  type PageParams,
} from './common';

export interface CustomerOrder {
  orderId: string;
  customerId: string;
  serviceTypeCode: string;
  serviceTypeName: string;
  /** 1 pending review, 3 processing, 4 cancelled, 5 completed, 6 pending payment, 9 pending confirmation. */
  status: string;
  /** 1 new, 2 renew, 3 change, 4 unsubscribe, 10/11 billing-mode switch, 13/14 trial, 15 fee adjustment. */
  orderType: string;
  /** Payable amount (excluding coupons/cards). */
  amountAfterDiscount?: DecimalString;
  officialAmount?: DecimalString;
  currency: Currency;
  createTime: string;
  paymentTime?: string;
  paidByAgent?: boolean;
}

const OrderInfo = v.object({
  order_id: v.string(),
  customer_id: v.string(),
  service_type_code: OptStr,
  service_type_name: OptStr,
  source_type: opt(Code),
  status: Code,
  order_type: Code,
  amount_after_discount: OptMoney,
  official_amount: OptMoney,
  measure_id: opt(Int),
  create_time: OptStr,
  payment_time: OptStr,
  currency: CurrencySchema,
  agent_pay_info: opt(v.object({ paying_agent_id: OptStr, is_agent_pay: opt(v.union([v.boolean(), Code])) })),
});

function toOrder(o: v.InferOutput<typeof OrderInfo>): CustomerOrder {
  const unit = o.measure_id ?? undefined;
  const order: CustomerOrder = {
    orderId: o.order_id,
    customerId: o.customer_id,
    serviceTypeCode: o.service_type_code ?? '',
    serviceTypeName: o.service_type_name ?? '',
    status: o.status,
    orderType: o.order_type,
    currency: currencyOf(o.currency, 'cn'),
    createTime: o.create_time ?? '',
  };
  if (o.amount_after_discount != null) order.amountAfterDiscount = toMajorUnits(o.amount_after_discount, unit);
  if (o.official_amount != null) order.officialAmount = toMajorUnits(o.official_amount, unit);
  if (o.payment_time) order.paymentTime = o.payment_time;
  const agent = o.agent_pay_info?.is_agent_pay;
  if (agent != null) order.paidByAgent = agent === true || agent === '1' || agent === 'true';
  return order;
}

export const ListCustomerOrders: Operation<Page<CustomerOrder>> = {
  name: 'ListCustomerOrders',
  method: 'GET',
  path: '/v2/orders/customer-orders',
  idempotent: true,
  response: v.pipe(
    v.object({ total_count: Count, order_infos: v.array(OrderInfo) }),
    v.transform((r) => ({ total: r.total_count, items: r.order_infos.map(toOrder) })),
  ),
};

export interface ListCustomerOrdersParams extends PageParams {
  orderId?: string;
  customerId?: string;
  createTimeBegin?: string;
  createTimeEnd?: string;
  paymentTimeBegin?: string;
  paymentTimeEnd?: string;
  serviceTypeCode?: string;
  status?: number;
  orderType?: string;
  orderBy?: 'createTime' | '-createTime';
  indirectPartnerId?: string;
}

export async function listCustomerOrders(
  client: BssClient,
  params: ListCustomerOrdersParams = {},
  signal?: AbortSignal,
): Promise<Page<CustomerOrder>> {
  checkPage(ListCustomerOrders.name, params, 100);
  return client.call(ListCustomerOrders, {
    query: {
      order_id: params.orderId,
      customer_id: params.customerId,
      create_time_begin: params.createTimeBegin,
      create_time_end: params.createTimeEnd,
      payment_time_begin: params.paymentTimeBegin,
      payment_time_end: params.paymentTimeEnd,
      service_type_code: params.serviceTypeCode,
      status: params.status,
      order_type: params.orderType,
      order_by: params.orderBy,
      offset: params.offset,
      limit: params.limit,
      indirect_partner_id: params.indirectPartnerId,
    },
    signal,
  });
}
