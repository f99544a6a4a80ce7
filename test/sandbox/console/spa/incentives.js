// 激励管理 and 激励明细: the details table carries every column the INC rules read, plus a running total.
import { el, getJson, L, money } from './ui.js';

const REMARKS = {
  'not-covered': ['不在激励政策范围', 'Not covered by the incentive policy'],
  'contract-zero': ['合同约定零激励', 'Contract sets zero incentive'],
  'stored-value-card': ['购买储值卡', 'Stored-value card purchase'],
  transferred: ['业绩已转移', 'Performance transferred'],
  'partner-ineligible': ['伙伴认证过期', 'Partner certification expired'],
  'threshold-not-met': ['未达门槛', 'Threshold not met'],
  frozen: ['已冻结', 'Frozen'],
  'price-adjusted': ['已改价', 'Price adjusted'],
  'koo-select-no-id': ['严选未填伙伴ID', 'KooGallery Select, no partner ID'],
  refund: ['退订', 'Unsubscribed'],
};

export function renderIncentiveManagement(mount) {
  mount(
    el(
      'div',
      { class: 'page incentive-management' },
      el('h2', { class: 'page-title' }, L('激励管理', 'Incentive Management')),
      el('a', { href: '#/obmgr/incentive/details' }, L('激励明细', 'Incentive Details')),
    ),
  );
}

export async function renderIncentiveDetails(mount) {
  const { rows } = await getJson('/obmgr/__data/incentive-details');
  const cols = [
    [L('对账期次', 'Reconciliation Period'), (r) => r.period],
    [L('消费月份', 'Consumption Month'), (r) => r.consumptionMonth],
    [L('客户ID', 'Customer ID'), (r) => r.customerId],
    [L('客户账号', 'Customer Account'), (r) => r.accountName],
    [L('订单号', 'Order ID'), (r) => r.orderId],
    [L('区域', 'Region'), (r) => r.region],
    [
      L('激励类型', 'Incentive Type'),
      (r) => (r.programme === 'quarterly' ? L('季度', 'Quarterly') : L('月度', 'Monthly')),
    ],
    [
      L('发放方式', 'Payout Method'),
      (r) => (r.payout === 'voucher-quota' ? L('代金券额度', 'Voucher quota') : L('返还至账户', 'Return to account')),
    ],
    [L('目录价', 'List Price'), (r) => money(r.listPrice)],
    [L('折扣率', 'Discount'), (r) => (r.discountPercent === null ? '--' : `${r.discountPercent}%`)],
    [L('消费金额', 'Consumption'), (r) => money(r.consumption)],
    [L('代金券抵扣', 'Paid by Coupons'), (r) => money(r.couponPaid)],
    [L('激励比例', 'Incentive Rate'), (r) => `${r.ratePercent}%`],
    [L('激励金额', 'Incentive Amount'), (r) => money(r.incentive)],
    [L('备注', 'Remarks'), (r) => r.remarks.map((k) => L(...REMARKS[k])).join(L('；', '; ')) || '--'],
  ];
  const cents = (s) => Math.round(Number(s) * 100);
  const total = (key) => (rows.reduce((sum, r) => sum + cents(r[key]), 0) / 100).toFixed(2);
  mount(
    el(
      'div',
      { class: 'page incentive-details' },
      el('h2', { class: 'page-title' }, L('激励明细', 'Incentive Details')),
      el(
        'div',
        { class: 'running-total' },
        el('span', { class: 'total-label' }, L('合计', 'Total')),
        el('span', { class: 'total-consumption' }, `${L('消费金额', 'Consumption')}: ${money(total('consumption'))}`),
        el('span', { class: 'total-incentive' }, `${L('激励金额', 'Incentive Amount')}: ${money(total('incentive'))}`),
      ),
      el(
        'tp-table',
        { class: 'incentive-table' },
        el('tp-thead', {}, el('tp-tr', {}, ...cols.map(([t]) => el('tp-th', {}, t)))),
        el('tp-tbody', {}, ...rows.map((r) => el('tp-tr', {}, ...cols.map(([, f]) => el('tp-td', {}, f(r)))))),
      ),
    ),
  );
}
