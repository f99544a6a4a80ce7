import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a browser window; machines here have no display.
export default defineWebExtConfig({ disabled: true });
