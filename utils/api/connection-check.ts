/**
 * "Test connection": one cheap read (ListSubCustomers, same path on both sites) and, when that fails, IAM
 * lookups that tell a bad key from a wrong account id or the wrong site. Returns a union the UI translates.
 */
import type { Site } from '@/utils/domain';
import { type BaseUrls, type ClientOptions, createClient } from './client';
import { listSubCustomers } from './endpoints/customers';
import { showOwnDomain } from './endpoints/iam';
import { ApiError } from './errors';

export type ConnectionCheckResult =
  | { status: 'ok'; site: Site; domainId: string; skewMs: number | undefined; clockWarning: boolean }
  | { status: 'bad-credentials' }
  | { status: 'wrong-account-id'; actualDomainId: string }
  | { status: 'missing-permission'; code: string }
  | { status: 'wrong-site'; actualSite: Site | undefined }
  | { status: 'not-a-partner' }
  | { status: 'clock-skew'; skewMs: number | undefined }
  | { status: 'throttled' }
  | { status: 'network' }
  | { status: 'server-error'; code: string; requestId: string }
  | { status: 'unexpected'; kind: string; code: string; requestId: string };

export interface ConnectionCheckOptions extends Omit<ClientOptions, 'baseUrls'> {
  /** Hosts per site (tests point both at sandboxes); defaults are the real hosts. */
  baseUrls?: Partial<Record<Site, Partial<BaseUrls>>>;
}

const otherSite = (site: Site): Site => (site === 'cn' ? 'intl' : 'cn');

/** Which account the key belongs to on a site's IAM, or the IAM error. */
async function iamDomain(options: ConnectionCheckOptions, site: Site): Promise<string | ApiError> {
  const client = createClient({
    ...options,
    credentials: { ...options.credentials, site },
    baseUrls: options.baseUrls?.[site],
  });
  try {
    return (await showOwnDomain(client)).id;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

async function diagnoseAuth(options: ConnectionCheckOptions, error: ApiError): Promise<ConnectionCheckResult> {
  const { site, domainId } = options.credentials;
  const own = await iamDomain(options, site);
  if (typeof own === 'string') {
    if (own !== domainId) return { status: 'wrong-account-id', actualDomainId: own };
    return error.kind === 'auth' ? { status: 'bad-credentials' } : { status: 'missing-permission', code: error.code };
  }
  if (own.kind === 'network') return { status: 'network' };
  if (error.kind === 'permission') return { status: 'missing-permission', code: error.code };
  // The key is unknown here: is it a key of the other site?
  const other = await iamDomain(options, otherSite(site));
  if (typeof other === 'string') return { status: 'wrong-site', actualSite: otherSite(site) };
  return { status: 'bad-credentials' };
}

export async function checkConnection(options: ConnectionCheckOptions): Promise<ConnectionCheckResult> {
  const { site, domainId } = options.credentials;
  const client = createClient({ ...options, baseUrls: options.baseUrls?.[site] });
  try {
    await listSubCustomers(client, { limit: 1 });
    return { status: 'ok', site, domainId, skewMs: client.clockSkewMs(), clockWarning: client.clockWarning() };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.detail === 'clock-skew') return { status: 'clock-skew', skewMs: client.clockSkewMs() };
    if (error.detail === 'wrong-site') return { status: 'wrong-site', actualSite: otherSite(site) };
    if (error.detail === 'not-a-partner') return { status: 'not-a-partner' };
    switch (error.kind) {
      case 'auth':
      case 'permission':
        return diagnoseAuth(options, error);
      case 'network':
        return { status: 'network' };
      case 'throttled':
        return { status: 'throttled' };
      case 'server':
        return { status: 'server-error', code: error.code, requestId: error.requestId };
      default:
        return { status: 'unexpected', kind: error.kind, code: error.code, requestId: error.requestId };
    }
  }
}
