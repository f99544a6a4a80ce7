/**
 * The reviewed production manifest (security.md G12, least privilege). A change to the shipped manifest
 * fails test/e2e/manifest.e2e.ts until this snapshot is updated in the same commit, with the reason
 * written next to the change.
 */
export const REVIEWED_CHROME_MANIFEST = {
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'en',
  icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
  // storage: settings and the vault's session key; alarms: sync schedule and idle lock;
  // notifications: "customer entered blocked" alerts. Nothing else (no tabs, no scripting, no cookies).
  permissions: ['storage', 'alarms', 'notifications'],
  // Only the BSS and IAM API hosts of both sites: the background is the only part that calls out.
  host_permissions: [
    'https://bss.myhuaweicloud.com/*',
    'https://bss-intl.myhuaweicloud.com/*',
    'https://iam.myhuaweicloud.com/*',
    'https://iam.ap-southeast-1.myhuaweicloud.com/*',
  ],
  action: { default_title: 'Partner Assistant', default_popup: 'popup.html' },
  commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+P' } } },
  // No web page and no other extension may message us.
  externally_connectable: { ids: [] },
  background: { service_worker: 'background.js' },
  options_ui: { open_in_tab: true, page: 'options.html' },
  // Partner Center and user center on the account hosts, and the consoles (acting-as banner). No web-accessible
  // resources: a page cannot probe for the extension through its files.
  content_scripts: [
    {
      matches: [
        'https://account-intl.huaweicloud.com/obmgr/*',
        'https://account-intl.huaweicloud.com/usercenter/*',
        'https://account.huaweicloud.com/obmgr/*',
        'https://account.huaweicloud.com/usercenter/*',
        'https://console-intl.huaweicloud.com/*',
        'https://console.huaweicloud.com/*',
      ],
      run_at: 'document_idle',
      js: ['content-scripts/partner-center.js'],
    },
  ],
};
