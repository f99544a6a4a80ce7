/** Per-job sync state for the options page: what is running, how far, and why a job failed. */

import { formatTime } from '@/utils/format';
import { intlLocale, t } from '@/utils/i18n';
import type { SyncJobId, SyncJobStatus } from '@/utils/messages/sync';

const NAMES: Record<SyncJobId, () => string> = {
  customers: () => t('optJobCustomers'),
  money: () => t('optJobMoney'),
  vouchers: () => t('optJobVouchers'),
  resources: () => t('optJobResources'),
};

function stateText(job: SyncJobStatus): string {
  switch (job.state) {
    case 'running':
      return t('optStateRunning', job.done, job.total ?? '?');
    case 'paused':
      return t('optStatePaused');
    case 'failed':
      return t('optStateFailed', job.error?.message ?? '');
    case 'unavailable':
      return t('optStateUnavailable');
    default:
      // A pass run in bounded parts (resources) says how far it got and when it goes on.
      if (job.continuesAt !== undefined) {
        return t('optStateContinues', job.done, job.total ?? '?', formatTime(job.continuesAt, intlLocale(), 'minutes'));
      }
      return t('optStateIdle');
  }
}

export function JobList({ jobs }: { jobs: readonly SyncJobStatus[] }) {
  return (
    <ul class="jobs">
      {jobs.map((job) => (
        <li key={job.id} data-job={job.id} data-state={job.state} data-continues={job.continuesAt !== undefined}>
          <span>{NAMES[job.id]()}</span>
          <span>{stateText(job)}</span>
          {job.state === 'running' && job.total !== null && <progress value={job.done} max={job.total} />}
        </li>
      ))}
    </ul>
  );
}
