import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { nameKey } from '../model/nameKey';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

interface MultiSelectFilterProps {
  readonly label: string;
  readonly options: readonly FilterOption[];
  readonly selected: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly searchable?: boolean;
  readonly testId?: string;
}

/** A dropdown of checkboxes (native <details>, so it works by keyboard), with a search box for long lists. */
export function MultiSelectFilter({
  label,
  options,
  selected,
  onChange,
  searchable,
  testId,
}: MultiSelectFilterProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const id = useId();
  const shown = useMemo(() => {
    // The same normalization as the importer: "ca mau", "Cà Mau" and "CÀ MAU" all find Cà Mau.
    const key = nameKey(query);
    return key ? options.filter((o) => nameKey(o.label).includes(key)) : options;
  }, [options, query]);
  const chosen = new Set(selected);
  const toggle = (value: string) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? !chosen.has(v) : chosen.has(v))));
  return (
    <details className="multi-select" data-testid={testId}>
      <summary>
        <span className="filter-label">{label}</span>
        <span className="filter-value">
          {selected.length === 0
            ? t('filterAny')
            : selected.length === 1
              ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
              : t('filterSelectedCount', { count: selected.length })}
        </span>
      </summary>
      <div className="multi-select-panel">
        {searchable && (
          <input
            type="search"
            aria-label={t('filterProvinceSearch')}
            placeholder={t('filterProvinceSearch')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {shown.map((option) => (
            <label key={option.value} className="multi-select-option" htmlFor={`${id}-${option.value}`}>
              <input
                id={`${id}-${option.value}`}
                type="checkbox"
                checked={chosen.has(option.value)}
                onChange={() => toggle(option.value)}
              />
              {option.label}
            </label>
          ))}
          {shown.length === 0 && <p className="multi-select-empty">{t('filterNoMatch')}</p>}
        </fieldset>
      </div>
    </details>
  );
}
