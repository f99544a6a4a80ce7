/**
 * The channels G1 scans, each as searchable text: what the page world and the content-script world can read,
 * the console of every context, and every request (with the one place the AK may go taken out).
 */
import type { Page } from 'playwright-core';
import { BSS_HOSTS, IAM_HOSTS } from '../../sandbox/hosts';
import { contentScriptWorld } from '../sync/content-world';
import { dumpContentWorld, dumpPageWorld } from './dump';
import { type Observer, requestText, type SeenRequest } from './observe';

/** The page world (DOM, web storage, page-origin IndexedDB, globals) and the content-script world's dump. */
export async function pageChannels(page: Page, extensionId: string) {
  const { storage, globals } = await dumpPageWorld(page);
  const world = await contentScriptWorld(page, extensionId);
  try {
    return { 'page DOM and storage': storage, 'page globals': globals, 'content world': await dumpContentWorld(world) };
  } finally {
    await world.close();
  }
}

export const consoleChannel = (observer: Observer) => ({ console: observer.consoleLines.join('\n') });

const API_HOSTS: ReadonlySet<string> = new Set([...Object.values(BSS_HOSTS), ...Object.values(IAM_HOSTS)]);
const SIGNED = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=[^,\s]+, Signature=[0-9a-f]{64}$/;

/**
 * Requests as text. The AK's one allowed place, `Access=<AK>` in the signed Authorization header of a BSS/IAM
 * request, is cut out, so the AK found anywhere else (another host, header, URL or body) is a hit.
 * `signedWithAk` counts the cut-outs: proof the AK went where it should.
 */
export function requestChannels(requests: readonly SeenRequest[], ak: string) {
  let signedWithAk = 0;
  const texts = requests.map((r) => {
    const auth = r.headers.authorization ?? '';
    if (API_HOSTS.has(new URL(r.url).host) && SIGNED.exec(auth)?.[1] === ak) {
      signedWithAk++;
      return requestText({ ...r, headers: { ...r.headers, authorization: auth.replace(`Access=${ak}`, 'Access=…') } });
    }
    return requestText(r);
  });
  return { channels: { requests: texts.join('\n\n') }, signedWithAk };
}
