/**
 * The typed message contract between extension contexts and the background.
 * Each area declares its requests (valibot schemas, checked by the router before any handler runs)
 * and responses in utils/messages/<area>.ts; this module joins them. Content scripts may only send
 * the types their area lists in `contentScriptTypes`.
 */
import type * as v from 'valibot';
import { browser } from 'wxt/browser';
import * as app from './messages/app';
import * as customers from './messages/customers';
import * as money from './messages/money';
import * as page from './messages/page';
import * as sync from './messages/sync';
import * as vault from './messages/vault';

export type { AppStatus } from './messages/app';
export type { CustomerStates, CustomerStateView, PageAction, ReportedFigures } from './messages/page';
export type { SyncJobId, SyncJobStatus, SyncStatus } from './messages/sync';
export type { FoundDomain, SavedAccount, VaultState } from './messages/vault';

export const requestSchemas = {
  ...app.requests,
  ...page.requests,
  ...customers.requests,
  ...money.requests,
  ...vault.requests,
  ...sync.requests,
} as const;

export interface ResponseMap
  extends app.Responses,
    page.Responses,
    customers.Responses,
    money.Responses,
    vault.Responses,
    sync.Responses {}

/** Declared types whose background handlers are not wired yet (the router answers reason 'no-handler'). */
export type UnwiredType = customers.UnwiredType | money.UnwiredType;

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;

/** Read-only, secret-free requests a content script may make. */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  ...app.contentScriptTypes,
  ...page.contentScriptTypes,
  ...customers.contentScriptTypes,
  ...vault.contentScriptTypes,
  ...sync.contentScriptTypes,
]);

export type ErrorCode = 'invalid-message' | 'forbidden' | 'handler-failed';
export interface MessageError {
  code: ErrorCode;
  message: string;
  /** A machine-readable reason from the handler (e.g. an ApiError kind or a VaultError code). */
  reason?: string;
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
