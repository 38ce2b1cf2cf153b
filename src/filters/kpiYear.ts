import type { FilterState } from './filterState';

/** The year KPI cards compare by default: the latest year with any data, within the chosen range. */
export function defaultKpiYear(
  years: readonly number[],
  from: number | null,
  to: number | null,
): number | null {
  const inRange = years.filter((y) => (from === null || y >= from) && (to === null || y <= to));
  return inRange.at(-1) ?? null;
}

/** The year the cards compare: the one chosen, else the default. */
export function comparedYear(filters: FilterState, years: readonly number[]): number | null {
  return filters.year ?? defaultKpiYear(years, filters.yearFrom, filters.yearTo);
}
