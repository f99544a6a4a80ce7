import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { REVIEWED_CHROME_MANIFEST } from './manifest-snapshot';

describe('least privilege (G12)', () => {
  it('the production manifest equals the reviewed snapshot', () => {
    const { version: _version, ...manifest } = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest).toEqual(REVIEWED_CHROME_MANIFEST);
  });
});
