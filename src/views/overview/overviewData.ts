import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { comparedYear } from '../../filters/kpiYear';
import { serializeFilterState } from '../../filters/urlState';
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
  // DuckDB-WASM answers one query at a time per connection: sequential awaits cost nothing extra.
  const years = await availableYears(db, filters);
  const year = comparedYear(filters, years);
  const series = await kpiSeries(db, filters);
  const starRows = await ocopByYearAndStar(db, filters);
  const mouTypes = await mousByYearAndType(db, filters);
  const partners = year === null ? [] : await topPartners(db, filters, year);
  const sources = {
    ocop: await realSources(db, filters, ['ocop']),
    linkage: await realSources(db, filters, ['mous', 'distribution']),
    distribution: await realSources(db, filters, ['distribution']),
  };
  const postMergerRows = await postMergerRowCount(db, filters);
  const targets = year === null ? [] : await targetProgress(db, filters, year);
  // The filters this answer belongs to, in URL form: the page and the benchmarks tell a stale answer by it.
  const key = serializeFilterState(filters);
  return { key, years, year, series, starRows, mouTypes, partners, sources, postMergerRows, targets };
}

export type OverviewData = Awaited<ReturnType<typeof overviewData>>;
