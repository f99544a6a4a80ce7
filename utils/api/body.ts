/**
 * Reading an untrusted response body (security.md §4.4): counted while it streams and abandoned at the cap, so
 * a 100 MB answer never sits in the worker's memory; and a check that a success body claims to be JSON.
 */

/** The body as text, or null when it is larger than `maxBytes` (the rest is not downloaded). */
export async function readCappedText(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * False when the server says the body is something other than JSON (an HTML error page from a proxy, a
 * text/plain answer). A missing header is tolerated: only a stated wrong type is refused.
 */
export function claimsJson(response: Response): boolean {
  const type = response.headers.get('Content-Type');
  return type === null || type.trim() === '' || /\bjson\b/i.test(type);
}
