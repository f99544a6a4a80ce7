// Customer detail overview: header with freeze state, money card (CN balance / intl budget), orders card.
import { moneyActions, OOB_LABEL, orderOnBehalf } from './actions.js';
import { budgetUsage } from './customers.js';
import { assocLabel, boot, el, frozenLabel, getJson, L, money } from './ui.js';

function field(label, value) {
  return el(
    'tp-descriptions-item',
    { class: 'field' },
    el('span', { class: 'field-label' }, label),
    el('span', { class: 'field-value' }, value),
  );
}

export async function renderCustomerDetail(mount, customerId) {
  const c = await getJson(`/obmgr/__data/customer?id=${customerId}`);
  if (c.error) return mount(el('div', { class: 'empty' }, L('客户不存在', 'Customer not found')));
  const moneyCard =
    boot.site === 'cn'
      ? el(
          'tp-card',
          { class: 'card money-card' },
          el('h4', {}, L('可用额度', 'Available Balance')),
          el('div', { class: 'card-amount' }, money(c.balance)),
          el('div', {}, ...moneyActions(c)),
        )
      : el(
          'tp-card',
          { class: 'card money-card' },
          el('h4', {}, L('预算使用', 'Budget Usage')),
          el('div', { class: 'card-amount' }, budgetUsage(c.budget)),
          el('div', {}, ...moneyActions(c)),
        );
  const orderButton =
    c.associationType !== '2'
      ? null
      : c.authorized
        ? el('button', { class: 'tp-btn oob-button', type: 'button', onclick: () => orderOnBehalf(c) }, OOB_LABEL)
        : el('button', { class: 'tp-btn', type: 'button' }, L('申请客户授权', 'Request Authorization'));
  mount(
    el(
      'div',
      { class: 'page customer-detail' },
      el('h2', { class: 'page-title' }, c.name || c.accountName),
      el(
        'tp-descriptions',
        { class: 'detail-header' },
        field(L('客户ID', 'Customer ID'), c.customerId),
        field(L('账号名', 'Account Name'), c.accountName),
        field(L('关联类型', 'Association Type'), assocLabel(c.associationType)),
        field(L('客户等级', 'Customer Level'), c.level),
        field(L('账号状态', 'Account Status'), frozenLabel(c.frozen)),
        field(
          L('代客授权', 'Authorization'),
          c.associationType !== '2' ? '--' : c.authorized ? L('已授权', 'Authorized') : L('未授权', 'Not authorized'),
        ),
        c.budget
          ? field(
              L('预算类型', 'Budget Type'),
              c.budget.type === 'PACKAGE' ? L('一次性预算', 'One-time') : L('月度预算', 'Monthly'),
            )
          : null,
      ),
      el('tp-tabs', {}, el('span', { class: 'tab active' }, L('概览', 'Overview'))),
      moneyCard,
      el('tp-card', { class: 'card orders-card' }, el('h4', {}, L('订单', 'Orders')), orderButton),
    ),
  );
}
