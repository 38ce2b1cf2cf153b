import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { comparedYear } from '../../filters/kpiYear';
import {
  productsByChannel,
  productsByDistributor,
  productsByOrigin,
  withinHubProducts,
} from '../../queries/distribution';
import { realSources } from '../../queries/overviewMetrics';

/**
 * Everything the distribution page shows, fetched together. The by-origin chart shows one year (the
 * chosen one, else the latest with figures in the range): the figures are stocks, never summed over years.
 */
export async function distributionData(db: Database, filters: FilterState) {
  const byDistributor = await productsByDistributor(db, filters);
  const byChannel = await productsByChannel(db, filters);
  const years = [...new Set(byChannel.map((r) => r.year))].sort((a, b) => a - b);
  const year = comparedYear(filters, years);
  const origins = year === null ? [] : await productsByOrigin(db, filters, year);
  const withinHub = year === null ? 0 : await withinHubProducts(db, filters, year);
  const sources = await realSources(db, filters, ['distribution']);
  const yearSources =
    year === null
      ? []
      : await realSources(db, { ...filters, yearFrom: year, yearTo: year }, ['distribution']);
  return { year, years, byDistributor, byChannel, origins, withinHub, sources, yearSources };
}

export type DistributionData = Awaited<ReturnType<typeof distributionData>>;
