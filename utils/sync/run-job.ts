/** Job id → job. */
import type { SyncJobId } from '../messages/sync';
import type { JobContext } from './context';
import { runCustomersJob } from './jobs/customers';
import { runMoneyJob } from './jobs/money';
import { runResourcesJob } from './jobs/resources';
import { runVouchersJob } from './jobs/vouchers';

export async function runJob(job: SyncJobId, ctx: JobContext): Promise<void> {
  switch (job) {
    case 'customers':
      await runCustomersJob(ctx);
      return;
    case 'money':
      return runMoneyJob(ctx);
    case 'vouchers':
      return runVouchersJob(ctx);
    case 'resources':
      return runResourcesJob(ctx);
  }
}
