/**
 * What a request is about, so a fault rule can target it: one customer's calls (`rule.customers`) or one page of a
 * list (`rule.offset`).
 */

export interface RequestSubject {
  /** The list page's `offset` (JSON body or query; absent = 0). */
  offset: number;
  /** `customer_id` / `customer_ids` of the request. */
  customers: readonly string[];
}

export const NO_SUBJECT: RequestSubject = { offset: 0, customers: [] };

export function requestSubject(query: Record<string, string[]>, body: unknown): RequestSubject {
  return { offset: requestOffset(body, query), customers: requestCustomers(query, body) };
}

function requestOffset(body: unknown, query: Record<string, string[]>): number {
  const fromBody = typeof body === 'object' && body !== null ? (body as { offset?: unknown }).offset : undefined;
  const offset = Number(fromBody ?? query.offset?.[0] ?? 0);
  return Number.isFinite(offset) ? offset : 0;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/** `customer_id` / `customer_ids` from the query and the top level of a JSON body. */
export function requestCustomers(query: Record<string, string[]>, body: unknown): string[] {
  const out = [...(query.customer_id ?? [])];
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const o = body as Record<string, unknown>;
    out.push(...strings(o.customer_id), ...strings(o.customer_ids));
  }
  return out;
}
