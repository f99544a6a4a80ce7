/** Job id → job. */
import type { SyncJobId } from '../messages/sync';
import type { JobContext, JobOutcome } from './context';
import { runCustomersJob } from './jobs/customers';
import { runMoneyJob } from './jobs/money';
import { runResourcesJob } from './jobs/resources';
import { runVouchersJob } from './jobs/vouchers';

const COMPLETE: JobOutcome = { complete: true };

export async function runJob(job: SyncJobId, ctx: JobContext): Promise<JobOutcome> {
  switch (job) {
    case 'customers':
      await runCustomersJob(ctx);
      return COMPLETE;
    case 'money':
      await runMoneyJob(ctx);
      return COMPLETE;
    case 'vouchers':
      await runVouchersJob(ctx);
      return COMPLETE;
    case 'resources':
      return runResourcesJob(ctx);
  }
}
