/**
 * What the Partner Center features should show, computed straight from the stand-in's JSON views (the dataset),
 * independently of the extension's rules: a plain restatement of partner-center.md §2.5 / §7.1.
 */
import type { Page } from 'playwright-core';

export interface CustomerJson {
  customerId: string;
  accountName: string;
  associationType: '1' | '2';
  frozen: 0 | 1 | 2;
  authorized: boolean;
  balance: string | null;
  budget: { amount: string; used: string; type: string } | null;
}

/** Default low threshold of the settings (100 in the site currency). */
const LOW = 100;

export function expectedStatus(c: CustomerJson): 'blocked' | 'frozen' | 'low' | null {
  if (c.associationType === '1') return null;
  if (c.frozen !== 0) return 'frozen';
  const left =
    c.balance !== null ? Number(c.balance) : c.budget ? Number(c.budget.amount) - Number(c.budget.used) : null;
  if (left === null) return null;
  if (left <= 0) return 'blocked';
  return left < LOW ? 'low' : null;
}

export async function fetchCustomers(
  page: Page,
  q: { offset: number; limit: number; sort?: string; order?: string },
): Promise<{ total: number; rows: CustomerJson[] }> {
  const params = new URLSearchParams({
    offset: String(q.offset),
    limit: String(q.limit),
    sort: q.sort ?? 'associatedOn',
    order: q.order ?? 'desc',
  });
  return page.evaluate(async (p) => (await fetch(`/obmgr/__data/customers?${p}`)).json(), params.toString());
}

/** The chip status the page shows per customer id (absent = no chip). */
export async function shownChips(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const host of document.querySelectorAll<HTMLElement>('pa-ui[data-feature="balance-warning"]')) {
      if (host.dataset.key !== 'summary' && host.dataset.key) out[host.dataset.key] = host.dataset.status ?? '';
    }
    return out;
  });
}

export function expectedChips(rows: CustomerJson[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    const s = expectedStatus(r);
    if (s) out[r.customerId] = s;
  }
  return out;
}

/** Ids of the rows currently in the table, in order. */
export async function visibleIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('tp-tbody > tp-tr')].map((tr) => tr.firstElementChild?.textContent?.trim() ?? ''),
  );
}

/** Mention chips also show healthy resellers ("OK"); referral customers get none. */
export function expectedMention(c: CustomerJson): string | null {
  return expectedStatus(c) ?? (c.associationType === '2' ? 'ok' : null);
}

/** Feature hosts per key, to catch duplicates after re-runs. */
export async function hostCounts(page: Page, feature: string): Promise<Record<string, number>> {
  return page.evaluate((f) => {
    const out: Record<string, number> = {};
    for (const h of document.querySelectorAll<HTMLElement>(`pa-ui[data-feature="${f}"]`)) {
      const k = h.dataset.key ?? '';
      out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  }, feature);
}
