/**
 * Background message router: validates every incoming message against its schema, checks who sent
 * it, and runs the handler. Handler errors become a Result, never an uncaught rejection.
 */
import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import {
  CONTENT_SCRIPT_TYPES,
  errorText,
  type MessageType,
  type RequestOf,
  type ResponseMap,
  type Result,
  requestSchemas,
} from './messaging';

export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: SenderKind) => Promise<ResponseMap[K]>;
};

export type SenderKind = 'extension-page' | 'content-script';

export interface RouterContext {
  extensionId: string;
  extensionOrigin: string;
}

/** Classifies a sender; null means "not us" (another extension, a web page, or unknown). */
export function classifySender(sender: Browser.runtime.MessageSender, ctx: RouterContext): SenderKind | null {
  if (sender.id !== ctx.extensionId) return null;
  if (sender.tab) return 'content-script';
  if (sender.url?.startsWith(ctx.extensionOrigin)) return 'extension-page';
  return null;
}

export function createRouter(handlers: Handlers, ctx: RouterContext) {
  return async (message: unknown, sender: Browser.runtime.MessageSender): Promise<Result<unknown>> => {
    const kind = classifySender(sender, ctx);
    if (!kind) return fail('forbidden', 'Unknown sender');
    if (!isEnvelope(message)) return fail('invalid-message', 'Malformed message');
    const type = message.type;
    if (kind === 'content-script' && !CONTENT_SCRIPT_TYPES.has(type)) {
      return fail('forbidden', `A page script may not send ${type}`);
    }
    const parsed = v.safeParse(requestSchemas[type], message.payload);
    if (!parsed.success) return fail('invalid-message', `Invalid payload for ${type}`);
    try {
      const handler = handlers[type] as (p: unknown, s: SenderKind) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.output, kind) };
    } catch (err) {
      const reason = reasonOf(err);
      return { ok: false, error: { code: 'handler-failed', message: errorText(err), ...(reason ? { reason } : {}) } };
    }
  };
}

function isEnvelope(message: unknown): message is { type: MessageType; payload: unknown } {
  if (!message || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(requestSchemas, type);
}

/** A typed error's machine-readable reason (ApiError.kind, VaultError.code), so the UI can say what to do. */
function reasonOf(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const { kind, code } = err as { kind?: unknown; code?: unknown };
  if (typeof kind === 'string') return kind;
  return typeof code === 'string' ? code : undefined;
}

function fail(code: 'invalid-message' | 'forbidden' | 'handler-failed', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
