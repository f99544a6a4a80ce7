/**
 * The order-on-behalf session the partner started from this extension, so console pages can show "acting as".
 * storage.local (content scripts cannot read storage.session); holds no secret, only what the page showed.
 */
import { storage } from 'wxt/utils/storage';
import type { CustomerStatus, MoneyState, Site } from '@/utils/domain';

export interface ActingAs {
  site: Site;
  customerId: string;
  accountName: string | null;
  status: CustomerStatus;
  money: MoneyState | null;
  startedAt: number;
}

export const actingAsItem = storage.defineItem<ActingAs | null>('local:actingAs', { fallback: null });

/** An order-on-behalf session older than this is stale: the console session has long expired. */
export const ACTING_AS_MAX_AGE_MS = 12 * 3_600_000;
