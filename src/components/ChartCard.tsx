import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { echarts } from '../charts/echarts';
import { useI18n } from '../i18n/I18nProvider';
import { IllustrativeBadge } from './IllustrativeBadge';

interface ChartCardProps {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly option: EChartsOption;
  readonly sources: readonly string[];
  readonly illustrative: boolean;
  readonly height?: number;
}

/** The one frame every chart sits in: title, subtitle, the chart, its source line. */
export function ChartCard({
  id,
  title,
  subtitle,
  option,
  sources,
  illustrative,
  height = 360,
}: ChartCardProps) {
  const { t, lang } = useI18n();
  const sourceText = [...sources, ...(illustrative ? [t('illustrativeBadge').toLowerCase()] : [])].join('; ');
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
      />
      {sourceText && (
        <figcaption className="chart-source">{t('sourceLine', { sources: sourceText })}</figcaption>
      )}
    </figure>
  );
}
