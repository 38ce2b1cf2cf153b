import type { EChartsOption } from 'echarts';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import { chartFrame, GRID_LINE_COLOR, MUTED_TEXT_COLOR, STAR_COLORS, yearAxis } from '../theme';
import type { SourceLabels } from '../tooltip';
import { seriesLines, sourceFooter, stackedYearPoint, tooltipHtml } from '../tooltip';

export interface StarYearCount {
  readonly year: number;
  readonly star: string;
  readonly products: number;
  readonly illustrative: number;
}

export interface StarSeriesLabel {
  readonly star: string;
  readonly label: string;
}

export interface OcopByStarOptionInput {
  readonly rows: readonly StarYearCount[];
  /** Star levels in stacking order (bottom first), with their label in the UI language. */
  readonly stars: readonly StarSeriesLabel[];
  readonly lang: Lang;
  readonly labels: SourceLabels & {
    readonly year: string;
    readonly products: string;
    /** The unit after each value, e.g. "sản phẩm". */
    readonly unit: string;
  };
  readonly ariaTitle: string;
}

/**
 * Stacked bars: OCOP products rated per year, one segment per star level; series ids are the star ids
 * so a click can set the star filter. Pure: data in, option out.
 */
export function ocopByStarOption(input: OcopByStarOptionInput): EChartsOption {
  const { rows, stars, lang, labels } = input;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const value = new Map(rows.map((r) => [`${r.year}|${r.star}`, r.products]));
  const illustrativeByYear = new Map<number, number>();
  for (const r of rows)
    illustrativeByYear.set(r.year, (illustrativeByYear.get(r.year) ?? 0) + r.illustrative);
  const presentStars = stars.filter((s) => rows.some((r) => r.star === s.star));
  const fmt = (n: number) => formatNumber(lang, n);
  return {
    ...chartFrame(input.ariaTitle, { left: 8, right: 16, top: 64, bottom: 28 }),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const { title, shown, total, illustrative } = stackedYearPoint(params, illustrativeByYear);
        return tooltipHtml(
          title,
          [
            ...seriesLines(shown, (n) => `${fmt(n)} ${labels.unit}`),
            { label: labels.products, value: `${fmt(total)} ${labels.unit}` },
          ],
          sourceFooter(labels, illustrative, `${fmt(illustrative)} ${labels.unit}`),
        );
      },
    },
    xAxis: {
      ...yearAxis(years, labels.year),
    },
    yAxis: {
      type: 'value',
      name: labels.products,
      nameTextStyle: { color: MUTED_TEXT_COLOR, align: 'left', padding: [0, 0, 4, 0] },
      axisLabel: { color: MUTED_TEXT_COLOR, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    series: presentStars.map((s) => ({
      type: 'bar',
      id: s.star,
      name: s.label,
      stack: 'products',
      barMaxWidth: 56,
      cursor: 'pointer',
      itemStyle: { color: STAR_COLORS[s.star] ?? '#999' },
      emphasis: { focus: 'series' },
      data: years.map((y) => value.get(`${y}|${s.star}`) ?? 0),
    })),
  };
}
