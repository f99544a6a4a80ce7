/** Every endpoint function with a valid answer fixture: the base the fuzz and hostile-body tests mutate. */
import type { BssClient } from '@/utils/api/client';
import { allocateToCustomer, listPartnerAdjustRecords, reclaimFromCustomer } from '@/utils/api/endpoints/allocation';
import { listCustomersBalances, listPartnerBalances } from '@/utils/api/endpoints/balances';
import { listSubcustomerMonthlyBills } from '@/utils/api/endpoints/bills';
import {
  listSubCustomerBudgets,
  setCustomersFrozen,
  showPartnerConsumptionQuota,
  showSubCustomerBudget,
  updateSubCustomerBudget,
} from '@/utils/api/endpoints/budget';
import { listSubCustomerNewTags, listSubCustomers } from '@/utils/api/endpoints/customers';
import { showOwnDomain } from '@/utils/api/endpoints/iam';
import { listIncentiveDiscountPolicies } from '@/utils/api/endpoints/incentives';
import { listCustomerOrders } from '@/utils/api/endpoints/orders';
import { listOnDemandResources, listPeriodResources } from '@/utils/api/endpoints/resources';
import {
  issuePartnerCoupons,
  listIssuedPartnerCoupons,
  listQuotaCoupons,
  reclaimPartnerCoupon,
} from '@/utils/api/endpoints/vouchers';

const C1 = 'a'.repeat(32);
const T = '2025-01-01T00:00:00Z';

export interface EndpointCase {
  name: string;
  call: (client: BssClient) => Promise<unknown>;
  valid: unknown;
  /** The API may answer success with an empty body. */
  emptyOk?: boolean;
}

export const CASES: EndpointCase[] = [
  {
    name: 'listSubCustomers',
    call: (c) => listSubCustomers(c, { limit: 10 }),
    valid: {
      count: 1,
      customer_infos: [
        {
          customer_id: C1,
          account_name: 'acme',
          customer: '某公司',
          associated_on: T,
          association_type: '2',
          label: 'x',
          telephone: '1',
          email: 'e@x',
          verified_status: 2,
          customer_type: 1,
          is_frozen: 0,
          customer_level: 'V3',
        },
      ],
    },
  },
  {
    name: 'listSubCustomerNewTags',
    call: (c) => listSubCustomerNewTags(c, [C1]),
    valid: {
      new_customer_tags: [
        {
          customer_id: C1,
          customer_tag_type: 'SMB',
          new_customer_tag: 'Y',
          effective_time: '2025-01',
          expire_time: '2025-12',
        },
      ],
    },
  },
  {
    name: 'listCustomersBalances',
    call: (c) => listCustomersBalances(c, [C1]),
    valid: { customer_balances: [{ customer_id: C1, amount: 10.5, debt_amount: 0, currency: 'CNY', measure_id: 1 }] },
  },
  {
    name: 'listPartnerBalances',
    call: (c) => listPartnerBalances(c),
    valid: {
      account_balances: [
        {
          account_id: 'x',
          account_type: 8,
          amount: 100,
          currency: 'CNY',
          designated_amount: 10.1,
          credit_amount: 0,
          measure_id: 1,
          memo: 'm',
        },
      ],
    },
  },
  {
    name: 'allocateToCustomer',
    call: (c) => allocateToCustomer(c, { customerId: C1, amount: '1.5' }),
    valid: { transfer_id: 't1' },
  },
  {
    name: 'reclaimFromCustomer',
    call: (c) => reclaimFromCustomer(c, { customerId: C1, amount: '1.5' }),
    valid: { trans_id: 't1' },
  },
  {
    name: 'listPartnerAdjustRecords',
    call: (c) => listPartnerAdjustRecords(c, { customerId: C1 }),
    valid: {
      total_count: 1,
      records: [
        {
          customer_id: C1,
          customer_name: 'n',
          operation_type: 'SOURCE_OPERATION_BEADJUST',
          amount: '1.50',
          currency: 'CNY',
          apply_scene: 'A',
          operation_time: T,
          measure_id: 1,
          trans_id: 't',
          memo: '',
        },
      ],
    },
  },
  {
    name: 'listQuotaCoupons',
    call: (c) => listQuotaCoupons(c),
    valid: {
      total_count: 1,
      quotas: [
        {
          quota_id: 'q',
          quota_type: 0,
          quota_value: 1000,
          quota_status: 0,
          balance: 500.5,
          measure_id: 1,
          currency: 'CNY',
          create_time: T,
          last_update_time: T,
          effective_time: T,
          expire_time: T,
          limit_infos: [{ limit_key: 'k', limit_values: [{ value1: 'a', value2: 'b' }] }],
        },
      ],
    },
  },
  {
    name: 'issuePartnerCoupons',
    call: (c) => issuePartnerCoupons(c, { quotaId: 'q', customerIds: [C1, 'b'], faceValue: '10' }),
    valid: {
      coupon_infos: [{ id: C1, coupon_id: 'cp1' }],
      error_details: [{ id: 'b', error_code: 'CBC.99000012', error_msg: 'quota' }],
    },
  },
  {
    name: 'listIssuedPartnerCoupons',
    call: (c) => listIssuedPartnerCoupons(c),
    valid: {
      total_count: 1,
      user_coupons: [
        {
          coupon_id: 'cp',
          customer_id: C1,
          status: 2,
          coupon_type: 1,
          measure_id: 1,
          face_value: 10,
          balance: 5,
          effective_time: T,
          expire_time: T,
          create_time: T,
          is_frozen: '0',
        },
      ],
    },
  },
  {
    name: 'reclaimPartnerCoupon',
    call: (c) => reclaimPartnerCoupon(c, { couponId: 'cp' }),
    valid: {},
    emptyOk: true,
  },
  {
    name: 'listPeriodResources',
    call: (c) => listPeriodResources(c, { customerId: C1 }),
    valid: {
      total_count: 1,
      data: [
        {
          id: 'i',
          resource_id: 'r',
          resource_name: 'n',
          region_code: 'cn-north-4',
          service_type_code: 's',
          service_type_name: 'S',
          resource_type_code: 't',
          resource_spec_code: 'sp',
          parent_resource_id: 'p',
          is_main_resource: 1,
          status: 2,
          effective_time: T,
          expire_time: T,
          expire_policy: 3,
          product_spec_desc: 'd',
        },
      ],
    },
  },
  {
    name: 'listOnDemandResources',
    call: (c) => listOnDemandResources(c, { customerId: C1 }),
    valid: {
      total_count: 1,
      resources: [
        {
          customer_id: C1,
          region_code: 'r',
          availability_zone_code: 'az',
          service_type_code: 's',
          service_type_name: 'S',
          resource_type_code: 't',
          resource_id: 'id',
          resource_name: 'n',
          effective_time: T,
          expire_time: T,
          status: 1,
          resource_spec_code: 'sp',
          resource_info: '{"specSize":40.0}',
          product_spec_desc: 'd',
        },
      ],
    },
  },
  {
    name: 'listCustomerOrders',
    call: (c) => listCustomerOrders(c),
    valid: {
      total_count: 1,
      order_infos: [
        {
          order_id: 'o',
          customer_id: C1,
          service_type_code: 's',
          service_type_name: 'S',
          source_type: 1,
          status: 6,
          order_type: 1,
          amount_after_discount: 9.9,
          official_amount: 11,
          measure_id: 1,
          create_time: T,
          payment_time: T,
          currency: 'CNY',
          agent_pay_info: { paying_agent_id: 'p', is_agent_pay: true },
        },
      ],
    },
  },
  {
    name: 'listSubcustomerMonthlyBills',
    call: (c) => listSubcustomerMonthlyBills(c, { cycle: '2025-01', chargeMode: '1' }),
    valid: {
      count: 1,
      currency: 'CNY',
      bill_sums: [
        {
          customer_id: C1,
          cloud_service_type: 's',
          cloud_service_type_name: 'S',
          resource_type_code: 'r',
          resource_type_name: 'R',
          bill_type: '0',
          charge_mode: '1',
          amount: 12.34,
          debt_amount: 0,
          adjustment_amount: 0,
          discount_amount: 1,
          measure_id: 1,
          account_details: [{ balance_type: 'BALANCE_TYPE_DEBIT', amount: 12.34, bill_type: 0 }],
        },
      ],
    },
  },
  {
    name: 'listIncentiveDiscountPolicies',
    call: (c) => listIncentiveDiscountPolicies(c, { time: '2025-01' }),
    valid: {
      total_count: 1,
      policies: [{ service_type_code: 's', service_type_name: 'S', incentive_policy: '1', allow_discount: 'YES' }],
    },
  },
  {
    name: 'showSubCustomerBudget',
    call: (c) => showSubCustomerBudget(c, C1),
    valid: { budget_amount: 100, used_amount: 10.25, measure_id: 1, currency: 'USD', budget_type: 'MONTHLY' },
  },
  {
    name: 'listSubCustomerBudgets',
    call: (c) => listSubCustomerBudgets(c, [C1]),
    valid: {
      measure_id: 1,
      currency: 'USD',
      budget_infos: [{ customer_id: C1, budget_amount: 100, used_amount: 1, budget_type: 'PACKAGE' }],
    },
  },
  {
    name: 'updateSubCustomerBudget',
    call: (c) => updateSubCustomerBudget(c, { customerId: C1, budgetAmount: '100' }),
    valid: {},
    emptyOk: true,
  },
  {
    name: 'setCustomersFrozen',
    call: (c) => setCustomersFrozen(c, { customerIds: [C1], frozen: true, reason: 'over budget' }),
    valid: { error_details: [{ customer_id: C1, error_code: 'CBC.0101', error_msg: 'x' }] },
    emptyOk: true,
  },
  {
    name: 'showPartnerConsumptionQuota',
    call: (c) => showPartnerConsumptionQuota(c),
    valid: {
      consumption_quota: '1000.00',
      amount: '10',
      coupon_amount: '0',
      due_amount: '5',
      unbilled_amount: '6',
      used_consumption_quota: '1',
      measure_id: 1,
      currency: 'USD',
    },
  },
  {
    name: 'showOwnDomain',
    call: (c) => showOwnDomain(c),
    valid: { domains: [{ id: C1, name: 'partner' }] },
  },
];
