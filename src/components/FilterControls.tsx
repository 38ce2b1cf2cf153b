import type { ReactNode } from 'react';
import { useFilters } from '../filters/FilterProvider';
import {
  CLEARED_FILTERS,
  describeFilters,
  FILTER_DIMENSIONS,
  type FilterDimension,
  filterChips,
} from '../filters/filterRegistry';
import type { FilterState } from '../filters/filterState';
import { defaultKpiYear } from '../filters/kpiYear';
import { useI18n } from '../i18n/I18nProvider';
import { MultiSelectFilter } from './MultiSelectFilter';

/**
 * Every filter control, drawn from the filter registry (filters/filterRegistry.ts), and the active filters
 * in words. In the phone sheet changes replace the sheet's history entry (`replace`), so Back closes the
 * sheet and undoes them at once.
 */
export function FilterControls({ years, replace = false }: { years: readonly number[]; replace?: boolean }) {
  const { filters, update: updateFilters } = useFilters();
  const update = (change: Partial<FilterState>) => updateFilters(change, { replace });
  const latestYear = defaultKpiYear(years, filters.yearFrom, filters.yearTo);
  const { t, lang } = useI18n();
  const chips = filterChips(filters, lang);
  const control = (dimension: FilterDimension): ReactNode => {
    const { control: c, id } = dimension;
    switch (c.kind) {
      case 'segmented':
        return (
          <fieldset key={id} className="segmented">
            <legend className="filter-label">{t(dimension.label)}</legend>
            {c.options(lang).map((option) => (
              <label key={option.value || 'all'} title={option.title}>
                <input
                  type="radio"
                  name={id}
                  value={option.value}
                  checked={c.selected(filters) === option.value}
                  onChange={() => update(c.change(option.value))}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        );
      case 'years':
        return c.selects.map((select) => (
          <label key={select.testId} className="filter-field">
            <span className="filter-label">{t(select.label)}</span>
            <select
              data-testid={select.testId}
              value={select.selected(filters) ?? ''}
              onChange={(e) => update(select.change(e.target.value === '' ? null : Number(e.target.value)))}
            >
              <option value="">{select.empty(lang, latestYear)}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        ));
      case 'multi':
        return (
          <MultiSelectFilter
            key={id}
            label={t(dimension.label)}
            testId={c.testId}
            options={c.options(filters, lang)}
            selected={c.selected(filters)}
            onChange={(values) => update(c.change(values))}
            searchable={c.searchable}
          />
        );
      case 'toggles': {
        const selected = c.selected(filters);
        return (
          <fieldset key={id} className="toggle-group">
            <legend className="filter-label">{t(dimension.label)}</legend>
            {c.options(lang).map((option) => {
              const on = selected.includes(option.value);
              return (
                <button
                  key={option.value}
                  type="button"
                  aria-pressed={on}
                  onClick={() =>
                    update(
                      c.change(on ? selected.filter((v) => v !== option.value) : [...selected, option.value]),
                    )
                  }
                >
                  {option.label}
                </button>
              );
            })}
          </fieldset>
        );
      }
    }
  };
  return (
    <>
      {([1, 2] as const).map((row) => (
        <div key={row} className="filter-row">
          {FILTER_DIMENSIONS.filter((d) => d.row === row).map(control)}
        </div>
      ))}
      <div className="filter-summary" aria-live="polite">
        <p className="filter-description" data-testid="filter-description">
          {describeFilters(filters, lang)}
        </p>
        {chips.length > 0 && (
          <ul className="filter-chips">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  className="chip"
                  aria-label={t('filterRemove', { label: chip.label })}
                  onClick={() => update(chip.without)}
                >
                  {chip.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
            <li>
              <button type="button" className="chip chip-clear" onClick={() => update(CLEARED_FILTERS)}>
                {t('filterClearAll')}
              </button>
            </li>
          </ul>
        )}
      </div>
    </>
  );
}
