/** The customer ids a request is about, so a fault rule can target one customer's calls (`rule.customers`). */

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
