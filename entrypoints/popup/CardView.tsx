/** The card view: loads one customer's card from the background and carries out its actions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type CardAction, CustomerCard } from '@/components/CustomerCard';
import { t } from '@/utils/i18n';
import type { CustomerCard as CardData, CustomerRow } from '@/utils/messages/customers';
import { sendMessage } from '@/utils/messaging';
import { cardActionUrl } from './links';

type Load = { kind: 'loading' } | { kind: 'ready'; card: CardData } | { kind: 'error'; message: string };

export function CardView(props: { row: CustomerRow; now: number; onBack: () => void }) {
  const { row, onBack } = props;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [copied, setCopied] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void sendMessage('customers.card', { customerId: row.customerId }).then((res) => {
      if (live) setLoad(res.ok ? { kind: 'ready', card: res.value } : { kind: 'error', message: res.error.message });
    });
    return () => {
      live = false;
    };
  }, [row.customerId]);

  const backRef = useRef(onBack);
  backRef.current = onBack;
  // Move focus into the card so Tab starts here and screen readers land on it; Esc goes back from anywhere.
  useEffect(() => {
    root.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      backRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const act = async (card: CardData, action: CardAction) => {
    const url = cardActionUrl(card.scope.site, action, row.customerId);
    if (url) {
      // Money actions open the extension's confirmation page (links.ts), the others the Partner Center.
      await browser.tabs.create({ url });
      return;
    }
    await navigator.clipboard.writeText(row.customerId);
    setCopied(true);
  };

  return (
    <div ref={root} tabIndex={-1} class="card-view">
      {load.kind === 'loading' && <p class="note">{t('cardLoading')}</p>}
      {load.kind === 'error' && (
        <>
          <button type="button" class="link back" onClick={onBack}>
            {t('cardBack')}
          </button>
          <p class="note error" role="alert">
            {t('cardLoadFailed', load.message)}
          </p>
        </>
      )}
      {load.kind === 'ready' && (
        <CustomerCard
          card={load.card}
          now={props.now}
          copied={copied}
          onAction={(a) => void act(load.card, a)}
          onBack={onBack}
        />
      )}
    </div>
  );
}
