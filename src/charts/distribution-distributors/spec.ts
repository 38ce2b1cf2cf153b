import { MarkAreaComponent } from 'echarts/components';
import { KNOWN_DISTRIBUTORS } from '../../model/distributors';
import { realSources } from '../../queries/overviewMetrics';
import { anyIllustrative, type ChartContext, type ChartSpec } from '../chartSpec';
import { toggleYear } from '../clicks';
import { echarts } from '../echarts';
import { distributionYearOf, type LoadScope, productsByDistributorOf } from '../loadScope';
import {
  NONE,
  NONE_COLOR,
  OTHER_COLOR,
  SEGMENT_COLORS,
  type StackedByYearData,
  type StackWords,
  stackedAltText,
  stackedOption,
  stackedTable,
} from '../stackedByYear';
import type { StackCategory } from '../stackedByYearOption';

// The shading of the year the page shows.
echarts.use([MarkAreaComponent]);

/** Distributors: the seed article's in its order (stable colours), then any other the data names. */
function words(data: StackedByYearData, ctx: ChartContext): StackWords {
  const known = KNOWN_DISTRIBUTORS.flatMap((d) => (d.dataName ? [d.dataName] : []));
  const totals = new Map<string, number>();
  for (const r of data.rows) {
    if (r.key !== null && !known.includes(r.key)) totals.set(r.key, (totals.get(r.key) ?? 0) + r.products);
  }
  const others = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  // Colours left after the known ones go to distributors users add; beyond them, "other distributors".
  const extraColors = SEGMENT_COLORS.slice(known.length);
  const categories: StackCategory[] = [
    ...known.map((name, i) => ({ key: name, label: name, color: SEGMENT_COLORS[i] ?? OTHER_COLOR })),
    ...others.slice(0, extraColors.length).map((name, i) => ({
      key: name,
      label: name,
      color: extraColors[i] ?? OTHER_COLOR,
    })),
    { key: NONE, label: ctx.t('distributionNoDistributor'), color: NONE_COLOR },
  ];
  return {
    categories,
    otherLabel: ctx.t('distributionOtherDistributors'),
    ariaTitle: ctx.t('distributionDistributorTitle'),
    column: 'exportColDistributor',
  };
}

/** Products in the hubs' channels per year, stacked by distributor; a click on a year filters it. */
export const distributorsChart: ChartSpec<StackedByYearData> = {
  id: 'distribution-distributors',
  load: async (scope: LoadScope) => {
    const [rows, sources, year] = await Promise.all([
      scope.once(productsByDistributorOf),
      realSources(scope.db, scope.filters, ['distribution']),
      scope.once(distributionYearOf),
    ]);
    return {
      rows: rows.map((r) => ({
        year: r.year,
        key: r.distributor,
        products: r.products,
        illustrative: r.illustrative,
      })),
      sources,
      year,
    };
  },
  title: (_data, ctx) => ctx.t('distributionDistributorTitle'),
  subtitle: (_data, ctx) => ctx.t('distributionDistributorSubtitle'),
  option: (data, ctx) => stackedOption(data, words(data, ctx), ctx),
  table: (data, ctx) => stackedTable(data, words(data, ctx), ctx),
  altText: (data, ctx) => stackedAltText(data, words(data, ctx), ctx),
  sources: (data) => data.sources,
  illustrative: (data) => anyIllustrative(data.rows),
  height: () => 420,
  click: (click, _data, ctx) => toggleYear(ctx.filters, click),
};
