import type { EChartsOption } from 'echarts';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import type { ColouredCategory } from './theme';
import { chartFrame, GRID_LINE_COLOR, MUTED_TEXT_COLOR, TEXT_COLOR, yearAxis } from './theme';
import type { SourceLabels } from './tooltip';
import { seriesLines, sourceFooter, stackedYearPoint, tooltipHtml } from './tooltip';

export interface YearCategoryCount {
  readonly year: number;
  /** The category (a distributor, a channel type); rows of the same year and key add up. */
  readonly key: string;
  readonly products: number;
  readonly illustrative: number;
}

export type StackCategory = ColouredCategory;

export interface DistributionByYearInput {
  readonly rows: readonly YearCategoryCount[];
  /** Categories in stacking order (bottom first); a row whose key is not listed goes to "other". */
  readonly categories: readonly StackCategory[];
  readonly other: { readonly label: string; readonly color: string };
  /** The year the rest of the page shows; shaded (the page registers ECharts' markArea). */
  readonly selectedYear: number | null;
  readonly lang: Lang;
  readonly labels: SourceLabels & {
    readonly year: string;
    readonly total: string;
    readonly unit: string;
  };
  readonly ariaTitle: string;
  /** Width the chart will have, in px, to leave room for the legend's rows above the bars. */
  readonly width?: number;
}

export const OTHER_CATEGORY = 'other';

/** ECharts' legend item: 25 px symbol, 5 px to the text, 10 px gap; about 7 px a character at 12 px. */
const LEGEND_ROW_HEIGHT = 22;
/** Legend names are cut with "…" beyond this width: a distributor's name comes from users' files. */
const LEGEND_TEXT_WIDTH = 300;
const legendItemWidth = (label: string) => 40 + Math.min(LEGEND_TEXT_WIDTH, 7 * label.length);

/** How many rows the legend wraps to in `width` px (an estimate: text is not measured). */
export function legendRows(labels: readonly string[], width: number): number {
  let rows = labels.length > 0 ? 1 : 0;
  let used = 0;
  for (const label of labels) {
    const item = legendItemWidth(label);
    if (used > 0 && used + item > width) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows;
}

/**
 * Stacked bars by year: products present in the hubs' channels, one segment per category. Each bar
 * is a year's stock, so bars compare across years and segments add up within one. A click gives the
 * year (the category name). Pure: data in, option out.
 */
export function distributionByYearOption(input: DistributionByYearInput): EChartsOption {
  const { lang, labels } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  const listed = new Set(input.categories.map((c) => c.key));
  const keyOf = (row: YearCategoryCount) => (listed.has(row.key) ? row.key : OTHER_CATEGORY);
  const years = [...new Set(input.rows.map((r) => r.year))].sort((a, b) => a - b);
  const value = new Map<string, number>();
  const illustrativeByYear = new Map<number, number>();
  for (const r of input.rows) {
    const id = `${r.year}|${keyOf(r)}`;
    value.set(id, (value.get(id) ?? 0) + r.products);
    illustrativeByYear.set(r.year, (illustrativeByYear.get(r.year) ?? 0) + r.illustrative);
  }
  const categories = [
    ...input.categories,
    { key: OTHER_CATEGORY, label: input.other.label, color: input.other.color },
  ].filter((c) => input.rows.some((r) => keyOf(r) === c.key));
  const selected = input.selectedYear === null ? -1 : years.indexOf(input.selectedYear);
  const rows = legendRows(
    categories.map((c) => c.label),
    input.width ?? 520,
  );

  return {
    ...chartFrame(input.ariaTitle),
    // The legend's rows, then room for the value axis' top label.
    grid: { left: 8, right: 16, top: 16 + rows * LEGEND_ROW_HEIGHT, bottom: 28, containLabel: true },
    legend: {
      top: 0,
      left: 0,
      right: 0,
      textStyle: { color: TEXT_COLOR, width: LEGEND_TEXT_WIDTH, overflow: 'truncate' },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const { title, shown, total, illustrative } = stackedYearPoint(params, illustrativeByYear);
        return tooltipHtml(
          title,
          [
            // Largest segment first: the top of the stack reads first.
            ...seriesLines([...shown].reverse(), (n) => `${fmt(n)} ${labels.unit}`),
            { label: labels.total, value: `${fmt(total)} ${labels.unit}` },
          ],
          sourceFooter(labels, illustrative, `${fmt(illustrative)} ${labels.unit}`),
        );
      },
    },
    xAxis: {
      ...yearAxis(years, labels.year),
      triggerEvent: true,
    },
    // No axis name: the title says what is counted, and a name there would collide with the legend.
    yAxis: {
      type: 'value',
      axisLabel: { color: MUTED_TEXT_COLOR, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    series: categories.map((c, i) => ({
      type: 'bar' as const,
      id: c.key,
      name: c.label,
      stack: 'products',
      barMaxWidth: 48,
      cursor: 'pointer',
      itemStyle: { color: c.color },
      emphasis: { focus: 'series' as const },
      data: years.map((y) => value.get(`${y}|${c.key}`) ?? 0),
      markArea:
        i === 0 && selected >= 0
          ? {
              silent: true,
              itemStyle: { color: 'rgba(11, 92, 171, 0.08)' },
              data: [[{ xAxis: selected }, { xAxis: selected }]] as never,
            }
          : undefined,
    })),
  };
}
