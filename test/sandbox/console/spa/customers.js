// 客户管理 / Customer Management: paged, sortable table; names masked until the eye icon is clicked.
import { moneyActions, moreMenu } from './actions.js';
import { assocLabel, boot, date, el, frozenLabel, getJson, L, mask, money } from './ui.js';

const state = { offset: 0, limit: 10, sort: 'associatedOn', order: 'desc', reveal: false };

export function budgetUsage(budget) {
  if (!budget) return '--';
  return `${money(budget.used)} / ${money(budget.amount)}`;
}

function columns() {
  const moneyCol =
    boot.site === 'cn'
      ? { title: L('可用额度', 'Available Balance'), sort: 'money', cell: (c) => money(c.balance) }
      : { title: L('预算使用', 'Budget Usage'), sort: 'money', cell: (c) => budgetUsage(c.budget) };
  return [
    { title: L('客户ID', 'Customer ID'), cell: (c) => c.customerId },
    {
      title: L('客户名称', 'Customer Name'),
      masked: true,
      cell: (c) => (state.reveal ? c.name || '--' : mask(c.name)),
    },
    {
      title: L('账号名', 'Account Name'),
      masked: true,
      cell: (c) =>
        el(
          'a',
          { href: `#/obmgr/customer/detail/${c.customerId}` },
          state.reveal ? c.accountName : mask(c.accountName),
        ),
    },
    { title: L('关联类型', 'Association Type'), cell: (c) => assocLabel(c.associationType) },
    { title: L('客户等级', 'Customer Level'), cell: (c) => c.level },
    { title: L('账号状态', 'Account Status'), cell: (c) => frozenLabel(c.frozen) },
    {
      title: L('代客授权', 'Authorization'),
      cell: (c) =>
        c.associationType !== '2' ? '--' : c.authorized ? L('已授权', 'Authorized') : L('未授权', 'Not authorized'),
    },
    moneyCol,
    { title: L('客户标签', 'Customer Tag'), cell: (c) => c.label || '--' },
    { title: L('关联时间', 'Associated On'), sort: 'associatedOn', cell: (c) => date(c.associatedOn) },
    { title: L('操作', 'Operation'), cell: (c) => el('tp-actions', {}, ...moneyActions(c), moreMenu(c)) },
  ];
}

function header(cols, rerender) {
  return el(
    'tp-thead',
    {},
    el(
      'tp-tr',
      {},
      ...cols.map((col) => {
        const th = el('tp-th', {}, el('span', { class: 'th-title' }, col.title));
        if (col.masked) {
          const eye = el('button', { class: 'eye-toggle', type: 'button', 'aria-label': L('显示', 'Show') }, '👁');
          eye.addEventListener('click', () => {
            state.reveal = !state.reveal;
            rerender();
          });
          th.append(eye);
        }
        if (col.sort) {
          const arrow = state.sort === col.sort ? (state.order === 'asc' ? ' ▲' : ' ▼') : ' ⇅';
          const btn = el('button', { class: 'sort-toggle', type: 'button', 'data-sort': col.sort }, arrow);
          btn.addEventListener('click', () => {
            state.order = state.sort === col.sort && state.order === 'desc' ? 'asc' : 'desc';
            state.sort = col.sort;
            state.offset = 0;
            rerender();
          });
          th.append(btn);
        }
        return th;
      }),
    ),
  );
}

function pagination(total, rerender) {
  const pages = Math.max(1, Math.ceil(total / state.limit));
  const current = Math.floor(state.offset / state.limit) + 1;
  const go = (p) => () => {
    state.offset = (Math.min(Math.max(p, 1), pages) - 1) * state.limit;
    rerender();
  };
  const size = el('select', { class: 'page-size', 'aria-label': L('每页条数', 'Rows per page') });
  for (const n of [10, 20, 50]) size.append(el('option', { value: n, selected: n === state.limit }, String(n)));
  size.addEventListener('change', () => {
    state.limit = Number(size.value);
    state.offset = 0;
    rerender();
  });
  return el(
    'tp-pagination',
    {},
    el('span', { class: 'total' }, L(`共 ${total} 条`, `Total: ${total}`)),
    size,
    el('button', { class: 'page-prev', type: 'button', disabled: current <= 1, onclick: go(current - 1) }, '<'),
    el('span', { class: 'page-current' }, `${current} / ${pages}`),
    el('button', { class: 'page-next', type: 'button', disabled: current >= pages, onclick: go(current + 1) }, '>'),
  );
}

export function renderCustomerList(mount) {
  const table = el('tp-table', { class: 'customer-table' });
  const pager = el('div', { class: 'pager' });
  const page = el(
    'div',
    { class: 'page customer-list' },
    el('h2', { class: 'page-title' }, L('客户管理', 'Customer Management')),
    el('tp-tabs', {}, el('span', { class: 'tab active' }, L('我的客户', 'Customers'))),
    table,
    pager,
  );
  let request = 0;
  const rerender = async () => {
    const mine = ++request;
    const q = new URLSearchParams({ offset: state.offset, limit: state.limit, sort: state.sort, order: state.order });
    const data = await getJson(`/obmgr/__data/customers?${q}`);
    if (mine !== request) return;
    // Like real component libraries: the whole table body is rebuilt on paging and sorting.
    setTimeout(() => {
      const cols = columns();
      const body = el(
        'tp-tbody',
        {},
        ...data.rows.map((c) => el('tp-tr', {}, ...cols.map((col) => el('tp-td', {}, col.cell(c))))),
      );
      table.replaceChildren(header(cols, rerender), body);
      pager.replaceChildren(pagination(data.total, rerender));
    }, 50);
  };
  mount(page);
  rerender();
}
