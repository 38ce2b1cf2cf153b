import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { comparedYear } from '../../filters/kpiYear';
import { serializeFilterState } from '../../filters/urlState';
import { nationalTotalAsOf } from '../../queries/nationalTotals';
import {
  availableYears,
  kpiSeries,
  mousByYearAndType,
  ocopByYearAndStar,
  postMergerRowCount,
  realSources,
  topPartners,
} from '../../queries/overviewMetrics';
import { targetProgress } from '../../queries/targetProgress';

/** Everything the overview shows, fetched together so the page changes in one step, not chart by chart. */
export async function overviewData(db: Database, filters: FilterState) {
  // DuckDB's worker answers one query at a time, but sending them together keeps it busy instead of
  // waiting for this thread between queries; only top partners and targets need the compared year first.
  const [
    years,
    series,
    starRows,
    mouTypes,
    ocopSources,
    linkageSources,
    distributionSources,
    postMergerRows,
  ] = await Promise.all([
    availableYears(db, filters),
    kpiSeries(db, filters),
    ocopByYearAndStar(db, filters),
    mousByYearAndType(db, filters),
    realSources(db, filters, ['ocop']),
    realSources(db, filters, ['mous', 'distribution']),
    realSources(db, filters, ['distribution']),
    postMergerRowCount(db, filters),
  ]);
  const year = comparedYear(filters, years);
  const [partners, targets, national] =
    year === null
      ? [[], [], null]
      : await Promise.all([
          topPartners(db, filters, year),
          targetProgress(db, filters, year),
          nationalTotalAsOf(db, year),
        ]);
  const sources = { ocop: ocopSources, linkage: linkageSources, distribution: distributionSources };
  // The filters this answer belongs to, in URL form: the page and the benchmarks tell a stale answer by it.
  const key = serializeFilterState(filters);
  return {
    key,
    years,
    year,
    series,
    starRows,
    mouTypes,
    partners,
    sources,
    postMergerRows,
    targets,
    national,
  };
}

export type OverviewData = Awaited<ReturnType<typeof overviewData>>;
