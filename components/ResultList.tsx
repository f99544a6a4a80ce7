/**
 * The search results as a listbox. Keyboard focus stays in the search field (SearchBox); this list only
 * shows which option is active and reports clicks and hovers.
 */
import { t } from '@/utils/i18n';
import type { CustomerRow } from '@/utils/messages/customers';
import { Highlight } from './Highlight';
import { MoneyFigure } from './MoneyFigure';
import { StatusChip } from './StatusChip';

export function optionId(customerId: string): string {
  return `customer-option-${customerId}`;
}

export interface ResultListProps {
  id: string;
  rows: readonly CustomerRow[];
  /** Matches in all, of which `rows` are the first. */
  total: number;
  activeIndex: number;
  query: string;
  now: number;
  onActivate: (index: number) => void;
  onOpen: (index: number) => void;
}

export function ResultList(props: ResultListProps) {
  return (
    <>
      <div id={props.id} class="results" role="listbox" aria-label={t('resultsLabel')}>
        {props.rows.map((row, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox; options are reached through aria-activedescendant.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input (ARIA pattern).
          <div
            key={row.customerId}
            id={optionId(row.customerId)}
            role="option"
            class="result"
            aria-selected={i === props.activeIndex}
            onClick={() => props.onOpen(i)}
            onMouseMove={() => i !== props.activeIndex && props.onActivate(i)}
          >
            <div class="result-head">
              <span class="result-name">
                <Highlight text={row.name || row.accountName} query={props.query} />
              </span>
              <StatusChip status={row.status} />
            </div>
            <div class="result-sub">
              <span class="result-account">
                <Highlight text={row.accountName} query={props.query} />
              </span>
              <MoneyFigure money={row.money} referral={row.associationType === '1'} now={props.now} />
            </div>
          </div>
        ))}
      </div>
      {props.total > props.rows.length && (
        <p class="results-more" role="note">
          {t('resultsMore', props.rows.length, props.total)}
        </p>
      )}
    </>
  );
}
