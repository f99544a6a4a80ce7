/** The list filters: "at risk only", association type and label. */
import type { AssociationType } from '@/utils/domain';
import { t } from '@/utils/i18n';
import type { SearchFilters } from '@/utils/search/filters';

export interface FiltersProps {
  value: SearchFilters;
  labels: readonly string[];
  onChange: (next: SearchFilters) => void;
}

export function Filters({ value, labels, onChange }: FiltersProps) {
  const set = (patch: SearchFilters) => {
    const next: SearchFilters = { ...value, ...patch };
    // Drop cleared fields so "no filter" stays an empty object.
    for (const key of Object.keys(next) as Array<keyof SearchFilters>) if (!next[key]) delete next[key];
    onChange(next);
  };
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t('filtersLegend')}</legend>
      <label class="filter-risk">
        <input
          type="checkbox"
          checked={Boolean(value.atRiskOnly)}
          onChange={(e) => set({ atRiskOnly: e.currentTarget.checked })}
        />
        {t('filterAtRisk')}
      </label>
      <label>
        <span class="visually-hidden">{t('filterTypeLabel')}</span>
        <select
          value={value.associationType ?? ''}
          onChange={(e) =>
            set({ associationType: (e.currentTarget.value || undefined) as AssociationType | undefined })
          }
        >
          <option value="">{t('filterTypeAll')}</option>
          <option value="2">{t('associationReseller')}</option>
          <option value="1">{t('associationReferral')}</option>
        </select>
      </label>
      {labels.length > 0 && (
        <label>
          <span class="visually-hidden">{t('filterLabelLabel')}</span>
          <select value={value.label ?? ''} onChange={(e) => set({ label: e.currentTarget.value || undefined })}>
            <option value="">{t('filterLabelAll')}</option>
            {labels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
