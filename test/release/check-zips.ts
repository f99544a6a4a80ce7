/**
 * Run after `wxt zip` (the last step of `npm run zip`): the Chrome and Firefox packages carry the package.json
 * version, every icon size and both locales; the Firefox sources archive can rebuild them and holds no build
 * output, dependencies or reports. Exits non-zero with the list of problems.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readZip } from './zip-reader';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ICON_SIZES = ['16', '32', '48', '96', '128'];
const problems: string[] = [];
const zipPath = (kind: string) => join(ROOT, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);

for (const browser of ['chrome', 'firefox']) {
  const path = zipPath(browser);
  if (!existsSync(path)) {
    problems.push(`missing ${path}`);
    continue;
  }
  const zip = readZip(path);
  const names = new Set(zip.entries.map((e) => e.name));
  const manifest = JSON.parse(zip.read('manifest.json').toString('utf8')) as {
    version?: string;
    icons?: Record<string, string>;
  };
  if (manifest.version !== pkg.version) problems.push(`${browser}: manifest version ${manifest.version}`);
  for (const size of ICON_SIZES) {
    const icon = manifest.icons?.[size];
    if (!icon || !names.has(icon)) problems.push(`${browser}: no ${size}px icon`);
  }
  for (const locale of ['en', 'zh_CN'])
    if (!names.has(`_locales/${locale}/messages.json`)) problems.push(`${browser}: no ${locale} messages`);
  console.log(`${path}: ${names.size} entries, version ${manifest.version}`);
}

const sources = zipPath('sources');
if (!existsSync(sources)) problems.push(`missing ${sources}`);
else {
  const names = readZip(sources).entries.map((e) => e.name);
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/background.ts'])
    if (!names.includes(needed)) problems.push(`sources: no ${needed}`);
  const stray = names.filter((n) => /^(\.output|node_modules|test-results|docs\/screenshots)\//.test(n));
  if (stray.length) problems.push(`sources: should not contain ${stray.slice(0, 5).join(', ')}`);
  console.log(`${sources}: ${names.length} entries`);
}

if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log('✓ release zips: manifest, version, icons 16–128, en + zh_CN, clean sources');
