/** Bundles kit.ts (with the product's db code) for evaluation in an extension page; built once per run. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type Rollup } from 'vite';

let code: Promise<string> | undefined;

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': resolve(import.meta.dirname, '../../../..') } },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(import.meta.dirname, 'kit.ts'), formats: ['iife'], name: 'paKitBundle' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const chunk = outputs[0]?.output[0];
  if (chunk?.type !== 'chunk') throw new Error('no kit bundle');
  return chunk.code;
}

/** Evaluated over CDP, so the page's CSP (script-src 'self') does not apply and nothing is added to the build. */
export async function installKit(page: Page): Promise<void> {
  code ??= bundle();
  await page.evaluate(await code);
}
