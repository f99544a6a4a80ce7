/** ListSubcustomerMonthlyBills: monthly consumption per reseller customer (China site). bss-api.md §4.11. */
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
  invalidInput,
  MoneySchema,
  OptMoney,
  OptStr,
  opt,
  type Page,
  type PageParams,
} from './common';

export interface MonthlyBillSum {
  customerId: string;
  cloudServiceType: string;
  cloudServiceTypeName: string;
  resourceTypeCode: string;
  resourceTypeName: string;
  /** "0" consumption, "1" unsubscribe refund, "2" Huawei write-off (amount negative for 1/2). */
  billType: string;
  chargeMode: string;
  amount: DecimalString;
  debtAmount: DecimalString;
  discountAmount: DecimalString;
  currency: Currency;
}

const BillSum = v.object({
  customer_id: v.string(),
  cloud_service_type: OptStr,
  cloud_service_type_name: OptStr,
  resource_type_code: OptStr,
  resource_type_name: OptStr,
  bill_type: opt(Code),
  charge_mode: opt(Code),
  amount: MoneySchema,
  debt_amount: OptMoney,
  adjustment_amount: OptMoney,
  discount_amount: OptMoney,
  measure_id: opt(Int),
  account_details: opt(v.array(v.object({ balance_type: v.string(), amount: MoneySchema, bill_type: opt(Code) }))),
});

export const ListSubcustomerMonthlyBills: Operation<Page<MonthlyBillSum>> = {
  name: 'ListSubcustomerMonthlyBills',
  method: 'GET',
  path: '/v2/bills/partner-bills/subcustomer-bills/monthly-sum',
  idempotent: true,
  response: v.pipe(
    v.object({ count: Count, currency: CurrencySchema, bill_sums: v.array(BillSum) }),
    v.transform((r) => ({
      total: r.count,
      items: r.bill_sums.map((b): MonthlyBillSum => {
        const unit = b.measure_id ?? undefined;
        return {
          customerId: b.customer_id,
          cloudServiceType: b.cloud_service_type ?? '',
          cloudServiceTypeName: b.cloud_service_type_name ?? '',
          resourceTypeCode: b.resource_type_code ?? '',
          resourceTypeName: b.resource_type_name ?? '',
          billType: b.bill_type ?? '0',
          chargeMode: b.charge_mode ?? '',
          amount: toMajorUnits(b.amount, unit),
          debtAmount: toMajorUnits(b.debt_amount ?? '0', unit),
          discountAmount: toMajorUnits(b.discount_amount ?? '0', unit),
          currency: currencyOf(r.currency, 'cn'),
        };
      }),
    })),
  ),
};

export interface ListMonthlyBillsParams extends PageParams {
  /** YYYY-MM. */
  cycle: string;
  /** "1" yearly/monthly, "3" pay-per-use, "11" savings plan. */
  chargeMode: '1' | '3' | '11';
  customerId?: string;
  cloudServiceType?: string;
  billType?: '0' | '1' | '2';
  indirectPartnerId?: string;
}

export async function listSubcustomerMonthlyBills(
  client: BssClient,
  params: ListMonthlyBillsParams,
  signal?: AbortSignal,
): Promise<Page<MonthlyBillSum>> {
  const op = ListSubcustomerMonthlyBills.name;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(params.cycle)) throw invalidInput(op, 'cycle must be YYYY-MM');
  checkPage(op, params, 100);
  return client.call(ListSubcustomerMonthlyBills, {
    query: {
      cycle: params.cycle,
      charge_mode: params.chargeMode,
      customer_id: params.customerId,
      cloud_service_type: params.cloudServiceType,
      bill_type: params.billType,
      offset: params.offset,
      limit: params.limit,
      indirect_partner_id: params.indirectPartnerId,
    },
    signal,
  });
}
