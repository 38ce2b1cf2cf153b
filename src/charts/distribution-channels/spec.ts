import { CHANNEL_TYPES } from '../../model/ocop';
import type { ChartContext } from '../chartSpec';
import { productsByChannelOf } from '../loadScope';
import {
  NONE,
  NONE_COLOR,
  OTHER_COLOR,
  SEGMENT_COLORS,
  type StackWords,
  stackedByYearChart,
} from '../stackedByYear';

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
export const channelsChart = stackedByYearChart({
  id: 'distribution-channels',
  title: 'distributionChannelTitle',
  subtitle: 'distributionChannelSubtitle',
  rows: async (scope) => (await scope.once(productsByChannelOf)).map((r) => ({ ...r, key: r.channelType })),
  words: (_data, ctx) => words(ctx),
});
