import { useMemo } from 'react';
import { useFilters } from '../filters/FilterProvider';
import { describeFilters, filterChips, regionLabel } from '../filters/filterLabels';
import { CLEARED_FILTERS, type FilterState } from '../filters/filterState';
import { defaultKpiYear } from '../filters/kpiYear';
import { useI18n } from '../i18n/I18nProvider';
import {
  choiceLabel,
  PRODUCT_GROUPS,
  type ProductGroupId,
  STAR_LEVELS,
  type StarLevelId,
} from '../model/ocop';
import { PROVINCES_34, PROVINCES_63 } from '../model/provinces';
import { REGIONS, type RegionId } from '../model/regions';
import { MultiSelectFilter } from './MultiSelectFilter';

const collator = new Intl.Collator('vi');

/**
 * Every filter control and the active filters in words. In the phone sheet changes replace the sheet's
 * history entry (`replace`), so Back closes the sheet and undoes them at once.
 */
export function FilterControls({ years, replace = false }: { years: readonly number[]; replace?: boolean }) {
  const { filters, update: updateFilters } = useFilters();
  const update = (change: Partial<FilterState>) => updateFilters(change, { replace });
  const latestYear = defaultKpiYear(years, filters.yearFrom, filters.yearTo);
  const { t, lang } = useI18n();
  const provinceOptions = useMemo(() => {
    const list = filters.layout === '63' ? PROVINCES_63 : PROVINCES_34;
    return list
      .map((p) => ({ value: p.code, label: lang === 'vi' ? p.name : p.nameEn }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [filters.layout, lang]);
  const chips = filterChips(filters, lang);
  const yearOptions = (
    value: number | null,
    onChange: (year: number | null) => void,
    label: string,
    testId: string,
  ) => (
    <label className="filter-field">
      <span className="filter-label">{label}</span>
      <select
        data-testid={testId}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{t('filterAny')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <div className="filter-row">
        <fieldset className="segmented">
          <legend className="filter-label">{t('filterLayout')}</legend>
          {(['34', '63'] as const).map((layout) => (
            <label key={layout} title={t(layout === '63' ? 'filterLayout63' : 'filterLayout34')}>
              <input
                type="radio"
                name="layout"
                value={layout}
                checked={filters.layout === layout}
                // Province codes belong to a layout (80 is Long An in one, Tây Ninh in the other).
                onChange={() => update({ layout, provinces: [], focus: null })}
              />
              {t(layout === '63' ? 'filterLayout63Short' : 'filterLayout34Short')}
            </label>
          ))}
        </fieldset>
        <label className="filter-field">
          <span className="filter-label">{t('filterYear')}</span>
          <select
            data-testid="filter-year"
            value={filters.year ?? ''}
            onChange={(e) => update({ year: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{t('filterYearLatest', { year: latestYear ?? '—' })}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {yearOptions(
          filters.yearFrom,
          (yearFrom) => update({ yearFrom }),
          t('filterYearFrom'),
          'filter-year-from',
        )}
        {yearOptions(filters.yearTo, (yearTo) => update({ yearTo }), t('filterYearTo'), 'filter-year-to')}
        <fieldset className="segmented">
          <legend className="filter-label">{t('filterDestination')}</legend>
          {([null, 'hcmc', 'hanoi'] as const).map((dest) => (
            <label key={dest ?? 'all'}>
              <input
                type="radio"
                name="destination"
                checked={
                  dest === null
                    ? filters.destinations.length !== 1
                    : filters.destinations.length === 1 && filters.destinations[0] === dest
                }
                onChange={() => update({ destinations: dest === null ? [] : [dest] })}
              />
              {dest === null ? t('filterDestinationAll') : t(dest === 'hcmc' ? 'destHcmc' : 'destHanoi')}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="filter-row">
        <MultiSelectFilter
          label={t('filterRegions')}
          testId="filter-regions"
          options={REGIONS.map((r) => ({ value: r.id, label: regionLabel(r.id, lang) }))}
          selected={filters.regions}
          onChange={(values) => update({ regions: values as RegionId[] })}
        />
        <MultiSelectFilter
          label={t('filterProvinces')}
          testId="filter-provinces"
          options={provinceOptions}
          selected={filters.provinces}
          onChange={(values) => update({ provinces: values })}
          searchable
        />
        <MultiSelectFilter
          label={t('filterGroups')}
          testId="filter-groups"
          options={PRODUCT_GROUPS.map((g) => ({
            value: g.id,
            label: choiceLabel(PRODUCT_GROUPS, g.id, lang),
          }))}
          selected={filters.groups}
          onChange={(values) => update({ groups: values as ProductGroupId[] })}
        />
        <fieldset className="toggle-group">
          <legend className="filter-label">{t('filterStars')}</legend>
          {STAR_LEVELS.map((s) => {
            const on = filters.stars.includes(s.id);
            return (
              <button
                key={s.id}
                type="button"
                aria-pressed={on}
                onClick={() =>
                  update({
                    stars: STAR_LEVELS.map((l) => l.id).filter((id) =>
                      id === s.id ? !on : filters.stars.includes(id),
                    ) as StarLevelId[],
                  })
                }
              >
                {choiceLabel(STAR_LEVELS, s.id, lang)}
              </button>
            );
          })}
        </fieldset>
      </div>
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
