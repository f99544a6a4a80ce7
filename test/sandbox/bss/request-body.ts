/** Reading a request body (with the 12 MB AK/SK limit) and parsing it as JSON. */
import type { IncomingMessage } from 'node:http';
import { errors } from './errors';

const MAX_BODY = 12 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size <= MAX_BODY) chunks.push(buf);
  }
  return { body: Buffer.concat(chunks), tooLarge: size > MAX_BODY };
}

/** Parsed JSON, or undefined for an empty body; invalid JSON is a parameter error. */
export function jsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw errors.paramError('the request body is not valid JSON');
  }
}

export function parseBodyForRecord(body: Buffer): unknown {
  if (body.length === 0) return null;
  const text = body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
