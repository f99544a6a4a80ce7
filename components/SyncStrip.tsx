/** The sync line under the search: progress while syncing, how old the data is, and any error with its fix. */
import { SKEW_WARN_MS } from '@/utils/api/clock';
import { formatAge, formatTime, wholeMinutes } from '@/utils/format';
import { intlLocale, t } from '@/utils/i18n';
import type { SyncError, SyncStatus } from '@/utils/messages/sync';
import { SYNC_ACTION_LABELS, SYNC_ERRORS, type SyncFixAction } from './sync-errors';

export interface SyncStripProps {
  status: SyncStatus | null;
  /** Last successful sync as the list reported it (the status may not be known). */
  syncedAt: number | null;
  now: number;
  onAction: (action: SyncFixAction) => void;
}

export function SyncStrip({ status, syncedAt, now, onAction }: SyncStripProps) {
  const last = status?.lastSuccessAt ?? syncedAt;
  const error = status && !status.running ? status.error : null;
  const text = error ? SYNC_ERRORS[error.reason] : null;
  return (
    <section
      class="sync"
      aria-label={t('syncLabel')}
      data-state={status?.running ? 'running' : error ? 'error' : 'idle'}
    >
      {status?.running ? (
        <Progress done={status.progress?.done ?? 0} total={status.progress?.total ?? null} />
      ) : (
        <span class="sync-age">
          {last === null ? t('syncNever') : t('syncUpdated', formatAge(last, now, intlLocale()))}
        </span>
      )}
      {/* The list keeps answering from the cache after a failed or overdue sync; say so. */}
      {status?.stale && !status.running && (
        <span class="sync-stale" data-stale="true">
          {t('syncStale')}
        </span>
      )}
      {!status?.running && text?.action !== 'sync' && (
        <button type="button" class="link" onClick={() => onAction('sync')}>
          {t('syncNow')}
        </button>
      )}
      {/* Requests still work (the client corrects its clock), but a clock this far off is worth fixing. */}
      {!error && skewWarning(status) && (
        <p class="sync-clock" role="status" data-clock-skew="true">
          {t('syncClockWarn', wholeMinutes(status?.clockSkewMs ?? 0))}
        </p>
      )}
      {error && text && (
        <div class="sync-error" role="alert">
          <p>
            <strong>{t(text.problem, problemArg(error))}</strong> {t(text.fix)}
          </p>
          <button type="button" onClick={() => onAction(text.action)}>
            {t(SYNC_ACTION_LABELS[text.action])}
          </button>
        </div>
      )}
    </section>
  );
}

/** The $1 of the error line: minutes of skew, or when a paused API is tried again. */
function problemArg(error: SyncError): string | number {
  if (error.reason === 'unavailable' && error.retryAt !== undefined) return formatTime(error.retryAt, intlLocale());
  return wholeMinutes(error.skewMs ?? 0);
}

function skewWarning(status: SyncStatus | null): boolean {
  return status?.clockSkewMs != null && Math.abs(status.clockSkewMs) > SKEW_WARN_MS;
}

function Progress({ done, total }: { done: number; total: number | null }) {
  const label = total === null ? t('syncProgressUnknown', done) : t('syncProgress', done, total);
  return (
    <span class="sync-progress">
      {total === null ? <progress aria-label={label} /> : <progress aria-label={label} value={done} max={total} />}
      <span aria-hidden="true">{label}</span>
    </span>
  );
}
