import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { serializeFilterState } from '../../filters/urlState';
import { nationalTotalAsOf } from '../../queries/nationalTotals';
import { mousByYearAndType, postMergerRowCount } from '../../queries/overviewMetrics';
import { summaryExtras } from '../../queries/summaryExtras';
import { targetProgress } from '../../queries/targetProgress';
import { dataOf, loadCharts } from '../chartSpec';
import { linkageTrendChart } from '../linkage-trend/spec';
import { comparedYearOf, kpiSeriesOf, loadScope, ocopByStarOf, yearsWithData } from '../loadScope';
import { ocopByStarChart } from '../ocop-by-star/spec';
import { topPartnersChart } from '../top-partners/spec';
import { OVERVIEW_CHARTS } from './overviewCharts';

/** Everything the overview shows, fetched together so the page changes in one step, not chart by chart. */
export async function overviewData(db: Database, filters: FilterState) {
  // DuckDB's worker answers one query at a time, but sending them together keeps it busy instead of
  // waiting for this thread between queries; the scope runs what several parts need only once.
  const scope = loadScope(db, filters);
  const yearOnly = scope.once(comparedYearOf);
  const [years, year, series, starRows, mouTypes, postMergerRows, charts, targets, national, summary] =
    await Promise.all([
      scope.once(yearsWithData),
      yearOnly,
      scope.once(kpiSeriesOf),
      scope.once(ocopByStarOf),
      mousByYearAndType(db, filters),
      postMergerRowCount(db, filters),
      loadCharts(OVERVIEW_CHARTS, scope),
      yearOnly.then((y) => (y === null ? [] : targetProgress(db, filters, y))),
      yearOnly.then((y) => (y === null ? null : nationalTotalAsOf(db, y))),
      // The year in words, in the same burst: the page changes once, with its paragraph.
      yearOnly.then((y) => (y === null ? null : summaryExtras(db, filters, y))),
    ]);
  // The filters this answer belongs to, in URL form: the page and the benchmarks tell a stale answer by it.
  const key = serializeFilterState(filters);
  return { key, years, year, series, starRows, mouTypes, postMergerRows, charts, targets, national, summary };
}

export type OverviewData = Awaited<ReturnType<typeof overviewData>>;

/** The partners the overview ranks (the top-partners chart's bars), for what else reads them. */
export const overviewPartners = (data: OverviewData) => dataOf(data.charts, topPartnersChart).partners;

/** The real sources behind the overview's figures, by what they are about. */
export function overviewSources(data: OverviewData) {
  return {
    ocop: dataOf(data.charts, ocopByStarChart).sources,
    linkage: dataOf(data.charts, linkageTrendChart).sources,
    distribution: dataOf(data.charts, topPartnersChart).sources,
  };
}
