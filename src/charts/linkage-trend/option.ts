import type { EChartsOption } from 'echarts';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import type { YearValue } from '../../queries/overviewMetrics';
import { chartFrame, GRID_LINE_COLOR, MUTED_TEXT_COLOR, PALETTE, readableOnWhite } from '../theme';
import type { SourceLabels } from '../tooltip';
import { asList, tooltipHtml } from '../tooltip';

/** A measure in a year, as the KPI series give it. */
export type YearPoint = Pick<YearValue, 'year' | 'value' | 'illustrative'>;

export interface LinkageTrendInput {
  readonly mous: readonly YearPoint[];
  readonly products: readonly YearPoint[];
  readonly selectedYear: number | null;
  readonly lang: Lang;
  readonly labels: SourceLabels & {
    readonly mous: string;
    readonly products: string;
    /** Short axis names: the series names are too long for an axis. */
    readonly mouAxis: string;
    readonly productAxis: string;
    readonly mouUnit: string;
    readonly productUnit: string;
  };
  readonly ariaTitle: string;
}

/**
 * Two lines by year: MoUs signed (left axis) and products entering HCMC/Hanoi distribution (right
 * axis); their scales differ tenfold, so each has its own axis, coloured like its line. The year the
 * KPI cards compare is shaded. Category values are years, so a click gives the year.
 */
export function linkageTrendOption(input: LinkageTrendInput): EChartsOption {
  const { lang, labels } = input;
  const years = [...new Set([...input.mous, ...input.products].map((p) => p.year))].sort((a, b) => a - b);
  const byYear = (points: readonly YearPoint[]) => new Map(points.map((p) => [p.year, p]));
  const mous = byYear(input.mous);
  const products = byYear(input.products);
  const fmt = (n: number) => formatNumber(lang, n);
  const [mouColor, productColor] = [PALETTE[0], PALETTE[1]];
  const axis = (name: string, color: string) => ({
    type: 'value' as const,
    name,
    // The axis name takes its line's hue, darkened where needed so it reads as text (WCAG AA).
    nameTextStyle: { color: readableOnWhite(color), fontWeight: 600 as const },
    axisLabel: { color: MUTED_TEXT_COLOR, formatter: (v: number) => fmt(v) },
    splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
  });
  const selectedIndex = input.selectedYear === null ? -1 : years.indexOf(input.selectedYear);
  return {
    ...chartFrame(input.ariaTitle, { left: 8, right: 8, top: 64, bottom: 8 }),
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const year = Number(asList(params)[0]?.name);
        const m = mous.get(year);
        const p = products.get(year);
        const illustrative = (m?.illustrative ?? 0) + (p?.illustrative ?? 0) > 0;
        return tooltipHtml(
          String(year),
          [
            { label: labels.mous, value: m ? `${fmt(m.value)} ${labels.mouUnit}` : '—' },
            { label: labels.products, value: p ? `${fmt(p.value)} ${labels.productUnit}` : '—' },
          ],
          illustrative ? labels.sourceIllustrative : labels.sourceReal,
        );
      },
    },
    xAxis: {
      type: 'category',
      data: years.map(String),
      boundaryGap: true,
      axisLabel: { color: MUTED_TEXT_COLOR },
      triggerEvent: true,
    },
    yAxis: [
      axis(labels.mouAxis, mouColor),
      { ...axis(labels.productAxis, productColor), splitLine: { show: false } },
    ],
    series: [
      {
        type: 'line',
        id: 'mous',
        name: labels.mous,
        yAxisIndex: 0,
        symbolSize: 8,
        color: mouColor,
        data: years.map((y) => mous.get(y)?.value ?? null),
        markArea:
          selectedIndex >= 0
            ? {
                silent: true,
                itemStyle: { color: 'rgba(11, 92, 171, 0.08)' },
                data: [[{ xAxis: selectedIndex }, { xAxis: selectedIndex }]],
              }
            : undefined,
      },
      {
        type: 'line',
        id: 'products',
        name: labels.products,
        yAxisIndex: 1,
        symbolSize: 8,
        color: productColor,
        lineStyle: { type: 'dashed' },
        data: years.map((y) => products.get(y)?.value ?? null),
      },
    ],
  };
}
