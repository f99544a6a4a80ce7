// 代金券管理 (issued coupons) and 客户订单 (customer orders): plain paged tables that mention customers.
import { date, el, getJson, L, money } from './ui.js';

function table(cls, cols, rows) {
  return el(
    'tp-table',
    { class: cls },
    el('tp-thead', {}, el('tp-tr', {}, ...cols.map(([t]) => el('tp-th', {}, t)))),
    el('tp-tbody', {}, ...rows.map((r) => el('tp-tr', {}, ...cols.map(([, f]) => el('tp-td', {}, f(r)))))),
  );
}

const COUPON_STATUS = {
  1: ['未激活', 'Inactive'],
  2: ['可使用', 'Usable'],
  3: ['已使用', 'Used'],
  4: ['已过期', 'Expired'],
  5: ['已回收', 'Reclaimed'],
};
const ORDER_STATUS = {
  1: ['待审核', 'Pending review'],
  3: ['处理中', 'Processing'],
  4: ['已取消', 'Cancelled'],
  5: ['已完成', 'Completed'],
  6: ['待支付', 'Pending payment'],
  9: ['待确认', 'Pending confirmation'],
};

export async function renderCoupons(mount) {
  const { rows } = await getJson('/obmgr/__data/coupons?offset=0&limit=50');
  const cols = [
    [L('代金券ID', 'Coupon ID'), (r) => r.couponId],
    [L('客户ID', 'Customer ID'), (r) => r.customerId],
    [L('客户账号', 'Customer Account'), (r) => r.accountName],
    [L('面额', 'Face Value'), (r) => money(r.faceValue)],
    [L('余额', 'Balance'), (r) => money(r.balance)],
    [L('状态', 'Status'), (r) => L(...COUPON_STATUS[r.status])],
    [L('失效时间', 'Expires'), (r) => date(r.expireTime)],
  ];
  mount(
    el(
      'div',
      { class: 'page coupons' },
      el('h2', { class: 'page-title' }, L('已发放代金券', 'Issued Coupons')),
      table('coupon-table', cols, rows),
    ),
  );
}

export async function renderOrders(mount) {
  const { rows } = await getJson('/obmgr/__data/orders?offset=0&limit=50');
  const cols = [
    [L('订单号', 'Order ID'), (r) => r.orderId],
    [L('客户ID', 'Customer ID'), (r) => r.customerId],
    [L('客户账号', 'Customer Account'), (r) => r.accountName],
    [L('产品', 'Product'), (r) => r.serviceTypeName],
    [L('金额', 'Amount'), (r) => money(r.amount)],
    [L('状态', 'Status'), (r) => L(...ORDER_STATUS[r.status])],
    [L('创建时间', 'Created'), (r) => date(r.createTime)],
  ];
  mount(
    el(
      'div',
      { class: 'page orders' },
      el('h2', { class: 'page-title' }, L('客户订单', 'Customer Orders')),
      table('order-table', cols, rows),
    ),
  );
}
