import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { defaultKpiYear } from '../../filters/kpiYear';
import { layoutForYear } from '../../model/provinces';
import { availableYears } from '../../queries/overviewMetrics';
import {
  type ProvinceMetricId,
  type ProvinceMetricRow,
  provinceMetric,
  provinceMetricSources,
} from '../../queries/provinceMetrics';
import type { MapMode } from './mapRegions';

export interface MapData {
  /** The year shown (see mapYear). */
  readonly year: number | null;
  /** The latest year with data, when the map shows an earlier one by default (63 layout). */
  readonly laterYear: number | null;
  readonly rows: readonly ProvinceMetricRow[];
  readonly sources: readonly string[];
}

/**
 * The year the map shows: the one chosen in the filter bar, else the latest year with data. In the 63
 * layout the default is the latest year keyed by the 63 units (to 2025), since later figures are keyed
 * by the new units and cannot be placed on the old provinces.
 */
export function mapYear(filters: FilterState, years: readonly number[]): number | null {
  if (filters.year !== null) return filters.year;
  const placeable = filters.layout === '63' ? years.filter((y) => layoutForYear(y) === '63') : years;
  return (
    defaultKpiYear(placeable, filters.yearFrom, filters.yearTo) ??
    defaultKpiYear(years, filters.yearFrom, filters.yearTo)
  );
}

/** Everything the map shows, fetched together so the page changes in one step. */
export async function mapData(
  db: Database,
  filters: FilterState,
  metric: ProvinceMetricId,
  mode: MapMode,
): Promise<MapData> {
  const years = await availableYears(db, filters);
  const year = mapYear(filters, years);
  if (year === null) return { year, laterYear: null, rows: [], sources: [] };
  const latest = defaultKpiYear(years, filters.yearFrom, filters.yearTo);
  const rows = await provinceMetric(db, filters, metric, year);
  const sources = await provinceMetricSources(
    db,
    filters,
    metric,
    mode === 'change' ? [year - 1, year] : [year],
  );
  return {
    year,
    laterYear: filters.year === null && latest !== null && latest > year ? latest : null,
    rows,
    sources,
  };
}
