/** Makes a fresh clone runnable: installs dependencies when node_modules is missing, then builds the extension. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function run(command: string, args: string[], cwd: string): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  const res = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${res.status ?? res.signal}`);
}

export function prepare(root: string, { skipBuild = false } = {}): void {
  if (!existsSync(join(root, 'node_modules', '.bin', 'wxt'))) run('npm', ['ci'], root);
  if (skipBuild && existsSync(join(root, '.output/chrome-mv3/manifest.json'))) return;
  run('npx', ['wxt', 'build'], root);
}
