import { useEffect, useState } from 'preact/hooks';
import { StatusLine } from '@/components/StatusLine';
import { t } from '@/utils/i18n';
import { type AppStatus, sendMessage } from '@/utils/messaging';

type State = { kind: 'loading' } | { kind: 'ready'; status: AppStatus } | { kind: 'error'; message: string };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    sendMessage('app.status', {}).then((res) =>
      setState(res.ok ? { kind: 'ready', status: res.value } : { kind: 'error', message: res.error.message }),
    );
  }, []);
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {state.kind === 'loading' && <StatusLine state="loading" text={t('statusLoading')} />}
      {state.kind === 'ready' && <StatusLine state="ready" text={t('statusReady', state.status.statusCount)} />}
      {state.kind === 'error' && <StatusLine state="error" text={t('statusError', state.message)} />}
    </main>
  );
}
