import type { YearValue } from './overviewMetrics';

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
  /** Both years are counted in the 34 units because one of them spans the 2025 merger (63 layout). */
  readonly in34Units: boolean;
}

/** The point as counted in the 34 units (a count of provinces; sums are the same in both layouts). */
function in34(point: YearValue): YearValue {
  return {
    ...point,
    value: point.value34 ?? point.value,
    illustrative: point.illustrative34 ?? point.illustrative,
  };
}

export function compareWithPreviousYear(series: readonly YearValue[], year: number): KpiComparison {
  let current = series.find((s) => s.year === year) ?? null;
  let previous = series.find((s) => s.year === year - 1) ?? null;
  // Old and new units are never compared side by side: across the merger both years count the 34 units.
  const in34Units = Boolean(current?.countedIn34 || previous?.countedIn34);
  if (in34Units) {
    current = current && in34(current);
    previous = previous && in34(previous);
  }
  const delta = current && previous ? current.value - previous.value : null;
  const ratio = delta !== null && previous && previous.value !== 0 ? delta / previous.value : null;
  return { year, current, previous, delta, ratio, in34Units };
}

/** A trend drawn as one line: in the 34 units throughout when any of its years spans the merger. */
export function comparableTrend(series: readonly YearValue[]): readonly YearValue[] {
  return series.some((s) => s.countedIn34) ? series.map(in34) : series;
}
