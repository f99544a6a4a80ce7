/**
 * Hostile strings the sandbox serves as customer names, account names, labels and managers (security.md G10).
 * Every payload that could run sets `window.__pwned` to its id (in whichever world runs it), and every payload
 * that could become an element carries a `data-pwn` attribute, so the detectors in inert.ts name the culprit.
 */
import { sized } from './size';

export interface Payload {
  id: string;
  text: string;
}

const mark = (id: string) => `window.__pwned='${id}'`;

/** 10,000 characters: CJK, then markup deep inside, so truncation and wrapping meet a payload too. */
const LONG = `${'很长的客户名称'.repeat(1400)}<img data-pwn src=x onerror="${mark('long')}">`.padEnd(10_000, 'x');

export const CORPUS: readonly Payload[] = [
  { id: 'script', text: `<script data-pwn>${mark('script')}</script>` },
  { id: 'img-onerror', text: `<img data-pwn src=x onerror="${mark('img-onerror')};alert(1)">` },
  { id: 'svg-onload', text: `"><svg data-pwn onload="${mark('svg-onload')}">` },
  { id: 'attr-breakout', text: `" data-pwn autofocus onfocus="${mark('attr-breakout')}" x="` },
  { id: 'js-url', text: `javascript:${mark('js-url')}//` },
  { id: 'data-url', text: `data:text/html,<script>parent.${mark('data-url')}</script>` },
  { id: 'anchor', text: `<a data-pwn href="javascript:${mark('anchor')}">open</a>` },
  { id: 'css', text: `</style><style data-pwn>*{display:none}:root{--pa-pwned:css}</style>` },
  { id: 'css-attr', text: `x" style="--pa-pwned:css-attr;display:none" data-pwn="` },
  { id: 'template', text: `{{constructor.constructor('${mark('template')}')()}}` },
  { id: 'template-literal', text: `\${${mark('template-literal')}}<%= ${mark('ejs')} %>` },
  { id: 'eval-breakout', text: `');${mark('eval-breakout')};('` },
  { id: 'rtl', text: '\u202Egnp.exe\u202C 发票 \u202Bمرحبا\u202C' },
  { id: 'zero-width', text: 'zero\u200Bwidth\u200Djoiner\u2060\uFEFFend' },
  { id: 'emoji', text: '🦄🚀 客户 👩‍💻 ∑ 𠜎 é́ 🇨🇳' },
  { id: 'long', text: LONG },
  { id: 'iframe-srcdoc', text: `<iframe data-pwn srcdoc="<script>parent.${mark('iframe-srcdoc')}</script>"></iframe>` },
  { id: 'details-toggle', text: `<details data-pwn open ontoggle="${mark('details-toggle')}">x</details>` },
  { id: 'mxss', text: `<math><mtext><table><mglyph><style><img data-pwn src=x onerror="${mark('mxss')}">` },
  { id: 'object', text: `<object data-pwn data="javascript:${mark('object')}"></object>` },
  {
    id: 'meta-refresh',
    text: `<meta data-pwn http-equiv="refresh" content="0;url=javascript:${mark('meta-refresh')}">`,
  },
  { id: 'entities', text: `"quoted" & <b data-pwn>bold</b> &lt;script&gt;${mark('entities')}&lt;/script&gt; \\ back` },
  { id: 'percent', text: `%3Cimg%20data-pwn%20src%3Dx%20onerror%3D${mark('percent')}%3E` },
  { id: 'proto', text: '__proto__' },
  { id: 'sql', text: "'; DROP TABLE customers; --" },
  { id: 'control', text: 'bell\u0007esc\u001b[31mred\u001b[0m tab\tend' },
];

/** CI serves a cross-section (one of each kind that can execute, plus layout breakers); soak serves all. */
const CI_IDS = [
  'script',
  'img-onerror',
  'svg-onload',
  'attr-breakout',
  'js-url',
  'data-url',
  'css',
  'template',
  'rtl',
  'zero-width',
  'emoji',
  'long',
];

export const SERVED: readonly Payload[] = sized(
  CORPUS.filter((p) => CI_IDS.includes(p.id)),
  CORPUS,
);
