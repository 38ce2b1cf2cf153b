import { MarkAreaComponent } from 'echarts/components';
import { CHANNEL_TYPES } from '../../model/ocop';
import { realSources } from '../../queries/overviewMetrics';
import { anyIllustrative, type ChartContext, type ChartSpec } from '../chartSpec';
import { toggleYear } from '../clicks';
import { echarts } from '../echarts';
import { distributionYearOf, type LoadScope, productsByChannelOf } from '../loadScope';
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

// The shading of the year the page shows.
echarts.use([MarkAreaComponent]);

const words = (ctx: ChartContext): StackWords => ({
  categories: [
    ...CHANNEL_TYPES.map((c, i) => ({
      key: c.id,
      label: c[ctx.lang],
      color: SEGMENT_COLORS[i] ?? OTHER_COLOR,
    })),
    { key: NONE, label: ctx.t('distributionUnknownChannel'), color: NONE_COLOR },
  ],
  otherLabel: ctx.t('distributionOtherChannels'),
  ariaTitle: ctx.t('distributionChannelTitle'),
  column: 'exportColChannel',
});

/** Products in the hubs' channels per year, stacked by channel type; a click on a year filters it. */
export const channelsChart: ChartSpec<StackedByYearData> = {
  id: 'distribution-channels',
  load: async (scope: LoadScope) => {
    const [rows, sources, year] = await Promise.all([
      scope.once(productsByChannelOf),
      realSources(scope.db, scope.filters, ['distribution']),
      scope.once(distributionYearOf),
    ]);
    return {
      rows: rows.map((r) => ({
        year: r.year,
        key: r.channelType,
        products: r.products,
        illustrative: r.illustrative,
      })),
      sources,
      year,
    };
  },
  title: (_data, ctx) => ctx.t('distributionChannelTitle'),
  subtitle: (_data, ctx) => ctx.t('distributionChannelSubtitle'),
  option: (data, ctx) => stackedOption(data, words(ctx), ctx),
  table: (data, ctx) => stackedTable(data, words(ctx), ctx),
  altText: (data, ctx) => stackedAltText(data, words(ctx), ctx),
  sources: (data) => data.sources,
  illustrative: (data) => anyIllustrative(data.rows),
  height: () => 420,
  click: (click, _data, ctx) => toggleYear(ctx.filters, click),
};
