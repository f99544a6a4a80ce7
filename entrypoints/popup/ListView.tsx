/** The list view: search field, filters, results with keyboard navigation, CSV export. */
import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { EmptyState } from '@/components/EmptyState';
import { Filters } from '@/components/Filters';
import { optionId, ResultList } from '@/components/ResultList';
import { SearchBox } from '@/components/SearchBox';
import { t } from '@/utils/i18n';
import type { CustomerRow } from '@/utils/messages/customers';
import { hasFilters } from '@/utils/search/filters';
import { downloadCsv } from './export';
import type { useCustomerSearch } from './useCustomerSearch';

const LIST_ID = 'customer-results';

export interface ListViewProps {
  search: ReturnType<typeof useCustomerSearch>;
  now: number;
  inputRef: Ref<HTMLInputElement>;
  onOpen: (row: CustomerRow) => void;
  /** Esc on an empty search. */
  onClose: () => void;
}

export function ListView({ search, now, inputRef, onOpen, onClose }: ListViewProps) {
  const { query, filters, result } = search;
  const rows = result.hits.map((h) => h.row);
  const [active, setActive] = useState(0);
  // A new query or filter starts again at the best match.
  useEffect(() => setActive(0), [query, filters]);
  const activeRow = rows[active];
  useEffect(() => {
    if (activeRow) document.getElementById(optionId(activeRow.customerId))?.scrollIntoView({ block: 'nearest' });
  }, [activeRow]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(rows.length - 1, 0)));
    } else if (e.key === 'Enter' && activeRow) {
      e.preventDefault();
      onOpen(activeRow);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) search.setQuery('');
      else onClose();
    }
  };

  return (
    <section class="list-view" aria-label={t('listLabel')}>
      <SearchBox
        value={query}
        onInput={search.setQuery}
        onKeyDown={onKeyDown}
        listId={LIST_ID}
        activeId={activeRow ? optionId(activeRow.customerId) : null}
        expanded={rows.length > 0}
        inputRef={inputRef}
      />
      <div class="toolbar">
        <Filters value={filters} labels={search.labels} onChange={search.setFilters} />
        <button
          type="button"
          class="link"
          disabled={result.total === 0}
          onClick={() => downloadCsv(search.allMatches())}
          title={t('exportHint')}
        >
          {t('exportCsv')}
        </button>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {t('resultsCount', result.total)}
      </p>
      {rows.length > 0 ? (
        <ResultList
          id={LIST_ID}
          rows={rows}
          total={result.total}
          activeIndex={active}
          query={query}
          now={now}
          onActivate={setActive}
          onOpen={(i) => rows[i] && onOpen(rows[i])}
        />
      ) : (
        <EmptyState kind="no-match" {...(hasFilters(filters) ? { onClearFilters: () => search.setFilters({}) } : {})} />
      )}
    </section>
  );
}
