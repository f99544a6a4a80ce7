/**
 * The search field, as the combobox half of the ARIA combobox/listbox pattern: focus stays here while the
 * arrow keys move the active option, announced through aria-activedescendant.
 */
import type { Ref } from 'preact';
import { t } from '@/utils/i18n';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** Id of the listbox the field controls. */
  listId: string;
  /** Id of the active option, if any. */
  activeId: string | null;
  expanded: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function SearchBox(props: SearchBoxProps) {
  return (
    <div class="search">
      <label class="visually-hidden" for="customer-search">
        {t('searchLabel')}
      </label>
      <input
        id="customer-search"
        ref={props.inputRef}
        // type "text": ARIA in HTML allows role=combobox on it, not on type "search" without a datalist.
        type="text"
        role="combobox"
        enterKeyHint="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        aria-controls={props.listId}
        aria-expanded={props.expanded}
        aria-autocomplete="list"
        aria-activedescendant={props.activeId ?? undefined}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onKeyDown={props.onKeyDown}
      />
    </div>
  );
}
