// The console after "switch role": shows whose account the session is acting as, and Switch Role back.
import { STYLE } from './style.js';
import { boot, el, getJson, L, withLocale } from './ui.js';

const app = document.getElementById('app');
document.head.append(el('style', {}, STYLE));
const who = await getJson('/console/__data/whoami');
const acting = who.actingAs;
const switchBack = el(
  'a',
  { class: 'switch-role', href: withLocale('/console/__data/switch-back') },
  L('切换角色', 'Switch Role'),
);
app.append(
  el(
    'cbc-console-root',
    {},
    el(
      'tp-header',
      { class: 'header console-header' },
      el('span', { class: 'brand' }, L('控制台', 'Console')),
      el(
        'span',
        { class: 'current-account' },
        acting
          ? `${L('当前账号', 'Current account')}: ${acting.accountName}`
          : `${L('当前账号', 'Current account')}: ${who.partner}`,
      ),
      acting ? switchBack : null,
    ),
    el('tp-layout-content', { class: 'main' }, el('h2', {}, L('选择产品', 'Select Products'))),
  ),
);
document.documentElement.dataset.site = boot.site;
