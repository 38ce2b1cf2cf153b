import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { defaultKpiYear } from '../../filters/kpiYear';
import { type Layout, layoutForYear, MERGER_DATE, province63 } from '../../model/provinces';
import { availableYears } from '../../queries/overviewMetrics';
import {
  type ProvinceMetricId,
  type ProvinceMetricRow,
  provinceMetric,
  provinceMetricSources,
} from '../../queries/provinceMetrics';
import type { MapMode } from './mapRegions';

export interface MapData {
  /** The layout the map is drawn in: the chosen one, or the 34 for a change across the merger. */
  readonly layout: Layout;
  /** The change shown spans 1 July 2025, so the map compares the 34 units although the 63 are chosen. */
  readonly comparedIn34: boolean;
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

const MERGER_YEAR = Number(MERGER_DATE.slice(0, 4));

/**
 * The filters a map is drawn with. A change from one year to the next that spans 1 July 2025 compares
 * the 34 units even when the 63 layout is chosen: old and new units are never set side by side, and the
 * 63 map cannot place post-merger figures. Chosen old provinces become the new units they are part of.
 */
export function mapFilters(filters: FilterState, year: number, mode: MapMode): FilterState {
  if (filters.layout !== '63' || mode !== 'change' || year < MERGER_YEAR) return filters;
  const provinces = [...new Set(filters.provinces.flatMap((code) => province63(code)?.newCode ?? []))];
  return { ...filters, layout: '34', provinces, focus: null };
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
  if (year === null)
    return { layout: filters.layout, comparedIn34: false, year, laterYear: null, rows: [], sources: [] };
  const latest = defaultKpiYear(years, filters.yearFrom, filters.yearTo);
  const shown = mapFilters(filters, year, mode);
  const rows = await provinceMetric(db, shown, metric, year);
  const sources = await provinceMetricSources(
    db,
    shown,
    metric,
    mode === 'change' ? [year - 1, year] : [year],
  );
  return {
    layout: shown.layout,
    comparedIn34: shown.layout !== filters.layout,
    year,
    laterYear: filters.year === null && latest !== null && latest > year ? latest : null,
    rows,
    sources,
  };
}
