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
  type UnwiredType,
} from './messaging';

type Handler<K extends MessageType> = (payload: RequestOf<K>, sender: SenderKind) => Promise<ResponseMap[K]>;
/**
 * Every message type has its handler (the composition root declares its map with this type), except types an
 * area still lists as unwired (see messaging.ts `UnwiredType`).
 */
export type Handlers = { [K in Exclude<MessageType, UnwiredType>]: Handler<K> } & { [K in UnwiredType]?: Handler<K> };
/** What the router accepts: a missing handler answers reason 'no-handler' (tests wire only what they need). */
export type RouterHandlers = Partial<Handlers>;

export type SenderKind = 'extension-page' | 'content-script';

export interface RouterContext {
  extensionId: string;
  extensionOrigin: string;
}

/** Classifies a sender; null means "not us" (another extension, a web page, or unknown). */
export function classifySender(sender: Browser.runtime.MessageSender, ctx: RouterContext): SenderKind | null {
  if (sender.id !== ctx.extensionId) return null;
  // An extension page opened in a tab (the options page) also has `sender.tab`: its URL decides. A content
  // script's URL is the web page's, never ours.
  if (sender.url?.startsWith(ctx.extensionOrigin)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return null;
}

export function createRouter(handlers: RouterHandlers, ctx: RouterContext) {
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
    const handler = handlers[type] as ((p: unknown, s: SenderKind) => Promise<unknown>) | undefined;
    if (!handler)
      return { ok: false, error: { code: 'handler-failed', message: `No handler for ${type}`, reason: 'no-handler' } };
    try {
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
