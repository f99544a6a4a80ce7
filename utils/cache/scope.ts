/** Key ranges and stamping for records scoped by [partnerId, site, …]. */
import type { PartnerScope, Provenance } from '@/utils/domain';
import type { RecordMeta } from './schema';

/** A sync page is at most this many records; each page is written in one transaction. */
export const PAGE_SIZE = 100;

/** Provenance for a batch of records, plus the sync run writing them (for mark-and-sweep). */
export interface BatchProvenance extends Provenance {
  runId?: string;
}

/** Every key [partnerId, site, *]: arrays sort after strings, so [p, s, []] bounds all string ids. */
export function scopeRange(scope: PartnerScope): IDBKeyRange {
  return IDBKeyRange.bound([scope.partnerId, scope.site], [scope.partnerId, scope.site, []]);
}

/** Index keys [partnerId, site, value…] whose value starts with `prefix` (all values when empty). */
export function prefixRange(scope: PartnerScope, prefix: string): IDBKeyRange {
  if (prefix === '') return scopeRange(scope);
  return IDBKeyRange.bound([scope.partnerId, scope.site, prefix], [scope.partnerId, scope.site, `${prefix}\uffff`]);
}

/** Index keys [partnerId, site, value] with value ≤ `upTo` (strings only, e.g. ISO times). */
export function upToRange(scope: PartnerScope, upTo: string): IDBKeyRange {
  return IDBKeyRange.bound([scope.partnerId, scope.site, ''], [scope.partnerId, scope.site, upTo]);
}

export function scopedKey(scope: PartnerScope, id: string): [string, PartnerScope['site'], string] {
  return [scope.partnerId, scope.site, id];
}

/** Adds scope and provenance; the scope is applied last so a payload can never re-scope itself. */
export function stamp<T extends object>(scope: PartnerScope, item: T, prov: BatchProvenance): T & RecordMeta {
  const meta: RecordMeta = {
    partnerId: scope.partnerId,
    site: scope.site,
    fetchedAt: prov.fetchedAt,
    source: prov.source,
  };
  if (prov.runId !== undefined) meta.runId = prov.runId;
  return { ...item, ...meta };
}
