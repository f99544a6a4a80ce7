// Row and detail actions that exist on the real console: the More menu, and order on behalf (代客户下单).
import { boot, confirmDialog, el, L, withLocale } from './ui.js';

export const OOB_LABEL = L('代客户下单', "Place Order on Customers' Behalf");

/** The console's own confirmation; OK switches the session to the customer and opens the console. */
export async function orderOnBehalf(customer) {
  const ok = await confirmDialog(
    OOB_LABEL,
    [
      L(
        `您即将切换为客户“${customer.accountName}”的身份进行下单，操作将记录在客户账号下。`,
        `You are about to switch to customer "${customer.accountName}" to place orders. Operations are recorded under the customer's account.`,
      ),
      `${L('客户ID', 'Customer ID')}: ${customer.customerId}`,
    ],
    L('确定', 'OK'),
  );
  if (ok) location.href = withLocale(`/obmgr/__data/assume?customerId=${customer.customerId}`);
}

let openMenu = null;
document.addEventListener('click', (e) => {
  if (openMenu && !openMenu.contains(e.target)) closeMenu();
});
function closeMenu() {
  openMenu?.remove();
  openMenu = null;
}

/** "More" trigger whose menu is created on click and appended to <body>, as overlay libraries do. */
export function moreMenu(customer) {
  const items = [
    [L('申请客户授权', 'Request Authorization'), customer.associationType === '2', () => {}],
    [OOB_LABEL, customer.associationType === '2' && customer.authorized, () => orderOnBehalf(customer)],
    [L('代客运维', 'O&M on Behalf'), customer.associationType === '2' && customer.authorized, () => {}],
    [L('查看资源', 'View Resources'), true, () => {}],
    [L('查看订单', 'View Orders'), true, () => {}],
    [L('解除关联', 'Disassociate'), true, () => {}],
  ];
  const trigger = el('button', { class: 'tp-link more-trigger', type: 'button' }, L('更多', 'More'));
  trigger.addEventListener('click', (e) => {
    e.stopPropagation();
    closeMenu();
    const rect = trigger.getBoundingClientRect();
    const menu = el(
      'tp-dropdown-menu',
      {
        class: 'tp-dropdown-menu',
        role: 'menu',
        style: `left:${rect.left + scrollX}px;top:${rect.bottom + scrollY}px`,
      },
      ...items.map(([text, enabled, act]) =>
        el(
          'tp-dropdown-item',
          {
            class: 'tp-dropdown-item',
            role: 'menuitem',
            'aria-disabled': enabled ? 'false' : 'true',
            onclick: () => {
              if (!enabled) return;
              closeMenu();
              act();
            },
          },
          text,
        ),
      ),
    );
    document.body.append(menu);
    openMenu = menu;
  });
  return el('tp-dropdown', {}, trigger);
}

/** China: 拨款 / 回收; intl: Set Budget. They open a form the stand-in never submits. */
export function moneyActions(customer) {
  if (customer.associationType !== '2') return [];
  const form = (title) => () =>
    confirmDialog(title, [L('（沙箱：表单未实现）', '(sandbox: form not implemented)')], L('确定', 'OK'));
  if (boot.site === 'cn') {
    return [
      el('button', { class: 'tp-link', type: 'button', onclick: form(L('拨款', 'Allocate')) }, L('拨款', 'Allocate')),
      el('button', { class: 'tp-link', type: 'button', onclick: form(L('回收', 'Reclaim')) }, L('回收', 'Reclaim')),
    ];
  }
  return [
    el(
      'button',
      { class: 'tp-link', type: 'button', onclick: form(L('设置预算', 'Set Budget')) },
      L('设置预算', 'Set Budget'),
    ),
  ];
}
