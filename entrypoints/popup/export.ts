/** "Export CSV": the current list (filters and query applied) as a file Excel opens correctly. */
import { type CsvColumn, csvFileName, toCsv } from '@/utils/csv';
import type { CustomerStatus, FrozenState } from '@/utils/domain';
import { type MessageKey, t } from '@/utils/i18n';
import type { CustomerRow } from '@/utils/messages/customers';

const STATUS: Readonly<Record<CustomerStatus, MessageKey>> = {
  blocked: 'statusBlocked',
  frozen: 'statusFrozen',
  low: 'statusLow',
  ok: 'statusOk',
  'not-applicable': 'chipReferral',
  unknown: 'statusUnknown',
};
const FROZEN: Readonly<Record<FrozenState, MessageKey>> = {
  0: 'cardNotFrozen',
  1: 'cardFrozenAccount',
  2: 'cardFrozenAccountAndResources',
};

function columns(): CsvColumn<CustomerRow>[] {
  const cn = (r: CustomerRow) => (r.money?.site === 'cn' ? r.money : null);
  const intl = (r: CustomerRow) => (r.money?.site === 'intl' ? r.money : null);
  return [
    { header: t('csvName'), value: (r) => r.name },
    { header: t('cardAccount'), value: (r) => r.accountName },
    { header: t('cardCustomerId'), value: (r) => r.customerId },
    {
      header: t('cardAssociation'),
      value: (r) => t(r.associationType === '2' ? 'associationReseller' : 'associationReferral'),
    },
    { header: t('cardLevel'), value: (r) => r.level },
    { header: t('csvStatus'), value: (r) => t(STATUS[r.status]) },
    { header: t('cardFrozen'), value: (r) => t(FROZEN[r.frozen]) },
    { header: t('cardLabel'), value: (r) => r.label },
    { header: t('csvBalance'), value: (r) => cn(r)?.balance },
    { header: t('csvDebt'), value: (r) => cn(r)?.debt },
    { header: t('csvBudget'), value: (r) => intl(r)?.budget },
    { header: t('csvUsed'), value: (r) => intl(r)?.used },
    { header: t('csvBudgetLeft'), value: (r) => intl(r)?.left },
    { header: t('csvCurrency'), value: (r) => r.money?.currency },
    { header: t('csvDataTime'), value: (r) => new Date(r.money?.fetchedAt ?? r.fetchedAt).toISOString() },
  ];
}

export function customersCsv(rows: readonly CustomerRow[]): string {
  return toCsv(rows, columns());
}

/** Saves through a temporary object URL and an <a download>: no downloads permission needed. */
export function downloadCsv(rows: readonly CustomerRow[], now = new Date()): void {
  const url = URL.createObjectURL(new Blob([customersCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = csvFileName('customers', now);
  a.click();
  // Let the click start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
