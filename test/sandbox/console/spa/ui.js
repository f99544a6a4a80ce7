// Stand-in helpers: DOM built with createElement + textContent only, so hostile dataset strings stay text.
export const boot = JSON.parse(document.getElementById('app').dataset.boot);
export const en = boot.locale === 'en-us';

/** el('tp-td', {class: 'x', onclick: fn}, 'text', child…) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

/** Picks the zh or en string. */
export const L = (zh, enText) => (en ? enText : zh);

const currency = boot.site === 'cn' ? 'CNY' : 'USD';
const fmt = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency,
  currencyDisplay: 'narrowSymbol',
  minimumFractionDigits: 2,
  maximumFractionDigits: 8,
});

/** "¥1,234.56" / "-¥12.00" / "$1,200.00" — the way both language UIs write money. */
export function money(decimal) {
  if (decimal === null || decimal === undefined) return '--';
  return fmt.format(decimal);
}

/** Masks like the console does until the eye icon is clicked: keeps the first two characters. */
export function mask(text) {
  if (!text) return '--';
  return `${[...text].slice(0, 2).join('')}****`;
}

export function date(iso) {
  return iso ? iso.slice(0, 10) : '--';
}

export async function getJson(path) {
  const res = await fetch(path, { credentials: 'include' });
  return res.json();
}

/** Renders after a delay, as the real console does once its XHRs return. */
export function later(fn, ms = 60) {
  return new Promise((resolve) => setTimeout(() => resolve(fn()), ms));
}

export function withLocale(path) {
  return `${path}${path.includes('?') ? '&' : '?'}locale=${boot.locale}`;
}

export function assocLabel(type) {
  if (type === '1') return boot.site === 'cn' ? L('顾问销售', 'Referral') : L('推荐', 'Referral');
  return boot.site === 'cn' ? L('代售', 'Reseller') : L('转售', 'Reseller');
}

export function frozenLabel(frozen) {
  if (frozen === 1) return L('已冻结（账号）', 'Frozen (account)');
  if (frozen === 2) return L('已冻结（账号和资源）', 'Frozen (account and resources)');
  return L('正常', 'Normal');
}

/** The console's own modal; resolves true on OK. */
export function confirmDialog(title, lines, okText) {
  return new Promise((resolve) => {
    const close = (ok) => {
      overlay.remove();
      resolve(ok);
    };
    const overlay = el(
      'tp-modal',
      { class: 'tp-modal', role: 'dialog', 'aria-modal': 'true' },
      el(
        'div',
        { class: 'tp-modal-box' },
        el('h3', { class: 'tp-modal-title' }, title),
        ...lines.map((line) => el('p', { class: 'tp-modal-line' }, line)),
        el(
          'div',
          { class: 'tp-modal-footer' },
          el('button', { class: 'tp-btn tp-btn-primary', type: 'button', onclick: () => close(true) }, okText),
          el('button', { class: 'tp-btn', type: 'button', onclick: () => close(false) }, L('取消', 'Cancel')),
        ),
      ),
    );
    document.body.append(overlay);
  });
}
