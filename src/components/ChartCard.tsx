import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { echarts } from '../charts/echarts';
import {
  latestYearIn,
  pressDateLine,
  pressSourceLine,
  pressSubtitle,
  shownSource,
} from '../charts/export/pressText';
import { useFilters } from '../filters/FilterProvider';
import { useI18n } from '../i18n/I18nProvider';
import { type ChartExportData, dashboardUrl, ExportMenu } from './ExportMenu';
import { IllustrativeBadge } from './IllustrativeBadge';

/** What a click on a chart element tells the view (the subset of ECharts' event params we use). */
export interface ChartClick {
  readonly componentType: string;
  /** 'node' or 'edge' on graph-like series (sankey), absent elsewhere. */
  readonly dataType?: string;
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
  /** The data behind the chart, for its CSV export (column labels in the UI language). */
  readonly exportData?: ChartExportData;
  /** The chart in words: read by screen readers, copied by reporters, the <desc> of exported SVG. */
  readonly altText?: string;
  /** Words added to the filters in an export's subtitle, e.g. the year the chart highlights. */
  readonly exportNote?: string;
  /** The latest year of the figures, where exportData has no `year` column to read it from. */
  readonly dataYear?: number | null;
  /** 'svg' where the chart is printed (the yearly report): vector, sharp on paper. */
  readonly renderer?: 'canvas' | 'svg';
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
  exportData,
  altText,
  exportNote,
  dataYear,
  renderer = 'canvas',
}: ChartCardProps) {
  const { t, lang } = useI18n();
  const { filters } = useFilters();
  // Sources come from users' files: each clipped and isolated, as in press images.
  const sourceText = [
    ...sources.map(shownSource),
    ...(illustrative ? [t('illustrativeBadge').toLowerCase()] : []),
  ].join('; ');
  // A shared link points here: scroll to it and mark it; in embed mode it is the only thing shown.
  const targeted = filters.chart === id;
  const embedded = targeted && filters.embed;
  const onEvents = useMemo(
    // An embedded chart is a picture in someone's article: clicks there would filter an invisible page.
    () => (onClick && !embedded ? { click: (params: ChartClick) => onClick(params) } : undefined),
    [onClick, embedded],
  );
  const figureRef = useRef<HTMLElement>(null);
  // A shared link scrolls to its chart when the card appears, not again on every filter change.
  const scrolled = useRef(false);
  useEffect(() => {
    if (!targeted || embedded || scrolled.current) return;
    scrolled.current = true;
    figureRef.current?.scrollIntoView({ block: 'center' });
  }, [targeted, embedded]);
  const filterWords = pressSubtitle(filters, lang, exportNote);
  const className = [
    'chart-card',
    targeted && !embedded && 'chart-card-targeted',
    embedded && 'chart-card-embedded',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <figure
      ref={figureRef}
      className={className}
      aria-labelledby={`${id}-title`}
      aria-describedby={altText ? `${id}-alt` : undefined}
      data-chart={id}
    >
      <header>
        <h3 id={`${id}-title`}>{title}</h3>
        {/* Embedded, the reader needs what the figures cover, not how to click them. */}
        <p className="chart-subtitle">{embedded ? filterWords : subtitle}</p>
        {illustrative && <IllustrativeBadge />}
      </header>
      {!embedded && (
        <ExportMenu
          chartId={id}
          title={title}
          option={option}
          subtitle={filterWords}
          source={pressSourceLine(sources, illustrative, lang)}
          dataDate={pressDateLine(dataYear ?? latestYearIn(exportData?.rows ?? []), new Date(), lang)}
          altText={altText ?? ''}
          exportData={exportData}
        />
      )}
      {altText && (
        <p id={`${id}-alt`} className="visually-hidden">
          {altText}
        </p>
      )}
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        // Embedded, the chart fills what the iframe leaves (styles.css), so no fixed height.
        style={{ height: embedded ? undefined : height, width: '100%' }}
        opts={{ renderer, locale: lang === 'vi' ? 'VI' : 'EN' }}
        onEvents={onEvents}
        onChartReady={(instance: EChartsInstance) => exposeForTests(instance)}
      />
      {footer}
      {sourceText && (
        <figcaption className="chart-source">{t('sourceLine', { sources: sourceText })}</figcaption>
      )}
      {embedded && (
        <a
          className="chart-embed-full"
          href={dashboardUrl(filters, { embed: false })}
          target="_blank"
          rel="noopener"
        >
          {t('exportEmbedFull')}
        </a>
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
