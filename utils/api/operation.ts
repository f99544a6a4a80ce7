/** What the client is given: the partner's credentials, the hosts, and the declared API operations. */
import type * as v from 'valibot';
import type { Site } from '@/utils/domain';
import type { HttpMethod, QueryParams } from './signer';

export interface ApiCredentials {
  ak: string;
  sk: string;
  securityToken?: string;
  /** The partner's account id (X-Domain-Id). */
  domainId: string;
  site: Site;
}

export interface BaseUrls {
  bss: string;
  iam: string;
}

export const DEFAULT_BASE_URLS: Readonly<Record<Site, BaseUrls>> = {
  cn: { bss: 'https://bss.myhuaweicloud.com', iam: 'https://iam.myhuaweicloud.com' },
  intl: { bss: 'https://bss-intl.myhuaweicloud.com', iam: 'https://iam.ap-southeast-1.myhuaweicloud.com' },
};

/** A declared API operation; endpoint modules define one per call. */
export interface Operation<T> {
  /** The API's name (e.g. "ListSubCustomers"): the rate-limit key and the label in errors. */
  name: string;
  method: HttpMethod;
  path: string;
  service?: 'bss' | 'iam';
  /** Safe to repeat: GETs and query-POSTs. Money-moving calls are false and are never retried. */
  idempotent: boolean;
  response: v.GenericSchema<unknown, T>;
  /** The API answers an empty body on success. */
  allowEmptyBody?: boolean;
}

export interface CallInput {
  query?: QueryParams;
  /** JSON body (serialised once; the signed bytes are the sent bytes). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}
