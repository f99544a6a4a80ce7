/**
 * A tiny MV3 extension generated at test time, standing in for another installed (hostile) extension: one page
 * from which the test calls runtime.sendMessage / runtime.connect to our extension id. No service worker (see
 * harness `extraExtensions`).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProbeExtension {
  dir: string;
  id: string;
  remove(): void;
}

/** Chromium's id of an unpacked extension: SHA-256 of its absolute path, first 16 bytes, hex digits → a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

export function writeProbeExtension(): ProbeExtension {
  const dir = mkdtempSync(join(tmpdir(), 'pa-probe-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Hostile probe', version: '1.0', description: 'G11 test probe' }),
  );
  writeFileSync(join(dir, 'probe.html'), '<!doctype html><meta charset="utf-8"><title>probe</title>');
  return { dir, id: unpackedExtensionId(dir), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
