/** The dependency-free ZIP reader that `npm run zip` uses to check the store packages. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readZip } from '../../release/zip-reader';

/** A minimal ZIP: one local header + data per file, the central directory, the end record (CRCs left 0). */
function makeZip(files: { name: string; data: Buffer; deflate: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const body = f.deflate ? deflateRawSync(f.data) : f.data;
    const name = Buffer.from(f.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(f.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(f.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(f.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const dir = mkdtempSync(join(tmpdir(), 'pa-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readZip', () => {
  it('lists entries and reads stored and deflated files', () => {
    const manifest = JSON.stringify({ version: '1.2.3', icons: { 16: 'icon/16.png' } });
    const path = join(dir, 'ok.zip');
    writeFileSync(
      path,
      makeZip([
        { name: 'manifest.json', data: Buffer.from(manifest), deflate: true },
        { name: 'icon/16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]), deflate: false },
      ]),
    );
    const zip = readZip(path);
    expect(zip.entries.map((e) => e.name)).toEqual(['manifest.json', 'icon/16.png']);
    expect(JSON.parse(zip.read('manifest.json').toString('utf8'))).toEqual(JSON.parse(manifest));
    expect([...zip.read('icon/16.png')]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(() => zip.read('missing.txt')).toThrow(/no missing\.txt/);
  });

  it('refuses a file that is not a ZIP', () => {
    const path = join(dir, 'not.zip');
    writeFileSync(path, Buffer.alloc(64, 1));
    expect(() => readZip(path)).toThrow(/not a ZIP/);
  });
});
