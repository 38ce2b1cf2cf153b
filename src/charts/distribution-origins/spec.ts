import { type OriginProducts, productsByOrigin, withinHubProducts } from '../../queries/distribution';
import { realSources } from '../../queries/overviewMetrics';
import type { ChartSpec, SourcedYearData } from '../chartSpec';
import { distributionYearOf, type LoadScope } from '../loadScope';
import { partnerBarsOption, partnerSpecParts } from '../partnerBars';

/** Origin provinces drawn as bars; the rest are summed in a line under the chart (and all are in its CSV). */
export const TOP_ORIGINS = 15;

/** Its sources are those of the year shown. */
export interface OriginsData extends SourcedYearData {
  /** Every origin province of the year, largest first. */
  readonly origins: readonly OriginProducts[];
  /** Products whose origin is the hub they are distributed in (not "entering" it). */
  readonly withinHub: number;
}

/** The provinces whose products are in HCMC's and Hanoi's channels in the year shown. */
export const originsChart: ChartSpec<OriginsData> = {
  id: 'distribution-origins',
  load: async (scope: LoadScope) => {
    const { db, filters } = scope;
    const year = await scope.once(distributionYearOf);
    if (year === null) return { origins: [], withinHub: 0, sources: [], year };
    const [origins, withinHub, sources] = await Promise.all([
      productsByOrigin(db, filters, year),
      withinHubProducts(db, filters, year),
      realSources(db, { ...filters, yearFrom: year, yearTo: year }, ['distribution']),
    ]);
    return { origins, withinHub, sources, year };
  },
  title: (data, ctx) => ctx.t('distributionOriginTitle', { year: data.year ?? '' }),
  subtitle: (data, ctx) =>
    ctx.t('distributionOriginSubtitle', { count: ctx.num(Math.min(TOP_ORIGINS, data.origins.length)) }),
  option: (data, ctx) =>
    partnerBarsOption(data.origins.slice(0, TOP_ORIGINS), ctx, {
      total: ctx.t('distributionTotal'),
      ariaTitle: ctx.t('distributionOriginTitle', { year: data.year ?? '' }),
    }),
  ...partnerSpecParts<OriginsData>((data) => data.origins),
  height: (data) => Math.max(200, 50 + Math.min(TOP_ORIGINS, data.origins.length) * 30),
};
