/**
 * The extension's IndexedDB, opened only in the background (a content script's IndexedDB would
 * belong to the page's origin). The cache issue grows this schema through migrations.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const DB_NAME = 'partner-assistant';
export const DB_VERSION = 1;

export interface AssistantDB extends DBSchema {
  meta: { key: string; value: { key: string; value: number | string } };
}

export type Db = IDBPDatabase<AssistantDB>;

export function openAssistantDb(): Promise<Db> {
  return openDB<AssistantDB>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
    },
  });
}

/** Atomically increments a counter in the meta store and returns the new value. */
export async function incrementCounter(db: Db, key: string): Promise<number> {
  const tx = db.transaction('meta', 'readwrite');
  const current = await tx.store.get(key);
  const next = (typeof current?.value === 'number' ? current.value : 0) + 1;
  await tx.store.put({ key, value: next });
  await tx.done;
  return next;
}
