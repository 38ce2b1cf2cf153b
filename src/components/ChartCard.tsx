import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { cardWords } from '../charts/cardWords';
import { type ChartClick, type ChartSpec, chartContext } from '../charts/chartSpec';
import { echarts } from '../charts/echarts';
import { latestYearIn, pressDateLine, pressSourceLine, pressSubtitle } from '../charts/export/pressText';
import { useFilters } from '../filters/FilterProvider';
import { useI18n } from '../i18n/I18nProvider';
import { dashboardUrl, ExportMenu } from './ExportMenu';
import { IllustrativeBadge } from './IllustrativeBadge';

interface ChartCardProps<D> {
  readonly spec: ChartSpec<D, never>;
  readonly data: D;
  /** The chart's width where its layout depends on it (legend rows, labels): measured by the page. */
  readonly width?: number;
  /** Replaces the spec's subtitle (the yearly report states the filters there). */
  readonly subtitle?: string;
  readonly height?: number;
  /** What the page shows under the chart (notes on what it leaves out). */
  readonly footer?: ReactNode;
  /** 'svg' where the chart is printed (the yearly report): vector, sharp on paper. */
  readonly renderer?: 'canvas' | 'svg';
  /**
   * The same chart drawn at build time (the overview's snapshot, SVG), shown over the chart box until
   * ECharts has drawn: ECharts' first frame comes a frame or more after the card, and the picture
   * should not blink out in between.
   */
  readonly picture?: string;
}

type EChartsInstance = ReturnType<typeof echarts.init>;

/**
 * The one frame every chart sits in, drawn from its spec: title, subtitle, the chart, its words for
 * screen readers, its export menu (images, the table as CSV, links) and its source line.
 */
export function ChartCard<D>({
  spec,
  data,
  width,
  subtitle: subtitleOverride,
  height: heightOverride,
  footer,
  renderer = 'canvas',
  picture,
}: ChartCardProps<D>) {
  const { t, lang } = useI18n();
  const { filters, update } = useFilters();
  // The chart is drawn under the filters its data was loaded for: a filter change redraws it once, when
  // the new answer comes, not first with the old figures under the new filters (every chart twice).
  // biome-ignore lint/correctness/useExhaustiveDependencies: kept from the render where the data changed, on purpose
  const dataFilters = useMemo(() => filters, [data]);
  const ctx = useMemo(() => chartContext(lang, dataFilters, width), [lang, dataFilters, width]);
  const { id } = spec;
  const option = useMemo(() => withMotionPreference(spec.option(data, ctx)), [spec, data, ctx]);
  const exportData = useMemo(() => spec.table(data, ctx), [spec, data, ctx]);
  const words = useMemo(() => cardWords(spec, data, ctx), [spec, data, ctx]);
  const { title, altText, illustrative, sourceLine } = words;
  const subtitle = subtitleOverride ?? words.subtitle;
  const sources = spec.sources(data);
  const height = heightOverride ?? words.height;
  const exportNote = spec.exportNote?.(data, ctx);
  const dataYear = spec.dataYear?.(data, ctx);
  const onClick = useMemo(() => {
    const click = spec.click;
    if (!click) return undefined;
    return (params: ChartClick) => {
      const change = click(params, data, ctx);
      if (change) update(change);
    };
  }, [spec, data, ctx, update]);
  // A shared link points here: scroll to it and mark it; in embed mode it is the only thing shown.
  const targeted = filters.chart === id;
  const embedded = targeted && filters.embed;
  const onEvents = useMemo(
    // An embedded chart is a picture in someone's article: clicks there would filter an invisible page.
    () => (onClick && !embedded ? { click: (params: ChartClick) => onClick(params) } : undefined),
    [onClick, embedded],
  );
  const figureRef = useRef<HTMLElement>(null);
  // Only the picture the card was first drawn with, and only until ECharts has drawn.
  const [cover, setCover] = useState(picture);
  const covered = useRef(cover !== undefined);
  // A shared link scrolls to its chart when the card appears, not again on every filter change.
  const scrolled = useRef(false);
  useEffect(() => {
    if (!targeted || embedded || scrolled.current) return;
    scrolled.current = true;
    figureRef.current?.scrollIntoView({ block: 'center' });
  }, [targeted, embedded]);
  const filterWords = pressSubtitle(filters, lang, exportNote);
  const chart = (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      // Embedded, the chart fills what the iframe leaves (styles.css), so no fixed height.
      style={{ height: embedded ? undefined : height, width: '100%' }}
      opts={{ renderer, locale: lang === 'vi' ? 'VI' : 'EN' }}
      onEvents={onEvents}
      onChartReady={(instance: EChartsInstance) => {
        exposeForTests(instance);
        // Its first drawing done, the chart is what shows: the picture goes.
        if (covered.current) instance.on('finished', () => setCover(undefined));
      }}
    />
  );
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
      aria-describedby={`${id}-alt`}
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
          altText={altText}
          exportData={exportData}
        />
      )}
      <p id={`${id}-alt`} className="visually-hidden">
        {altText}
      </p>
      {covered.current ? (
        <div className="chart-covered">
          {chart}
          {cover !== undefined && (
            <div
              className="chart-cover"
              aria-hidden="true"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the build-time SVG of the snapshot (views/overview/SnapshotChartCard.tsx says why it is safe)
              dangerouslySetInnerHTML={{ __html: cover }}
            />
          )}
        </div>
      ) : (
        chart
      )}
      {footer}
      {sourceLine && <figcaption className="chart-source">{sourceLine}</figcaption>}
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

/**
 * Charts hold still for readers who asked their system for less motion (and under the browser tests,
 * which ask for it): ECharts' entry and update animations are switched off.
 */
function withMotionPreference(option: EChartsOption): EChartsOption {
  const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return still ? { ...option, animation: false } : option;
}
