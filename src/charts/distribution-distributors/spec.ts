import { KNOWN_DISTRIBUTORS } from '../../model/distributors';
import type { ChartContext } from '../chartSpec';
import { productsByDistributorOf } from '../loadScope';
import {
  NONE,
  NONE_COLOR,
  OTHER_COLOR,
  SEGMENT_COLORS,
  type StackedByYearData,
  type StackWords,
  stackedByYearChart,
} from '../stackedByYear';
import type { StackCategory } from '../stackedByYearOption';

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
export const distributorsChart = stackedByYearChart({
  id: 'distribution-distributors',
  title: 'distributionDistributorTitle',
  subtitle: 'distributionDistributorSubtitle',
  rows: async (scope) =>
    (await scope.once(productsByDistributorOf)).map((r) => ({ ...r, key: r.distributor })),
  words,
});
