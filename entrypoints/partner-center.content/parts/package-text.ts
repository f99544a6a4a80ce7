/** Rule output of a resource package → the line the page shows: quantities with their unit, dates localised. */
import { intlLocale, type MessageKey, t } from '@/utils/i18n';
import type { PackageQuota } from '@/utils/rules/package-quota';
import type { CycleUnit } from '@/utils/rules/reset-cycle';
import { BILLING_OFFSET_MIN } from '@/utils/rules/time';

const CYCLE_KEY: Record<CycleUnit, MessageKey> = {
  hour: 'packageCycleHour',
  day: 'packageCycleDay',
  week: 'packageCycleWeek',
  month: 'packageCycleMonth',
  year: 'packageCycleYear',
};
const ISO_RE = /^\d{4}-\d{2}-\d{2}T/;
const isCycle = (p: string): p is CycleUnit => p in CYCLE_KEY;

/** Dates on the Beijing wall clock, the time the console itself bills and resets in (reset-cycle.ts). */
function day(iso: string): string {
  const wall = new Date(Date.parse(iso) + BILLING_OFFSET_MIN * 60_000);
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(wall);
}

export function packageText(quota: PackageQuota, unit: string): string {
  const { key, params } = quota.message;
  const shown = params.map((p) => {
    const s = String(p);
    if (ISO_RE.test(s)) return day(s);
    if (isCycle(s)) return t(CYCLE_KEY[s]);
    return /^-?\d+(\.\d+)?$/.test(s) && unit ? `${s} ${unit}` : s;
  });
  return t(key, ...shown);
}
