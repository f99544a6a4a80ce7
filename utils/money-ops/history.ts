/**
 * The local history of money operations, as the UI lists it and as CSV (reusing utils/csv.ts: BOM, CRLF,
 * formula-injection guard). One row per customer, so a partly successful voucher issue shows each outcome.
 */
import { type CsvColumn, toCsv } from '@/utils/csv';
import type { MoneyOperation } from './model';

export interface HistoryRow {
  operationId: string;
  kind: MoneyOperation['kind'];
  site: MoneyOperation['site'];
  state: MoneyOperation['state'];
  customerId: string;
  /** The customer's own outcome (vouchers can differ per customer). */
  customerStatus: string;
  amount: string;
  transactionId: string;
  actorLabel: string;
  actorDomainId: string;
  createdAt: number;
  sentAt: number | null;
  finishedAt: number | null;
  errorCode: string;
}

export function historyRows(ops: readonly MoneyOperation[]): HistoryRow[] {
  return ops.flatMap((op) =>
    op.results.map(
      (r): HistoryRow => ({
        operationId: op.operationId,
        kind: op.kind,
        site: op.site,
        state: op.state,
        customerId: r.customerId,
        customerStatus: r.status,
        amount: op.amount,
        transactionId: r.transactionId ?? '',
        actorLabel: op.actor.label,
        actorDomainId: op.actor.domainId,
        createdAt: op.createdAt,
        sentAt: op.sentAt ?? null,
        finishedAt: op.finishedAt ?? null,
        errorCode: r.code ?? op.error?.code ?? '',
      }),
    ),
  );
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

/** Column headers stay English and stable: the file is for spreadsheets and audits, not for display. */
const COLUMNS: readonly CsvColumn<HistoryRow>[] = [
  { header: 'time_utc', value: (r) => iso(r.createdAt) },
  { header: 'operation_id', value: (r) => r.operationId },
  { header: 'site', value: (r) => r.site },
  { header: 'kind', value: (r) => r.kind },
  { header: 'customer_id', value: (r) => r.customerId },
  { header: 'amount', value: (r) => r.amount },
  { header: 'state', value: (r) => r.state },
  { header: 'customer_outcome', value: (r) => r.customerStatus },
  { header: 'transaction_id', value: (r) => r.transactionId },
  { header: 'error_code', value: (r) => r.errorCode },
  { header: 'by_account', value: (r) => r.actorLabel },
  { header: 'by_domain_id', value: (r) => r.actorDomainId },
  { header: 'sent_utc', value: (r) => iso(r.sentAt) },
  { header: 'finished_utc', value: (r) => iso(r.finishedAt) },
];

export function historyCsv(rows: readonly HistoryRow[]): string {
  return toCsv(rows, COLUMNS);
}
