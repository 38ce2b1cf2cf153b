import type { Database } from '../db/database';
import { useFilters } from '../filters/FilterProvider';
import { useI18n } from '../i18n/I18nProvider';
import { availableYears } from '../queries/overviewMetrics';
import { useDatabase } from './DatabaseProvider';
import { FilterControls } from './FilterControls';
import { FilterSheet } from './FilterSheet';
import { useNarrowScreen } from './useNarrowScreen';
import { useQueryResult } from './useQueryResult';

/** One filter bar for every view; every change goes to the URL through the filter state. */
export function FilterBar({ db }: { db: Database }) {
  const { filters } = useFilters();
  const { dataVersion } = useDatabase();
  const yearsResult = useQueryResult(db, (d) => availableYears(d, filters), [filters, dataVersion]);
  return <FilterPanel years={yearsResult.status === 'ready' ? yearsResult.data : []} />;
}

/**
 * The filters as a bar on wide screens and behind one button on phones (FilterSheet). The page drawn
 * before DuckDB is ready shows it `inert` with the snapshot's years, so the live page moves nothing.
 */
export function FilterPanel({ years, inert = false }: { years: readonly number[]; inert?: boolean }) {
  const { t } = useI18n();
  const narrow = useNarrowScreen();
  if (narrow) return <FilterSheet years={years} inert={inert} />;
  return (
    <section className="filter-bar" aria-label={t('filtersLabel')} inert={inert}>
      <FilterControls years={years} />
    </section>
  );
}
