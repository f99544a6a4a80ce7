/** Sync intervals, the per-job state (polled while a sync runs), "sync now" and "clear cache". */
import { useEffect, useState } from 'preact/hooks';
import { Field, Notice } from '@/components/options/Field';
import { JobList } from '@/components/options/JobList';
import { intlLocale, t } from '@/utils/i18n';
import type { SyncStatus } from '@/utils/messaging';
import type { Settings, SettingsPatch } from '@/utils/settings';
import { call, failed } from './messages';

const INTERVALS = [
  ['money', 'optSyncMoney', 5],
  ['customers', 'optSyncCustomers', 30],
  ['vouchers', 'optSyncVouchers', 15],
  ['resources', 'optSyncResources', 30],
] as const;

export function SyncSection({ settings, update }: { settings: Settings; update(patch: SettingsPatch): void }) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = async () => {
    const result = await call('sync.status', {});
    if (!failed(result)) setStatus(result);
  };
  useEffect(() => {
    void refresh();
    // Progress is polled, not pushed: cheap, and right after a worker restart too.
    const timer = setInterval(() => void refresh(), 1000);
    return () => clearInterval(timer);
  }, []);
  const last = status?.lastSuccessAt ? new Date(status.lastSuccessAt).toLocaleString(intlLocale()) : t('optNever');
  return (
    <section id="sync" data-running={status?.running ?? false}>
      <h2>{t('optSyncHeading')}</h2>
      {INTERVALS.map(([job, label, min]) => (
        <Field key={job} label={t(label)}>
          <input
            type="number"
            name={`interval-${job}`}
            min={min}
            value={settings.syncMinutes[job]}
            onChange={(e) => update({ syncMinutes: { [job]: Number(e.currentTarget.value) } })}
          />
        </Field>
      ))}
      <Field label={t('optIdleLock')}>
        <input
          type="number"
          name="idle-lock"
          min={0}
          value={settings.idleLockMinutes}
          onChange={(e) => update({ idleLockMinutes: Number(e.currentTarget.value) })}
        />
      </Field>
      {status && <JobList jobs={status.jobs} />}
      <p class="muted" data-last-sync={status?.lastSuccessAt ?? ''}>
        {t('optLastSync', last)}
      </p>
      <div class="actions">
        <button type="button" name="sync-now" onClick={() => void call('sync.now', {}).then(refresh)}>
          {t('optSyncNow')}
        </button>
        <button
          type="button"
          name="clear-cache"
          onClick={async () => {
            if (!confirm(t('optClearCacheConfirm'))) return;
            const result = await call('sync.clearCache', {});
            setNotice(failed(result) ? result.error : t('optCleared'));
          }}
        >
          {t('optClearCache')}
        </button>
      </div>
      <Notice kind="info" text={notice} />
    </section>
  );
}
