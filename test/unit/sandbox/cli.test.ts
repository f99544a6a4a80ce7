// @vitest-environment node
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';

it('`tsx test/sandbox/main.ts --port 0` prints the sandbox info as JSON on its first line', async () => {
  const child = spawn('npx', ['tsx', 'test/sandbox/main.ts', '--port', '0', '--customers', '20'], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'ignore'],
    detached: true,
  });
  try {
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
    });
    const info: unknown = JSON.parse(first);
    expect(info).toMatchObject({ port: expect.any(Number), hosts: expect.arrayContaining(['bss.myhuaweicloud.com']) });
    const accounts = (info as { accounts: { site: string; ak: string; sk: string; domainId: string }[] }).accounts;
    expect(accounts.map((a) => a.site).slice(0, 2)).toEqual(['cn', 'intl']);
    expect(accounts[0]?.ak).toMatch(/^SBXCN/);
  } finally {
    // The whole process group: npx → tsx → node.
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
});
