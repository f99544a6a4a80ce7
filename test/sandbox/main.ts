/**
 * `npm run sandbox -- [--seed S] [--customers N] [--port P] [--rate R]` (R: BSS requests/s per API, 0 = off): starts the stand-in servers and prints,
 * as the first line of standard output, one JSON object describing them. Runs until interrupted.
 */
import { parseArgs } from 'node:util';
import { hostResolverRules } from './hosts';
import { startSandbox } from './server';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    customers: { type: 'string', default: '200' },
    port: { type: 'string', default: '8443' },
    rate: { type: 'string', default: '10' },
  },
});

const sandbox = await startSandbox({
  seed: Number(values.seed),
  customers: Number(values.customers),
  port: Number(values.port),
  rateLimitPerSecond: Number(values.rate),
});
process.stdout.write(`${JSON.stringify(sandbox.info)}\n`);
process.stdout.write(
  [
    '',
    `Sandbox listening on https://127.0.0.1:${sandbox.info.port} (self-signed certificate).`,
    'Map the real host names to it when you start Chromium:',
    `  chromium --ignore-certificate-errors --host-resolver-rules="${hostResolverRules(sandbox.info.port)}"`,
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'),
);

const stop = () => sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
