// Installs Debian's Chromium and Firefox ESR when they are missing (CI starts from a clean machine), and a CJK
// font: without one the Chinese popup (and docs/screenshots/popup-zh.png) renders boxes.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', pkg: 'fonts-wqy-microhei' },
];
const missing = wanted.filter((b) => !existsSync(b.path)).map((b) => b.pkg);
if (missing.length > 0) {
  console.log(`Installing Debian's ${missing.join(', ')} (needs root and apt).`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
    { stdio: 'inherit' },
  );
}
