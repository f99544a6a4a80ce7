// 资源包 (resource packages) in the user center: name, total, remaining, validity and the reset cycle, zh or en.
import { el, getJson, L } from './ui.js';

const CYCLE = {
  1: ['每小时', 'every hour'],
  2: ['每日', 'every day'],
  3: ['每周', 'every week'],
  4: ['每月', 'every month'],
  5: ['每年', 'every year'],
};

/** Beijing wall-clock time, as the user center writes it. */
function bj(iso) {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function resetText(p) {
  if (p.quotaReuseMode !== 1) return L('不重置', 'Not resettable');
  const [zh, en] = CYCLE[p.quotaReuseCycle];
  const natural = p.quotaReuseCycleType === 1;
  return L(
    `${zh}重置（${natural ? '自然周期' : '订购周期'}）`,
    `Resets ${en} (${natural ? 'calendar cycle' : 'subscription cycle'})`,
  );
}

export async function renderPackages(mount) {
  const { rows } = await getJson('/usercenter/__data/packages');
  const cols = [
    [L('资源包名称', 'Package Name'), (p) => L(...p.name)],
    [L('总量', 'Total'), (p) => `${p.originalAmount} ${p.unit}`],
    [L('剩余量', 'Remaining'), (p) => `${p.amount} ${p.unit}`],
    [L('有效期', 'Validity Period'), (p) => `${bj(p.effectiveTime)} ~ ${bj(p.expireTime)}`],
    [L('重置周期', 'Reset Cycle'), resetText],
  ];
  mount(
    el(
      'div',
      { class: 'page packages' },
      el('h2', { class: 'page-title' }, L('资源包', 'Resource Packages')),
      el(
        'tp-table',
        { class: 'package-table' },
        el('tp-thead', {}, el('tp-tr', {}, ...cols.map(([t]) => el('tp-th', {}, t)))),
        el(
          'tp-tbody',
          {},
          ...rows.map((p) => el('tp-tr', { dataset: { pkg: p.id } }, ...cols.map(([, f]) => el('tp-td', {}, f(p))))),
        ),
      ),
    ),
  );
}
