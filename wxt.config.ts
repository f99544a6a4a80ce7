import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Hosts the background may call: BSS and IAM of both sites. Nothing else. */
export const API_HOSTS = [
  'https://bss.myhuaweicloud.com/*',
  'https://bss-intl.myhuaweicloud.com/*',
  'https://iam.myhuaweicloud.com/*',
  'https://iam.ap-southeast-1.myhuaweicloud.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: API_HOSTS,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'partner-assistant@example.org',
              strict_min_version: '140.0',
              // Nothing is sent to us; API calls go only to the partner's own Huawei Cloud account.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { externally_connectable: { ids: [] } }),
  }),
});
