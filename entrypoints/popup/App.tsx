/**
 * The popup: opens straight into the search over all cached customers; Enter opens a card, Esc goes back.
 * Data comes from the background once, then searching is local (useCustomerSearch).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EmptyState } from '@/components/EmptyState';
import { StatusLine } from '@/components/StatusLine';
import { SyncStrip } from '@/components/SyncStrip';
import type { SyncFixAction } from '@/components/sync-errors';
import { t } from '@/utils/i18n';
import type { CustomerList, CustomerRow } from '@/utils/messages/customers';
import { type AppStatus, sendMessage } from '@/utils/messaging';
import { CardView } from './CardView';
import { ListView } from './ListView';
import { customerListUrl } from './links';
import { useBackground } from './useBackground';
import { useCustomerSearch } from './useCustomerSearch';

const NO_ROWS: CustomerRow[] = [];
const MINUTE = 60_000;

export function App() {
  const bg = useBackground();
  const list: CustomerList | null = bg.boot.kind === 'ready' || bg.boot.kind === 'empty' ? bg.boot.list : null;
  const search = useCustomerSearch(list?.rows ?? NO_ROWS);
  const [open, setOpen] = useState<CustomerRow | null>(null);
  const now = useNow();
  const inputRef = useRef<HTMLInputElement>(null);
  const site = list?.scope?.site ?? bg.vault?.activeAccount?.site ?? 'cn';

  const back = () => {
    setOpen(null);
    // The input is back in the page after this render.
    setTimeout(() => inputRef.current?.focus(), 0);
  };
  const openOptions = () => void browser.runtime.openOptionsPage();
  const pageOnly = async () => {
    await browser.tabs.create({ url: customerListUrl(site) });
    window.close();
  };
  const [unlocking, setUnlocking] = useState(false);
  const onSyncAction = (action: SyncFixAction) => {
    if (action === 'sync') void bg.syncNow();
    else if (action === 'options') openOptions();
    else setUnlocking(true);
  };
  const unlock = async (passphrase: string) => {
    const failure = await bg.unlock(passphrase);
    if (failure === null) setUnlocking(false);
    return failure;
  };

  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {bg.boot.kind === 'loading' && <p class="note">{t('statusLoading')}</p>}
      {bg.boot.kind === 'error' && (
        <p class="note error" role="alert">
          {t('errorUnknown', bg.boot.message)}
        </p>
      )}
      {bg.boot.kind === 'no-credentials' && (
        <EmptyState kind="no-credentials" onOpenOptions={openOptions} onPageOnly={() => void pageOnly()} />
      )}
      {(bg.boot.kind === 'locked' || unlocking) && <EmptyState kind="locked" onUnlock={unlock} />}
      {list && <SyncStrip status={bg.sync} syncedAt={list.syncedAt} now={now} onAction={onSyncAction} />}
      {bg.boot.kind === 'empty' && (
        <EmptyState kind={bg.sync?.running ? 'first-sync' : 'never-synced'} onSyncNow={() => void bg.syncNow()} />
      )}
      {bg.boot.kind === 'ready' && (
        <>
          <div hidden={open !== null}>
            <ListView search={search} now={now} inputRef={inputRef} onOpen={setOpen} onClose={() => window.close()} />
          </div>
          {open && <CardView row={open} now={now} onBack={back} />}
        </>
      )}
      <Footer />
    </main>
  );
}

/** The clock the ages are computed against; ticks each minute so "5 minutes ago" stays true. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** Background health: the only `.status` element (the e2e suite reads its data-state and counter). */
function Footer() {
  const [status, setStatus] = useState<AppStatus | null | string>(null);
  useEffect(() => {
    void sendMessage('app.status', {}).then((res) => setStatus(res.ok ? res.value : res.error.message));
  }, []);
  return (
    <footer class="footer">
      {status === null && <StatusLine state="loading" text={t('statusLoading')} />}
      {typeof status === 'string' && <StatusLine state="error" text={t('statusError', status)} />}
      {status !== null && typeof status === 'object' && (
        <StatusLine state="ready" text={t('statusReady', status.statusCount)} />
      )}
    </footer>
  );
}
