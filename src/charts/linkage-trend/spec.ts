import type { YearValue } from '../../queries/overviewMetrics';
import { realSources } from '../../queries/overviewMetrics';
import { anyIllustrative, type ChartSpec, type SourcedYearData } from '../chartSpec';
import { sourceLabels, tableOf } from '../chartWords';
import { toggleYear } from '../clicks';
import { comparedYearOf, kpiSeriesOf, type LoadScope } from '../loadScope';
import { linkageTrendAltText } from './altText';
import { linkageTrendOption } from './option';

/** The year the KPI cards compare is shaded. */
export interface LinkageTrendData extends SourcedYearData {
  readonly mous: readonly YearValue[];
  readonly products: readonly YearValue[];
}

/** MoUs signed and products in the hubs' channels per year, on two axes; a click on a year filters it. */
export const linkageTrendChart: ChartSpec<LinkageTrendData> = {
  id: 'linkage-trend',
  load: async (scope: LoadScope) => {
    const [series, sources, year] = await Promise.all([
      scope.once(kpiSeriesOf),
      realSources(scope.db, scope.filters, ['mous', 'distribution']),
      scope.once(comparedYearOf),
    ]);
    return { mous: series.mous, products: series.distributionProducts, sources, year };
  },
  title: (_data, ctx) => ctx.t('chartLinkageTitle'),
  subtitle: (_data, ctx) => ctx.t('chartLinkageSubtitle'),
  option: (data, ctx) =>
    linkageTrendOption({
      mous: data.mous,
      products: data.products,
      selectedYear: data.year,
      lang: ctx.lang,
      labels: {
        mous: ctx.t('chartLinkageMous'),
        products: ctx.t('chartLinkageProducts'),
        mouAxis: ctx.t('unitMousAxis'),
        productAxis: ctx.t('axisProducts'),
        mouUnit: ctx.t('unitMous'),
        productUnit: ctx.t('unitProducts'),
        ...sourceLabels(ctx),
      },
      ariaTitle: ctx.t('chartLinkageTitle'),
    }),
  table: (data, ctx) => {
    const years = [...new Set([...data.mous, ...data.products].map((p) => p.year))].sort((a, b) => a - b);
    const mouByYear = new Map(data.mous.map((p) => [p.year, p]));
    const productByYear = new Map(data.products.map((p) => [p.year, p]));
    // A year without MoUs (or products) in the data stays empty, as the chart leaves a gap.
    return tableOf(
      years,
      (year) => ({
        exportColYear: year,
        exportColMous: mouByYear.get(year)?.value ?? null,
        exportColMousIllustrative: mouByYear.get(year)?.illustrative ?? null,
        exportColDistribution: productByYear.get(year)?.value ?? null,
        exportColDistributionIllustrative: productByYear.get(year)?.illustrative ?? null,
      }),
      ctx,
    );
  },
  altText: (data, ctx) =>
    linkageTrendAltText({
      mous: data.mous,
      products: data.products,
      illustrative: anyIllustrative(data.mous) || anyIllustrative(data.products),
      lang: ctx.lang,
    }),
  sources: (data) => data.sources,
  illustrative: (data) => anyIllustrative(data.mous) || anyIllustrative(data.products),
  click: (click, _data, ctx) => toggleYear(ctx.filters, click),
  // The chart shades the year the KPI cards compare; the export says which.
  exportNote: (data, ctx) =>
    data.year === null ? undefined : ctx.t('exportComparedYear', { year: data.year }),
};
