import type { YearValue } from '../../queries/overviewMetrics';

/**
 * A KPI for one year against the year before. Missing data stays missing: no data for the previous
 * year gives no change at all (never a fake 0 % or ∞), and a previous value of 0 gives an absolute
 * change without a percentage.
 */
export interface KpiComparison {
  readonly year: number;
  readonly current: YearValue | null;
  readonly previous: YearValue | null;
  readonly delta: number | null;
  readonly ratio: number | null;
}

export function compareWithPreviousYear(series: readonly YearValue[], year: number): KpiComparison {
  const current = series.find((s) => s.year === year) ?? null;
  const previous = series.find((s) => s.year === year - 1) ?? null;
  const delta = current && previous ? current.value - previous.value : null;
  const ratio = delta !== null && previous && previous.value !== 0 ? delta / previous.value : null;
  return { year, current, previous, delta, ratio };
}
