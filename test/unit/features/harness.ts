/** Runs one page feature against the current test document, the way the runner would. */
import { vi } from 'vitest';
import type { Feature } from '@/entrypoints/partner-center.content/feature';
import { detectPage } from '@/utils/console/pages';
import type { CustomerStateView, MessageType, Result } from '@/utils/messaging';
import { type CustomerJson, expectedStatus } from '../../e2e/pc/expect';
import type { SandboxCustomer, SiteDataset } from '../../sandbox/bss/types';
import { customerView } from '../../sandbox/console/data';

export function runFeature(feature: Feature, url: string): AbortController {
  const page = detectPage(url);
  if (!page) throw new Error(`not a page of ours: ${url}`);
  const controller = new AbortController();
  void Promise.resolve(feature.run({ signal: controller.signal, page, document }));
  return controller;
}

export function hosts(feature: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`pa-ui[data-feature="${feature}"]`)];
}

export function hostData(feature: string, attr: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of hosts(feature)) if (h.dataset.key) out[h.dataset.key] = h.dataset[attr] ?? '';
  return out;
}

export function expectedFor(data: SiteDataset, c: SandboxCustomer): string | null {
  return expectedStatus(customerView(data, c) as CustomerJson);
}

/** What the mocked background answers for page.customerStates (others: no handler). */
export const background = { states: {} as Record<string, CustomerStateView> };

export function fakeSendMessage(type: MessageType, payload: unknown): Promise<Result<unknown>> {
  if (type === 'page.customerStates') {
    const ids = (payload as { customerIds: string[] }).customerIds;
    const states = Object.fromEntries(
      ids.flatMap((id) => (background.states[id] ? [[id, background.states[id]]] : [])),
    );
    return Promise.resolve({ ok: true, value: { states, partnerFetchedAt: null } });
  }
  return Promise.resolve({ ok: false, error: { code: 'handler-failed', message: 'No handler', reason: 'no-handler' } });
}

export const sendMessageMock = vi.fn(fakeSendMessage);
