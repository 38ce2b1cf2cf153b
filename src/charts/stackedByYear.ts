import { MarkAreaComponent } from 'echarts/components';
import type { MessageKey } from '../i18n/messages';
import { realSources } from '../queries/overviewMetrics';
import {
  anyIllustrative,
  type ChartContext,
  type ChartSpec,
  type ChartTable,
  type SourcedYearData,
} from './chartSpec';
import { sourceLabels, tableOf } from './chartWords';
import { toggleYear } from './clicks';
import { echarts } from './echarts';
import { distributionYearOf, type LoadScope } from './loadScope';
import { stackedByYearAltText } from './stackedByYearAltText';
import { distributionByYearOption, type StackCategory } from './stackedByYearOption';
import { PALETTE } from './theme';

/**
 * Products per year stacked by a category (a distributor, a channel type): what the distributors and
 * the channels charts share: the drawing, the table and the words.
 */

// The shading of the year the page shows.
echarts.use([MarkAreaComponent]);

/** Key of rows with no category (null in the data). */
export const NONE = '';
export const NONE_COLOR = '#b8c2cc';
/** Filled segments: the palette without its black, which would outweigh every other segment. */
export const SEGMENT_COLORS = PALETTE.filter((c) => c !== '#000000');
export const OTHER_COLOR = '#616e7c';

export interface StackedRow {
  readonly year: number;
  readonly key: string | null;
  readonly products: number;
  readonly illustrative: number;
}

/** The year the page shows is shaded. */
export interface StackedByYearData extends SourcedYearData {
  readonly rows: readonly StackedRow[];
}

export interface StackWords {
  readonly categories: readonly StackCategory[];
  readonly otherLabel: string;
  readonly ariaTitle: string;
  /** The heading of the category's column in the table. */
  readonly column: MessageKey;
}

const labelOf = (key: string | null, words: StackWords) =>
  words.categories.find((c) => c.key === (key ?? NONE))?.label ?? words.otherLabel;

export function stackedOption(data: StackedByYearData, words: StackWords, ctx: ChartContext) {
  return distributionByYearOption({
    rows: data.rows.map((r) => ({ ...r, key: r.key ?? NONE })),
    categories: words.categories,
    other: { label: words.otherLabel, color: OTHER_COLOR },
    selectedYear: data.year,
    lang: ctx.lang,
    labels: {
      year: ctx.t('axisYear'),
      total: ctx.t('distributionTotal'),
      unit: ctx.t('unitProducts'),
      ...sourceLabels(ctx),
    },
    ariaTitle: words.ariaTitle,
    width: ctx.width,
  });
}

/** One row per year and category as the chart stacks it (categories it groups as "other" summed). */
export function stackedTable(data: StackedByYearData, words: StackWords, ctx: ChartContext): ChartTable {
  const sums = new Map<string, { year: number; category: string; products: number; illustrative: number }>();
  for (const r of data.rows) {
    const category = labelOf(r.key, words);
    const key = `${r.year}|${category}`;
    const sum = sums.get(key) ?? { year: r.year, category, products: 0, illustrative: 0 };
    sum.products += r.products;
    sum.illustrative += r.illustrative;
    sums.set(key, sum);
  }
  return tableOf(
    [...sums.values()],
    (sum) => ({
      exportColYear: sum.year,
      [words.column]: sum.category,
      exportColProducts: sum.products,
      exportColIllustrative: sum.illustrative,
    }),
    ctx,
  );
}

export function stackedAltText(data: StackedByYearData, words: StackWords, ctx: ChartContext) {
  return stackedByYearAltText({
    rows: data.rows.map((r) => ({ year: r.year, label: labelOf(r.key, words), products: r.products })),
    year: data.year,
    illustrative: data.rows.some((r) => r.illustrative > 0),
    lang: ctx.lang,
  });
}

/**
 * A chart of products per year stacked by one category: the distributors and the channels charts are
 * the same spec over a different split of the same facts; a click on a year filters it.
 */
export function stackedByYearChart(spec: {
  id: string;
  title: MessageKey;
  subtitle: MessageKey;
  /** The rows by year and category, from a shared load. */
  rows: (scope: LoadScope) => Promise<readonly StackedRow[]>;
  words: (data: StackedByYearData, ctx: ChartContext) => StackWords;
}): ChartSpec<StackedByYearData> {
  return {
    id: spec.id,
    load: async (scope) => {
      const [rows, sources, year] = await Promise.all([
        spec.rows(scope),
        realSources(scope.db, scope.filters, ['distribution']),
        scope.once(distributionYearOf),
      ]);
      return { rows, sources, year };
    },
    title: (_data, ctx) => ctx.t(spec.title),
    subtitle: (_data, ctx) => ctx.t(spec.subtitle),
    option: (data, ctx) => stackedOption(data, spec.words(data, ctx), ctx),
    table: (data, ctx) => stackedTable(data, spec.words(data, ctx), ctx),
    altText: (data, ctx) => stackedAltText(data, spec.words(data, ctx), ctx),
    sources: (data) => data.sources,
    illustrative: (data) => anyIllustrative(data.rows),
    height: () => 420,
    click: (click, _data, ctx) => toggleYear(ctx.filters, click),
  };
}
