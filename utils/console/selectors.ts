/**
 * Every DOM anchor the page features use, named, in one place (architecture.md §4). Anchors are visible text in
 * both UI languages (table headers, labels, menu items), element roles and customer IDs — never positional
 * XPath or generated class names. Each selector's expected counts on the committed fixtures are tested
 * (test/unit/console/selectors.test.ts).
 */

/** A customer ID is the account's 32-hex domain id. */
export const CUSTOMER_ID_RE = /^[0-9a-f]{32}$/;
export const CUSTOMER_ID_IN_TEXT_RE = /\b[0-9a-f]{32}\b/g;

/** Structural selectors: the console's tp-* components, with plain-table fallbacks. */
export const SEL = {
  table: 'tp-table, table',
  headerCell: 'tp-thead tp-th, thead th',
  bodyRow: 'tp-tbody > tp-tr, tbody > tr',
  /** The parts findTable walks: head section, its cells, body section (rows are the body's children). */
  head: 'tp-thead, thead',
  headCell: 'tp-th, th',
  body: 'tp-tbody, tbody',
  cell: ':scope > tp-td, :scope > td',
  /** Overlay menus are appended to <body> by the console's dropdown component. */
  menu: 'tp-dropdown-menu, [role="menu"]',
  menuItem: 'tp-dropdown-item, [role="menuitem"]',
  dialog: 'tp-modal, [role="dialog"]',
  /** Label/value pairs on the customer detail header. */
  field: 'tp-descriptions-item',
  /** Overview cards on the customer detail page: heading first, value second. */
  card: 'tp-card',
  button: 'button, a, [role="button"]',
  /** Blocks that may hold a running total ("合计 …"); told apart by their first child's text. */
  summary: 'div, section, tp-summary',
  /** Cells that may mention a customer. */
  dataCell: 'tp-td, td',
  /** Console header items; the current account is the one starting with its label. */
  currentAccount: 'tp-header span, header span',
} as const;

/** Header texts (zh, en) that name a column; matched after whitespace/icon trimming. */
export const HEADERS = {
  customerId: ['客户ID', 'Customer ID'],
  accountName: ['账号名', 'Account Name', '客户账号', 'Customer Account'],
  associationType: ['关联类型', 'Association Type'],
  level: ['客户等级', 'Customer Level'],
  accountStatus: ['账号状态', 'Account Status'],
  authorization: ['代客授权', 'Authorization'],
  /** China: the customer's balance column (partner-center.md §1.3). */
  balance: ['可用额度', 'Available Balance'],
  /** Intl: "used / budget". */
  budgetUsage: ['预算使用', 'Budget Usage'],
  budgetType: ['预算类型', 'Budget Type'],
  operation: ['操作', 'Operation'],
  // Incentive details (激励明细).
  period: ['对账期次', 'Reconciliation Period'],
  consumptionMonth: ['消费月份', 'Consumption Month'],
  orderId: ['订单号', 'Order ID'],
  region: ['区域', 'Region'],
  programme: ['激励类型', 'Incentive Type'],
  payout: ['发放方式', 'Payout Method'],
  listPrice: ['目录价', 'List Price'],
  discount: ['折扣率', 'Discount'],
  consumption: ['消费金额', 'Consumption'],
  couponPaid: ['代金券抵扣', 'Paid by Coupons'],
  rate: ['激励比例', 'Incentive Rate'],
  incentive: ['激励金额', 'Incentive Amount'],
  remarks: ['备注', 'Remarks'],
  // Resource packages (资源包, user center).
  packageName: ['资源包名称', 'Package Name'],
  packageTotal: ['总量', 'Total'],
  packageRemaining: ['剩余量', 'Remaining'],
  validity: ['有效期', 'Validity Period'],
  resetCycle: ['重置周期', 'Reset Cycle'],
} as const;
export type HeaderName = keyof typeof HEADERS;

/** Visible labels of controls and values (zh, en). */
export const LABELS = {
  more: ['更多', 'More'],
  orderOnBehalf: ['代客户下单', "Place Order on Customers' Behalf"],
  requestAuthorization: ['申请客户授权', 'Request Authorization'],
  allocate: ['拨款', 'Allocate'],
  setBudget: ['设置预算', 'Set Budget'],
  switchRole: ['切换角色', 'Switch Role'],
  currentAccount: ['当前账号', 'Current account'],
  total: ['合计', 'Total'],
  referral: ['顾问销售', '推荐', 'Referral'],
  reseller: ['代售', '转售', '垫付', 'Reseller'],
  authorized: ['已授权', 'Authorized'],
  notAuthorized: ['未授权', 'Not authorized'],
  /** Account status values: anything frozen, and the "account and resources" kind. */
  frozen: ['冻结', 'Frozen'],
  frozenWithResources: ['账号和资源', 'account and resources'],
  quarterly: ['季度', 'Quarterly'],
  yearly: ['年度', 'Yearly'],
  voucherQuota: ['代金券额度', 'Voucher quota'],
  monthlyBudget: ['月度预算', 'Monthly'],
  oneTimeBudget: ['一次性预算', 'One-time'],
  /** Resource package reset cycle cell: "每月重置（自然周期）" / "Resets every month (calendar cycle)". */
  notResettable: ['不重置', 'Not resettable'],
  cycleHour: ['每小时', 'every hour'],
  cycleDay: ['每日', '每天', 'every day'],
  cycleWeek: ['每周', 'every week'],
  cycleMonth: ['每月', 'every month'],
  cycleYear: ['每年', 'every year'],
  naturalCycle: ['自然周期', 'calendar cycle'],
  subscriptionCycle: ['订购周期', 'subscription cycle'],
} as const;

/** Incentive-detail remarks the INC rules read (zh, en). */
export const REMARKS = {
  notCovered: ['不在激励政策范围', 'Not covered by the incentive policy'],
  contractZero: ['合同约定零激励', 'Contract sets zero incentive'],
  storedValueCard: ['购买储值卡', 'Stored-value card purchase'],
  transferred: ['业绩已转移', 'Performance transferred'],
  partnerIneligible: ['伙伴认证过期', 'Partner certification expired'],
  thresholdNotMet: ['未达门槛', 'Threshold not met'],
  frozen: ['已冻结', 'Frozen'],
  priceAdjusted: ['已改价', 'Price adjusted'],
  kooSelectNoId: ['严选未填伙伴ID', 'KooGallery Select, no partner ID'],
  refund: ['退订', 'Unsubscribed'],
} as const;
export type RemarkName = keyof typeof REMARKS;

/**
 * Visible text of an element, whitespace collapsed. Our own hosts add no text: their content lives in shadow
 * roots, which textContent does not enter.
 */
export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** Labels are matched against every row: normalise each label list once. */
const normalized = new WeakMap<readonly string[], string[]>();
function normLabels(labels: readonly string[]): string[] {
  let out = normalized.get(labels);
  if (!out) {
    out = labels.map(norm);
    normalized.set(labels, out);
  }
  return out;
}

/** True when `text` equals one of the labels (case- and space-insensitive). */
export function isLabel(text: string, labels: readonly string[]): boolean {
  return normLabels(labels).includes(norm(text));
}

/** True when `text` contains one of the labels. */
export function hasLabel(text: string, labels: readonly string[]): boolean {
  const t = norm(text);
  return normLabels(labels).some((l) => t.includes(l));
}

/** Header cells carry icons (eye, sort arrows): those trailing symbols are dropped before comparing. */
export function isHeader(text: string, name: HeaderName): boolean {
  const t = norm(text).replace(/[^\p{L}\p{N})）]+$/u, '');
  return normLabels(HEADERS[name]).includes(t);
}
