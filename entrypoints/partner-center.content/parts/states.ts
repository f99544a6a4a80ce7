/**
 * Customer states for page features: cached API data from the background when it has some, else the page's own
 * figures (page-only mode). Page figures are reported back so other pages (and the popup) can use them.
 */
import type { CustomerFacts } from '@/utils/console/extract';
import type { CustomerLevel, CustomerStatus, DataSource, FrozenState, MoneyState, Site } from '@/utils/domain';
import { type CustomerStateView, type ReportedFigures, sendMessage } from '@/utils/messaging';
import { assessCustomer } from '@/utils/rules/status';
import { statusSettings } from './settings';

export interface ResolvedState {
  status: CustomerStatus;
  money: MoneyState | null;
  source: DataSource;
  fetchedAt: number;
  frozen: FrozenState | null;
  level: CustomerLevel | null;
  accountName: string | null;
}

const CHUNK = 500;

/**
 * What this tab's pages showed, kept while the SPA lives: after the customer list, the orders or voucher pages
 * can mention those customers even in page-only mode with no background data.
 */
const learned = new Map<string, ResolvedState>();
const key = (site: Site, id: string) => `${site}|${id}`;

/** Asks the background about `ids`; an error (no handler, no data) is an empty answer, never thrown. */
export async function cachedStates(site: Site, ids: readonly string[]): Promise<Map<string, CustomerStateView>> {
  const out = new Map<string, CustomerStateView>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const reply = await sendMessage('page.customerStates', { site, customerIds: ids.slice(i, i + CHUNK) });
    if (!reply.ok) return out;
    for (const [id, state] of Object.entries(reply.value.states)) out.set(id, state);
  }
  return out;
}

export function fromPage(site: Site, facts: CustomerFacts, now: number): ResolvedState {
  const status =
    facts.associationType === null || facts.frozen === null
      ? 'unknown'
      : assessCustomer(
          { customer: { associationType: facts.associationType, frozen: facts.frozen }, money: facts.money },
          statusSettings(site),
        ).status;
  return {
    status,
    money: facts.money,
    source: 'page',
    fetchedAt: now,
    frozen: facts.frozen,
    level: facts.level,
    accountName: facts.accountName,
  };
}

export function fromCache(view: CustomerStateView, facts: CustomerFacts | null): ResolvedState {
  return {
    status: view.status,
    money: view.money,
    source: view.source,
    fetchedAt: view.fetchedAt,
    frozen: view.frozen ?? facts?.frozen ?? null,
    level: view.level ?? facts?.level ?? null,
    accountName: view.accountName ?? facts?.accountName ?? null,
  };
}

/** API data wins; otherwise what this page shows now (fresher than any earlier page report). */
export async function resolveStates(site: Site, facts: readonly CustomerFacts[]): Promise<Map<string, ResolvedState>> {
  const cached = await cachedStates(
    site,
    facts.map((f) => f.customerId),
  );
  const now = Date.now();
  const out = new Map<string, ResolvedState>();
  for (const f of facts) {
    const c = cached.get(f.customerId);
    const state = c && c.source === 'api' ? fromCache(c, f) : fromPage(site, f, now);
    out.set(f.customerId, state);
    if (state.source === 'page' && state.status !== 'unknown') learned.set(key(site, f.customerId), state);
  }
  void reportFigures(site, facts);
  return out;
}

/** Any known state of customers merely mentioned on a page: the background's, else what this tab learned. */
export async function knownStates(site: Site, ids: readonly string[]): Promise<Map<string, ResolvedState>> {
  const cached = await cachedStates(site, ids);
  const out = new Map<string, ResolvedState>();
  for (const id of ids) {
    const c = cached.get(id);
    const l = learned.get(key(site, id));
    const fresher = c && (!l || c.fetchedAt >= l.fetchedAt) ? fromCache(c, null) : l;
    if (fresher) out.set(id, fresher);
  }
  return out;
}

/** Page-only mode: tell the background what the page showed. Failures are expected (no handler) and ignored. */
async function reportFigures(site: Site, facts: readonly CustomerFacts[]): Promise<void> {
  const rows: ReportedFigures[] = [];
  for (const f of facts) {
    if (f.associationType === null) continue;
    const row: ReportedFigures = { customerId: f.customerId, associationType: f.associationType };
    if (f.frozen !== null) row.frozen = f.frozen;
    if (f.level !== null) row.level = f.level;
    if (f.money?.site === 'cn') row.balance = f.money.balance;
    if (f.money?.site === 'intl') Object.assign(row, { budget: f.money.budget, used: f.money.used });
    rows.push(row);
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    await sendMessage('page.reportFigures', { site, rows: rows.slice(i, i + CHUNK) });
  }
}
