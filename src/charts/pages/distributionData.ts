import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { type AnyChartSpec, loadCharts } from '../chartSpec';
import { channelsChart } from '../distribution-channels/spec';
import { distributorsChart } from '../distribution-distributors/spec';
import { originsChart } from '../distribution-origins/spec';
import { distributionYearOf, loadScope, productsByChannelOf, productsByDistributorOf } from '../loadScope';

/** The distribution page's charts, in page order. */
export const DISTRIBUTION_CHARTS: readonly AnyChartSpec[] = [originsChart, distributorsChart, channelsChart];

/**
 * Everything the distribution page shows, fetched together. The by-origin chart shows one year (the
 * chosen one, else the latest with figures in the range): the figures are stocks, never summed over years.
 */
export async function distributionData(db: Database, filters: FilterState) {
  const scope = loadScope(db, filters);
  const [byDistributor, byChannel, year, charts] = await Promise.all([
    scope.once(productsByDistributorOf),
    scope.once(productsByChannelOf),
    scope.once(distributionYearOf),
    loadCharts(DISTRIBUTION_CHARTS, scope),
  ]);
  const years = [...new Set(byChannel.map((r) => r.year))].sort((a, b) => a - b);
  return { year, years, byDistributor, charts };
}

export type DistributionData = Awaited<ReturnType<typeof distributionData>>;
