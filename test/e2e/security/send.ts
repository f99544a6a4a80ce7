/** Sending messages to the background as a compromised content script would, and reading the answers. */
import type { contentScriptWorld } from '../sync/content-world';

type World = Awaited<ReturnType<typeof contentScriptWorld>>;

export interface Reply {
  /** The background's Result, or undefined when the call threw (`thrown` says why). */
  answer?: { ok: boolean; value?: unknown; error?: { code: string; message: string; reason?: string } };
  thrown?: string;
}

/**
 * Sends each message from the content-script world, `parallel` at a time, and returns the replies in order.
 * The messages travel as JSON text and are parsed in the browser, so a `__proto__` key stays an own property.
 */
export async function sendFromContentWorld(world: World, messages: readonly unknown[], parallel = 8): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (let start = 0; start < messages.length; start += 50) {
    const batch = JSON.stringify(messages.slice(start, start + 50));
    const answers = await world.evaluate<Reply[]>(`(async () => {
      const messages = JSON.parse(${JSON.stringify(batch)});
      const out = new Array(messages.length);
      const one = async (i) => {
        try { out[i] = { answer: await chrome.runtime.sendMessage(messages[i]) }; }
        catch (e) { out[i] = { thrown: String(e && e.message) }; }
      };
      for (let i = 0; i < messages.length; i += ${parallel}) {
        await Promise.all(messages.slice(i, i + ${parallel}).map((_, j) => one(i + j)));
      }
      return out;
    })()`);
    replies.push(...answers);
  }
  return replies;
}
