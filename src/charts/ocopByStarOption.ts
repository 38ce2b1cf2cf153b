import type { EChartsOption } from 'echarts';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import { escapeHtml } from './escapeHtml';
import { FONT_FAMILY, GRID_LINE_COLOR, MUTED_TEXT_COLOR, STAR_COLORS, TEXT_COLOR } from './theme';

export interface StarYearCount {
  readonly year: number;
  readonly star: string;
  readonly products: number;
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
  readonly axisLabels: { readonly year: string; readonly products: string };
  readonly ariaTitle: string;
}

/** Stacked bars: OCOP products rated per year, one segment per star level. Pure: data in, option out. */
export function ocopByStarOption(input: OcopByStarOptionInput): EChartsOption {
  const { rows, stars, lang } = input;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const value = new Map(rows.map((r) => [`${r.year}|${r.star}`, r.products]));
  const presentStars = stars.filter((s) => rows.some((r) => r.star === s.star));
  const fmt = (n: number) => formatNumber(lang, n);
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: { enabled: true, label: { description: input.ariaTitle } },
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 64, bottom: 28, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: TEXT_COLOR } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0];
        const lines = list
          .filter((p) => typeof p.value === 'number' && p.value > 0)
          .map((p) => `${p.marker ?? ''}${escapeHtml(p.seriesName ?? '')}: <b>${fmt(p.value as number)}</b>`);
        const total = list.reduce((sum, p) => sum + (typeof p.value === 'number' ? p.value : 0), 0);
        return [
          `<b>${escapeHtml(String(first?.name ?? ''))}</b>`,
          ...lines,
          `${escapeHtml(input.axisLabels.products)}: <b>${fmt(total)}</b>`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      name: input.axisLabels.year,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: MUTED_TEXT_COLOR },
      data: years.map(String),
      axisLabel: { color: MUTED_TEXT_COLOR },
    },
    yAxis: {
      type: 'value',
      name: input.axisLabels.products,
      nameTextStyle: { color: MUTED_TEXT_COLOR, align: 'left', padding: [0, 0, 4, 0] },
      axisLabel: { color: MUTED_TEXT_COLOR, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    series: presentStars.map((s) => ({
      type: 'bar',
      name: s.label,
      stack: 'products',
      barMaxWidth: 56,
      itemStyle: { color: STAR_COLORS[s.star] ?? '#999' },
      emphasis: { focus: 'series' },
      data: years.map((y) => value.get(`${y}|${s.star}`) ?? 0),
    })),
  };
}
