import { type OriginProducts, productsByOrigin } from '../../queries/distribution';
import { realSources } from '../../queries/overviewMetrics';
import type { ChartSpec, SourcedYearData } from '../chartSpec';
import { comparedYearOf, type LoadScope } from '../loadScope';
import { partnerBarsOption, partnerSpecParts } from '../partnerBars';

/** How many partners the overview ranks. */
const TOP = 10;

/** The one year shown (the year the KPI cards compare): stocks are never added over years. */
export interface TopPartnersData extends SourcedYearData {
  readonly partners: readonly OriginProducts[];
}

/** The partner provinces with most products in HCMC's and Hanoi's channels in the compared year. */
export const topPartnersChart: ChartSpec<TopPartnersData> = {
  id: 'top-partners',
  load: async (scope: LoadScope) => {
    const { db, filters } = scope;
    const [year, sources] = await Promise.all([
      scope.once(comparedYearOf),
      realSources(db, filters, ['distribution']),
    ]);
    const partners = year === null ? [] : await productsByOrigin(db, filters, year, TOP);
    return { partners, sources, year };
  },
  title: (data, ctx) => ctx.t('chartTopPartnersTitle', { year: data.year ?? '' }),
  subtitle: (_data, ctx) => ctx.t('chartTopPartnersSubtitle'),
  option: (data, ctx) =>
    partnerBarsOption(data.partners, ctx, {
      total: ctx.t('axisProducts'),
      ariaTitle: ctx.t('chartTopPartnersTitle', { year: data.year ?? '' }),
    }),
  ...partnerSpecParts<TopPartnersData>((data) => data.partners),
  height: (data) => Math.max(240, 40 + data.partners.length * 32),
};
