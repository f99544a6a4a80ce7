/** IAM GET /v3/auth/domains: which account the AK/SK belongs to (finds or checks the account id). */
import * as v from 'valibot';
import type { BssClient, Operation } from '../client';
import { ApiError } from '../errors';

export interface IamDomain {
  id: string;
  name: string;
}

export const ListAuthDomains: Operation<IamDomain[]> = {
  name: 'KeystoneListAuthDomains',
  method: 'GET',
  path: '/v3/auth/domains',
  service: 'iam',
  idempotent: true,
  response: v.pipe(
    v.object({
      domains: v.pipe(
        v.array(v.object({ id: v.pipe(v.string(), v.minLength(1)), name: v.nullish(v.string()) })),
        v.minLength(1),
      ),
    }),
    v.transform((r) => r.domains.map((d) => ({ id: d.id, name: d.name ?? '' }))),
  ),
};

/** The account (domain) the credentials belong to: `domains[0]` of IAM's answer. */
export async function showOwnDomain(client: BssClient, signal?: AbortSignal): Promise<IamDomain> {
  const [first] = await client.call(ListAuthDomains, { signal });
  // The schema already requires one entry; this keeps the type honest under noUncheckedIndexedAccess.
  if (!first)
    throw new ApiError({ kind: 'malformed', message: 'IAM returned no domain', operation: ListAuthDomains.name });
  return first;
}
