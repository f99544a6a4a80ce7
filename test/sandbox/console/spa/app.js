// The Partner Center stand-in: a hash-routed SPA that renders each page a moment after the route changes.

import { renderCustomerList } from './customers.js';
import { renderCustomerDetail } from './detail.js';
import { renderIncentiveDetails, renderIncentiveManagement } from './incentives.js';
import { renderCoupons, renderOrders } from './others.js';
import { renderPackages } from './packages.js';
import { STYLE } from './style.js';
import { boot, el, L } from './ui.js';

const ROUTES = [
  [/^\/obmgr\/customer\/list$/, renderCustomerList],
  [/^\/obmgr\/customer\/detail\/([0-9a-f]{32})$/, renderCustomerDetail],
  [/^\/obmgr\/incentive\/management$/, renderIncentiveManagement],
  [/^\/obmgr\/incentive\/details$/, renderIncentiveDetails],
  [/^\/obmgr\/coupon\/issued$/, renderCoupons],
  [/^\/obmgr\/order\/list$/, renderOrders],
  [/^\/resource\/freeresource$/, renderPackages],
];

const NAV = [
  ['#/obmgr/index', L('总览', 'Overview')],
  ['#/obmgr/customer/list', L('客户管理', 'Customer Management')],
  ['#/obmgr/order/list', L('客户订单', 'Customer Orders')],
  ['#/obmgr/coupon/issued', L('代金券管理', 'Cash Coupons')],
  ['#/obmgr/incentive/management', L('激励管理', 'Incentive Management')],
  ['#/obmgr/incentive/details', L('激励明细', 'Incentive Details')],
];

const app = document.getElementById('app');
document.head.append(el('style', {}, STYLE));
const main = el('tp-layout-content', { class: 'main' });
app.append(
  el(
    'cbc-obmgr-root',
    {},
    el('tp-header', { class: 'header' }, el('span', { class: 'brand' }, L('伙伴中心', 'Partner Center'))),
    el(
      'tp-layout',
      { class: 'layout' },
      el('tp-nav', { class: 'nav' }, ...NAV.map(([href, text]) => el('a', { href, class: 'nav-link' }, text))),
      main,
    ),
  ),
);

let generation = 0;
function route() {
  const path = location.hash.replace(/^#/, '').split('?')[0];
  const mine = ++generation;
  main.replaceChildren(el('div', { class: 'loading' }, L('加载中…', 'Loading…')));
  for (const [re, render] of ROUTES) {
    const m = re.exec(path);
    if (!m) continue;
    // Only the latest navigation may draw: a slow page must not paint over the next one.
    const mount = (node) => {
      if (mine === generation) main.replaceChildren(node);
    };
    setTimeout(() => render(mount, ...m.slice(1)), 80);
    return;
  }
  setTimeout(() => {
    if (mine === generation) main.replaceChildren(el('h2', { class: 'page-title' }, L('总览', 'Overview')));
  }, 40);
}

window.addEventListener('hashchange', route);
if (!location.hash) location.hash = '#/obmgr/index';
else route();
document.documentElement.dataset.site = boot.site;
