/**
 * The extension's IndexedDB, opened only in the background (a content script's IndexedDB would belong to
 * the page's origin). Schema and records: schema.ts; history: migrations.ts; domain verbs: repositories.ts.
 *
 * Upgrades never hang: our connections close themselves when a newer version wants the database
 * (`versionchange`), and an open that stays blocked by someone else's connection fails with
 * DbError('blocked') after a timeout instead of waiting forever.
 */
import { type IDBPDatabase, openDB } from 'idb';
import { LATEST_VERSION, migrate } from './migrations';
import type { AssistantDB } from './schema';

export type { AssistantDB } from './schema';

export const DB_NAME = 'partner-assistant';
export const DB_VERSION = LATEST_VERSION;
export const DEFAULT_BLOCKED_TIMEOUT_MS = 5000;

export type Db = IDBPDatabase<AssistantDB>;

export type DbErrorCode = 'blocked' | 'version-too-new' | 'upgrade-failed';

export class DbError extends Error {
  override readonly name = 'DbError';
  constructor(
    readonly code: DbErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface OpenOptions {
  /** Schema version to open; only tests ask for an older one (to seed a previous version). */
  version?: number;
  /** How long an upgrade may wait for other connections to close. */
  blockedTimeoutMs?: number;
  /** The upgrade is waiting for another connection (UI: "close other extension pages"). */
  onBlocked?: () => void;
  /** This connection was closed (a newer version wants the database, or the browser dropped it). */
  onClose?: () => void;
}

export function openAssistantDb(options: OpenOptions = {}): Promise<Db> {
  const version = options.version ?? DB_VERSION;
  const timeoutMs = options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS;
  return new Promise<Db>((resolve, reject) => {
    let connection: Db | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    const opening = openDB<AssistantDB>(DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        // A failed step aborts the versionchange transaction, so the previous version stays intact;
        // the open then rejects, which is where the caller hears about it.
        tx.done.catch(() => undefined);
        migrate(db, oldVersion, newVersion ?? version, tx).catch(() => tx.abort());
      },
      blocked() {
        options.onBlocked?.();
        timer ??= setTimeout(() => {
          gaveUp = true;
          reject(new DbError('blocked', 'Database upgrade blocked by another open extension page'));
        }, timeoutMs);
      },
      blocking() {
        connection?.close();
        options.onClose?.();
      },
      terminated() {
        options.onClose?.();
      },
    });
    opening.then(
      (db) => {
        clearTimeout(timer);
        // The caller already got DbError('blocked'); don't leak a connection nobody holds.
        if (gaveUp) return db.close();
        connection = db;
        resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!gaveUp) reject(classifyOpenError(error));
      },
    );
  });
}

function classifyOpenError(error: unknown): DbError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'VersionError') {
    return new DbError('version-too-new', 'The database was created by a newer version', { cause: error });
  }
  return new DbError('upgrade-failed', 'Opening or upgrading the database failed', { cause: error });
}

let shared: Promise<Db> | undefined;

/** The background's connection: opened once, reopened lazily after it was closed for an upgrade. */
export function assistantDb(options: Omit<OpenOptions, 'version' | 'onClose'> = {}): Promise<Db> {
  shared ??= openAssistantDb({
    ...options,
    onClose: () => {
      shared = undefined;
    },
  }).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
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
