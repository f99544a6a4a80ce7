/**
 * Runs inside an extension-origin page (bundled by bundle.ts, evaluated over CDP, never part of the build): seeds
 * an older schema through the product's own open path (`openAssistantDb({ version })`, steps from migrations.ts),
 * holds a connection like an old page would, watches for the worker's upgrade, and reports what is stored.
 */
import { DB_NAME, openAssistantDb } from '../../../../utils/cache/db';
import { digestRows, type RowsDigest, type SeedRow, seedRows } from './records';

const BATCH = 5000;

const done = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** The current database, whatever its version; gives way at once when the worker wants to upgrade. */
async function openCurrent(onUpgradeWanted?: () => void): Promise<IDBDatabase> {
  const db = await done(indexedDB.open(DB_NAME));
  db.onversionchange = () => {
    db.close();
    onUpgradeWanted?.();
  };
  return db;
}

export interface Stored extends RowsDigest {
  version: number;
  stores: string[];
  /** Entries of customers.byStatus (null before v3): rows written before v3 have no status and are not in it. */
  byStatus: number | null;
}

let upgradeSeen: Promise<void> | undefined;
let holder: { closed: boolean; db?: unknown } | undefined;
let stubborn: IDBDatabase | undefined;

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  alarms: { clearAll(): Promise<boolean> };
}
const ext = () => (globalThis as unknown as { chrome: ExtensionApi }).chrome;

export const kit = {
  /** A real event for the worker, sent once (an options page would keep polling and wake it again). */
  wakeWorker(): void {
    // The answer may never come (the test kills the worker); only the delivery matters.
    void ext()
      .runtime.sendMessage({ type: 'sync.status', payload: {} })
      .catch(() => undefined);
  },

  /** Asks the worker for `sync.status` and waits for the answer; the answer and how long it took. */
  async ask(): Promise<{ reply: unknown; ms: number }> {
    const started = performance.now();
    const reply = await ext().runtime.sendMessage({ type: 'sync.status', payload: {} });
    return { reply, ms: performance.now() - started };
  },

  /** The sync tick must not wake the worker while a test looks at a half-done upgrade. */
  async clearAlarms(): Promise<void> {
    await ext().alarms.clearAll();
  },

  async reset(): Promise<void> {
    const req = indexedDB.deleteDatabase(DB_NAME);
    await new Promise<void>((resolve, reject) => {
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('deleting the database is blocked by an open connection'));
    });
  },

  /** Creates schema `version` with the product's steps and writes the seeded customers. */
  async seed(version: 2 | 3, count: number, seed: number): Promise<RowsDigest> {
    const rows = seedRows(seed, count, version);
    const db = await openAssistantDb({ version });
    for (let start = 0; start < rows.length; start += BATCH) {
      const tx = db.transaction('customers', 'readwrite');
      // v2 rows have no status: the product's record type describes the latest schema only.
      const store = tx.store as unknown as { put(row: SeedRow): Promise<unknown> };
      for (const row of rows.slice(start, start + BATCH)) void store.put(row);
      await tx.done;
    }
    db.close();
    return digestRows(rows);
  },

  async inspect(): Promise<Stored> {
    const db = await openCurrent();
    try {
      const tx = db.transaction('customers');
      const store = tx.objectStore('customers');
      const rows = (await done(store.getAll())) as SeedRow[];
      const byStatus = store.indexNames.contains('byStatus') ? await done(store.index('byStatus').count()) : null;
      return { version: db.version, stores: [...db.objectStoreNames], byStatus, ...(await digestRows(rows)) };
    } finally {
      db.close();
    }
  },

  /** Keeps a connection open until the worker asks for a newer version (then closes it, like the product). */
  async watchUpgrade(): Promise<void> {
    let seen: () => void = () => undefined;
    upgradeSeen = new Promise<void>((resolve) => {
      seen = resolve;
    });
    await openCurrent(seen);
  },
  upgradeStarted: (): Promise<void> => upgradeSeen ?? Promise.reject(new Error('watchUpgrade first')),

  /** An open page of an older version: the product's connection (with its `blocking` handling) held open. */
  async hold(version: number): Promise<number> {
    const held: { closed: boolean; db?: unknown } = { closed: false };
    holder = held;
    // Referenced from module state, so the connection lives exactly as long as the product lets it.
    const db = await openAssistantDb({
      version,
      onClose: () => {
        held.closed = true;
      },
    });
    held.db = db;
    return db.version;
  },
  holderClosed: (): boolean => holder?.closed ?? false,

  /** A connection that ignores `versionchange` (a stray tab, DevTools): only closing it frees the upgrade. */
  async holdStubborn(): Promise<void> {
    stubborn = await done(indexedDB.open(DB_NAME));
  },
  releaseStubborn(): void {
    stubborn?.close();
    stubborn = undefined;
  },

  /** Polls until the database is at `version`; ms it took. */
  async waitForVersion(version: number, timeoutMs: number): Promise<number> {
    const started = performance.now();
    for (;;) {
      const db = await openCurrent();
      const current = db.version;
      db.close();
      const elapsed = performance.now() - started;
      if (current >= version) return elapsed;
      if (elapsed > timeoutMs) throw new Error(`still at v${current} after ${Math.round(elapsed)} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  },
};

export type Kit = typeof kit;
(globalThis as { paKit?: Kit }).paKit = kit;
