/**
 * The extension's IndexedDB as seen from one of its pages: every store's keys and values in canonical JSON
 * (object keys sorted, binary as base64), and its SHA-256. Used to prove a bad answer changed nothing.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';

export const DB_NAME = 'partner-assistant';

/** store name → [key, value] pairs, in key order. */
export type IdbDump = Record<string, [unknown, unknown][]>;

/** Reads every store (or only `only`) of the extension's database in one read-only transaction. */
export function dumpIndexedDb(page: Page, only?: string[]): Promise<IdbDump> {
  return page.evaluate(
    async ({ name, only }) => {
      const plain = (value: unknown): unknown => {
        if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
          const bytes =
            value instanceof ArrayBuffer
              ? new Uint8Array(value)
              : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
          return { $bytes: btoa(String.fromCharCode(...bytes)) };
        }
        if (Array.isArray(value)) return value.map(plain);
        if (value !== null && typeof value === 'object') {
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
        }
        return value;
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const names = [...db.objectStoreNames].filter((store) => !only || only.includes(store));
      const tx = db.transaction(names, 'readonly');
      const read = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const out: Record<string, [unknown, unknown][]> = {};
      for (const store of names) {
        const keys = await read(tx.objectStore(store).getAllKeys());
        const values = await read(tx.objectStore(store).getAll());
        out[store] = keys.map((k, i) => [plain(k), plain(values[i])]);
      }
      db.close();
      return out;
    },
    { name: DB_NAME, only },
  );
}

/** JSON with object keys sorted at every level: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The records that differ between two dumps, as "store key" lines (for a readable failure message). */
export function changedRecords(a: IdbDump, b: IdbDump): string[] {
  const out: string[] = [];
  for (const store of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const index = (rows: [unknown, unknown][] = []) =>
      new Map(rows.map(([k, v]) => [canonicalJson(k), canonicalJson(v)]));
    const [before, after] = [index(a[store]), index(b[store])];
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      if (before.get(key) !== after.get(key)) out.push(`${store} ${key}`);
    }
  }
  return out;
}
