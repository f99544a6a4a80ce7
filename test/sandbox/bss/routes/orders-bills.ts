/** Orders (both sites), monthly bill sums and incentive policies (China). */
import { errors } from '../errors';
import { monthlyBillsOf } from '../generate/resources';
import { fenToNumber } from '../money';
import { cycleParam, paginate } from '../params';
import { BOTH, CN, type Route } from '../route';

export const orderBillRoutes: Route[] = [
  {
    operation: 'ListCustomerOrders',
    method: 'GET',
    path: '/v2/orders/customer-orders',
    kind: 'bss',
    sites: BOTH,
    handle({ params: p, data }) {
      p.noIndirectPartner();
      const orderId = p.str('order_id');
      const customerId = p.str('customer_id');
      const serviceType = p.str('service_type_code');
      const status = p.int('status', { min: 1, max: 9 });
      const orderType = p.int('order_type', { min: 1, max: 15 });
      const createBegin = p.str('create_time_begin');
      const createEnd = p.str('create_time_end');
      const orderBy = p.oneOf('order_by', ['createTime', '-createTime'] as const);
      const page = p.page(100);
      let hits = data.orders.filter(
        (o) =>
          (!orderId || o.orderId === orderId) &&
          (!customerId || o.customerId === customerId) &&
          (!serviceType || o.serviceTypeCode === serviceType) &&
          (status === undefined || o.status === status) &&
          (orderType === undefined || o.orderType === orderType) &&
          (!createBegin || o.createTime >= createBegin) &&
          (!createEnd || o.createTime <= createEnd),
      );
      if (orderBy === 'createTime') hits = [...hits].reverse();
      return {
        body: {
          total_count: hits.length,
          order_infos: paginate(hits, page).map((o) => ({
            order_id: o.orderId,
            customer_id: o.customerId,
            service_type_code: o.serviceTypeCode,
            service_type_name: o.serviceTypeName,
            source_type: o.sourceType,
            status: o.status,
            order_type: o.orderType,
            amount_after_discount: fenToNumber(o.afterDiscountFen),
            official_amount: fenToNumber(o.officialFen),
            measure_id: 1,
            create_time: o.createTime,
            payment_time: o.paymentTime,
            currency: data.currency,
            contract_id: '',
            amount_info: {
              discounts: [{ discount_type: '3', discount_amount: fenToNumber(o.officialFen - o.afterDiscountFen) }],
              flexipurchase_coupon_amount: 0,
              coupon_amount: 0,
              stored_card_amount: 0,
              commission_amount: 0,
              consumed_amount: 0,
            },
          })),
        },
      };
    },
  },
  {
    operation: 'ListSubcustomerMonthlyBills',
    method: 'GET',
    path: '/v2/bills/partner-bills/subcustomer-bills/monthly-sum',
    kind: 'bss',
    sites: CN,
    handle({ params: p, data, dataset }) {
      const cycle = cycleParam(p, 'cycle');
      const chargeMode = p.oneOf('charge_mode', ['1', '3', '11'] as const, true) ?? '1';
      const customerId = p.str('customer_id');
      const serviceType = p.str('cloud_service_type');
      const billType = p.oneOf('bill_type', ['0', '1', '2'] as const);
      p.noIndirectPartner();
      const page = p.page(100);
      if (customerId && !data.byId.has(customerId)) throw errors.notAssociated(customerId);
      const hits = monthlyBillsOf(data, dataset.seed, cycle, chargeMode).filter(
        (b) =>
          (!customerId || b.customerId === customerId) &&
          (!serviceType || b.cloudServiceType === serviceType) &&
          (!billType || b.billType === billType),
      );
      return {
        body: {
          count: hits.length,
          currency: data.currency,
          bill_sums: paginate(hits, page).map((b) => ({
            customer_id: b.customerId,
            cloud_service_type: b.cloudServiceType,
            cloud_service_type_name: b.cloudServiceTypeName,
            resource_type_code: b.resourceTypeCode,
            resource_type_name: b.resourceTypeName,
            bill_type: b.billType,
            charge_mode: b.chargeMode,
            amount: fenToNumber(b.amountFen),
            debt_amount: fenToNumber(b.debtFen),
            adjustment_amount: 0,
            discount_amount: fenToNumber(b.discountFen),
            measure_id: 1,
            account_details: [
              { balance_type: 'BALANCE_TYPE_DEBIT', amount: fenToNumber(b.amountFen), bill_type: b.billType },
            ],
          })),
        },
      };
    },
  },
  {
    operation: 'ListIncentiveDiscountPolicies',
    method: 'GET',
    path: '/v2/products/incentive-discount-policies',
    kind: 'bss',
    sites: CN,
    handle({ params: p, data }) {
      cycleParam(p, 'time');
      const serviceType = p.str('service_type_code');
      const page = p.page(100); // maximum not confirmed: 100 assumed
      const hits = data.policies.filter((x) => !serviceType || x.serviceTypeCode === serviceType);
      return {
        body: {
          total_count: hits.length,
          policies: paginate(hits, page).map((x) => ({
            service_type_code: x.serviceTypeCode,
            service_type_name: x.serviceTypeName,
            incentive_policy: x.incentivePolicy,
            allow_discount: x.allowDiscount,
          })),
        },
      };
    },
  },
];
