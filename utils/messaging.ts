/**
 * The typed message contract between extension contexts and the background.
 * Every request type has a valibot schema (checked by the router before any handler runs) and a
 * response type. Content scripts may only send the types in CONTENT_SCRIPT_TYPES.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

export const requestSchemas = {
  /** Health check: the background answers and proves its IndexedDB works. */
  'app.status': v.strictObject({}),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;

export interface AppStatus {
  version: string;
  /** How many times `app.status` was answered, persisted in IndexedDB. */
  statusCount: number;
  /** When the background's worker instance started (epoch ms); changes after a service-worker restart. */
  workerStartedAt: number;
}

export interface ResponseMap {
  'app.status': AppStatus;
}

/** Read-only, secret-free requests a content script may make. */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>(['app.status']);

export type ErrorCode = 'invalid-message' | 'forbidden' | 'handler-failed';
export interface MessageError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: MessageError };

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

/** Sends a request to the background and returns its Result (never throws on a handler error). */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Result<ResponseMap[K]>> {
  const envelope: Envelope<K> = { type, payload };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Result<ResponseMap[K]> | undefined;
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      return { ok: false, error: { code: 'handler-failed', message: 'No answer from the background' } };
    }
    return reply;
  } catch (err) {
    return { ok: false, error: { code: 'handler-failed', message: errorText(err) } };
  }
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
