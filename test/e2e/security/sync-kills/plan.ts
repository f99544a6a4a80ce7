/**
 * Seeded kill plans for the sync-survives-worker-death suite (security.md §7 G4): which page of which paged list
 * each kill aims at, and at what moment of that page. Same seed, same plan, so a failure replays exactly.
 */
import { Rng } from '../../../sandbox/bss/prng';

/** The paged lists a full sync walks, in the order the scheduler runs them (customers, then vouchers). */
export const PAGED_LISTS = [
  { job: 'customers', operation: 'ListSubCustomers' },
  { job: 'vouchers', operation: 'ListIssuedPartnerCoupons' },
] as const;
export type PagedJob = (typeof PAGED_LISTS)[number]['job'];

export const PAGE_SIZE = 100;
const MIN_GAP = 2;

/**
 * - `mid-fetch`: the page request is at the sandbox (held by added latency) when the worker dies.
 * - `after-response`: the response was just sent; the worker dies while parsing or writing it.
 * - `after-response-delayed`: a seeded 5–80 ms later, aiming at the page's transaction and what follows it.
 */
export type KillMoment = 'mid-fetch' | 'after-response' | 'after-response-delayed';
const MOMENTS: readonly KillMoment[] = ['mid-fetch', 'after-response', 'after-response-delayed'];

export interface PlannedKill {
  job: PagedJob;
  operation: string;
  offset: number;
  moment: KillMoment;
  /** Extra wait after the response, ms (0 unless `after-response-delayed`). */
  delayMs: number;
}

/**
 * `kills` pages across both lists, in sync order, at least MIN_GAP pages apart (so a dying worker cannot reach
 * the next target before it is armed), each with a seeded moment.
 */
export function killPlan(seed: number, kills: number, pages: Record<PagedJob, number>): PlannedKill[] {
  const rng = new Rng(seed);
  const all = PAGED_LISTS.flatMap(({ job, operation }) =>
    Array.from({ length: pages[job] }, (_, i) => ({ job, operation, offset: i * PAGE_SIZE })),
  );
  // Distinct sorted picks from a shrunk range, then spread out by the gap.
  const range = all.length - (kills - 1) * (MIN_GAP - 1);
  if (kills > range) throw new Error(`${kills} kills do not fit into ${all.length} pages`);
  const chosen = new Set<number>();
  while (chosen.size < kills) chosen.add(rng.int(0, range - 1));
  return [...chosen]
    .sort((a, b) => a - b)
    .map((pick, i) => {
      const page = all[pick + i * (MIN_GAP - 1)];
      if (!page) throw new Error(`no page ${pick}`);
      const moment = rng.pick(MOMENTS);
      return { ...page, moment, delayMs: moment === 'after-response-delayed' ? rng.int(5, 80) : 0 };
    });
}

export const describeKill = (k: PlannedKill) => `${k.job}@${k.offset} ${k.moment}${k.delayMs ? `+${k.delayMs}ms` : ''}`;
