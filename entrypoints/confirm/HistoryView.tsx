/** History of money operations with open ones first, and the CSV export (built by the background). */
import { useEffect, useState } from 'preact/hooks';
import { HistoryTable } from '@/components/money/HistoryTable';
import { reasonText } from '@/components/money/labels';
import { t } from '@/utils/i18n';
import type { MoneyOpView } from '@/utils/messages/money';
import { sendMessage } from '@/utils/messaging';

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function HistoryView() {
  const [ops, setOps] = useState<MoneyOpView[] | null>(null);
  const [pending, setPending] = useState<MoneyOpView[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Pending first: asking for it settles what a stopped worker left open, so the history shows the verdicts.
    void (async () => {
      const open = await sendMessage('money.pending', {});
      if (open.ok) setPending(open.value);
      const r = await sendMessage('money.history', {});
      if (r.ok) setOps(r.value);
      else setError(reasonText(r.error.reason, r.error.message));
    })();
  }, []);
  const exportCsv = async () => {
    const r = await sendMessage('money.export', {});
    if (r.ok) download(r.value.csv, r.value.fileName);
    else setError(reasonText(r.error.reason, r.error.message));
  };
  return (
    <main class="history-page">
      <h1>{t('moTitleHistory')}</h1>
      {error && <p class="error">{error}</p>}
      {pending.length > 0 && (
        <section>
          <h2>{t('moPendingHeading')}</h2>
          <HistoryTable ops={pending} />
        </section>
      )}
      {ops && <HistoryTable ops={ops} />}
      <button type="button" onClick={() => void exportCsv()} disabled={!ops || ops.length === 0}>
        {t('moExport')}
      </button>
    </main>
  );
}
