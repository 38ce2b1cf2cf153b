import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { type ReactNode, useMemo } from 'react';
import { echarts } from '../charts/echarts';
import { useI18n } from '../i18n/I18nProvider';
import { IllustrativeBadge } from './IllustrativeBadge';

/** What a click on a chart element tells the view (the subset of ECharts' event params we use). */
export interface ChartClick {
  readonly componentType: string;
  readonly seriesId?: string;
  readonly name?: string;
  readonly dataIndex?: number;
  readonly value?: unknown;
}

interface ChartCardProps {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly option: EChartsOption;
  readonly sources: readonly string[];
  readonly illustrative: boolean;
  readonly height?: number;
  readonly onClick?: (click: ChartClick) => void;
  readonly footer?: ReactNode;
}

type EChartsInstance = ReturnType<typeof echarts.init>;

/** The one frame every chart sits in: title, subtitle, the chart, its source line. */
export function ChartCard({
  id,
  title,
  subtitle,
  option,
  sources,
  illustrative,
  height = 360,
  onClick,
  footer,
}: ChartCardProps) {
  const { t, lang } = useI18n();
  const sourceText = [...sources, ...(illustrative ? [t('illustrativeBadge').toLowerCase()] : [])].join('; ');
  const onEvents = useMemo(
    () => (onClick ? { click: (params: ChartClick) => onClick(params) } : undefined),
    [onClick],
  );
  return (
    <figure className="chart-card" aria-labelledby={`${id}-title`} data-chart={id}>
      <header>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="chart-subtitle">{subtitle}</p>
        {illustrative && <IllustrativeBadge />}
      </header>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas', locale: lang === 'vi' ? 'VI' : 'EN' }}
        onEvents={onEvents}
        onChartReady={(instance: EChartsInstance) => exposeForTests(instance)}
      />
      {footer}
      {sourceText && (
        <figcaption className="chart-source">{t('sourceLine', { sources: sourceText })}</figcaption>
      )}
    </figure>
  );
}

/**
 * Browser tests click chart elements at the pixel ECharts computes for a data point; they reach the
 * instance through its DOM node. Read-only and harmless in production.
 */
function exposeForTests(instance: EChartsInstance) {
  const dom = instance.getDom();
  if (!('ocopChart' in dom)) Object.defineProperty(dom, 'ocopChart', { value: instance });
}
