import type { EChartsOption } from 'echarts';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import { chartFrame, GRID_LINE_COLOR, MUTED_TEXT_COLOR, PALETTE, TEXT_COLOR } from './theme';
import type { SourceLabels } from './tooltip';
import { asList, tooltipHtml } from './tooltip';

export interface PartnerBar {
  readonly label: string;
  readonly toHcmc: number;
  readonly toHanoi: number;
  readonly illustrative: number;
  readonly selected: boolean;
}

export interface TopPartnersInput {
  readonly partners: readonly PartnerBar[];
  readonly lang: Lang;
  readonly labels: SourceLabels & {
    readonly hcmc: string;
    readonly hanoi: string;
    readonly unit: string;
    readonly total: string;
  };
  readonly ariaTitle: string;
}

/** Horizontal bars, largest on top, split by destination hub; a selected province is drawn bold. */
export function topPartnersOption(input: TopPartnersInput): EChartsOption {
  const { lang, labels } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  // ECharts draws the first category at the bottom: reverse so the largest is on top.
  const partners = [...input.partners].reverse();
  const hubSeries = (id: 'hcmc' | 'hanoi', name: string, color: string) => ({
    type: 'bar' as const,
    id,
    name,
    stack: 'hubs',
    barMaxWidth: 22,
    cursor: 'pointer',
    itemStyle: { color },
    data: partners.map((p) => ({
      value: id === 'hcmc' ? p.toHcmc : p.toHanoi,
      itemStyle: p.selected ? { borderColor: TEXT_COLOR, borderWidth: 2 } : {},
    })),
  });
  return {
    ...chartFrame(input.ariaTitle, { left: 8, right: 24, top: 36, bottom: 8 }),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const index = asList(params)[0]?.dataIndex ?? 0;
        const p = partners[index];
        if (!p) return '';
        return tooltipHtml(
          p.label,
          [
            { label: labels.hcmc, value: `${fmt(p.toHcmc)} ${labels.unit}` },
            { label: labels.hanoi, value: `${fmt(p.toHanoi)} ${labels.unit}` },
            { label: labels.total, value: `${fmt(p.toHcmc + p.toHanoi)} ${labels.unit}` },
          ],
          p.illustrative > 0 ? labels.sourceIllustrative : labels.sourceReal,
        );
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { color: MUTED_TEXT_COLOR, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    yAxis: {
      type: 'category',
      data: partners.map((p) => p.label),
      axisLabel: { color: TEXT_COLOR, fontWeight: 500 },
      triggerEvent: true,
    },
    series: [hubSeries('hcmc', labels.hcmc, PALETTE[0]), hubSeries('hanoi', labels.hanoi, PALETTE[2])],
  };
}
