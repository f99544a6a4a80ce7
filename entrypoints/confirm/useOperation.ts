/**
 * The confirmation page's state: the live figures, one operation id per opened form (kept in sessionStorage,
 * so a reload re-joins instead of sending again), sending, the result, and the "outcome unknown → checking"
 * loop that only ever asks the background to reconcile — never to send again.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { reasonText } from '@/components/money/labels';
import type { MoneyExecuteRequest, MoneyExecuteResult, MoneyKind, MoneyPreview } from '@/utils/messages/money';
import { sendMessage } from '@/utils/messaging';

/** How often and how long the page keeps asking while the outcome is unknown. */
const CHECK_EVERY_MS = 4000;
const CHECK_TIMES = 5;

function storedId(key: string): string {
  const existing = sessionStorage.getItem(key);
  if (existing) return existing;
  const id = crypto.randomUUID();
  sessionStorage.setItem(key, id);
  return id;
}

export type Payload = MoneyExecuteRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'operationId' | 'retryOf'>
    : never
  : never;

export function useOperation(kind: MoneyKind, customerIds: readonly string[]) {
  const key = `money-op|${kind}|${customerIds.join(',')}`;
  const [preview, setPreview] = useState<MoneyPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [operationId, setOperationId] = useState(() => storedId(key));
  const [retryOf, setRetryOf] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<MoneyExecuteResult | null>(null);
  const [sending, setSending] = useState(false);
  const [checking, setChecking] = useState(false);
  const busy = useRef(false);

  useEffect(() => {
    void sendMessage('money.preview', { kind, customerIds: [...customerIds] }).then((r) =>
      r.ok ? setPreview(r.value) : setError(reasonText(r.error.reason, r.error.message)),
    );
  }, [kind, customerIds]);

  const check = useCallback(async (id: string) => {
    setChecking(true);
    for (let i = 0; i < CHECK_TIMES; i++) {
      const r = await sendMessage('money.reconcile', { operationId: id });
      if (!r.ok) break;
      setResult((prev) => (prev ? { ...prev, operation: r.value } : prev));
      if (r.value.state !== 'unknown') break;
      await new Promise((res) => setTimeout(res, CHECK_EVERY_MS));
    }
    setChecking(false);
  }, []);

  const submit = useCallback(
    async (payload: Payload) => {
      // A synchronous guard: a second click in the same tick must not even reach sendMessage.
      if (busy.current) return;
      busy.current = true;
      setSending(true);
      setError(null);
      const request = { ...payload, operationId, ...(retryOf ? { retryOf } : {}) } as MoneyExecuteRequest;
      const r = await sendMessage('money.execute', request);
      setSending(false);
      busy.current = false;
      if (!r.ok) return setError(reasonText(r.error.reason, r.error.message));
      setResult(r.value);
      if (r.value.operation.state === 'unknown') void check(r.value.operation.operationId);
    },
    [operationId, retryOf, check],
  );

  /** Only offered once reconciliation proved the operation did not happen: a new id, linked to the old one. */
  const sendAgain = useCallback(() => {
    if (!result) return;
    const id = crypto.randomUUID();
    sessionStorage.setItem(key, id);
    setRetryOf(result.operation.operationId);
    setOperationId(id);
    setResult(null);
  }, [key, result]);

  return {
    preview,
    error,
    result,
    sending,
    checking,
    submit,
    sendAgain,
    check: () => result && check(result.operation.operationId),
  };
}
