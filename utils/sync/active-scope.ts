/**
 * The active partner account's scope and label, remembered outside the vault so the popup, the badge and
 * the content-script answers still know whose cache to read while the vault is locked. Not secret: an
 * account id and a label the user typed.
 */
import type { Db } from '../cache/db';
import type { PartnerScope, Site } from '../domain';
import { isRecord, readMeta, writeMeta } from './meta';

export interface ActiveAccount extends PartnerScope {
  label: string;
}

const KEY = 'active-account';

function isActive(value: unknown): value is ActiveAccount {
  return (
    isRecord(value) &&
    typeof value.partnerId === 'string' &&
    (value.site === 'cn' || value.site === 'intl') &&
    typeof value.label === 'string'
  );
}

export function readActiveAccount(db: Db): Promise<ActiveAccount | null> {
  return readMeta(db, KEY, isActive);
}

export async function writeActiveAccount(db: Db, account: ActiveAccount | null): Promise<void> {
  if (account === null) await db.delete('meta', KEY);
  else await writeMeta(db, KEY, { partnerId: account.partnerId, site: account.site, label: account.label });
}

export const scopeOf = (a: { partnerId: string; site: Site }): PartnerScope => ({
  partnerId: a.partnerId,
  site: a.site,
});
