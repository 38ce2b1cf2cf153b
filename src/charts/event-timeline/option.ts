import type { EChartsOption } from 'echarts';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import { chartFrame, GRID_LINE_COLOR, MUTED_TEXT_COLOR, PALETTE, TEXT_COLOR } from '../theme';
import type { SourceLabels } from '../tooltip';
import { type TooltipLine, tooltipHtml } from '../tooltip';

export type EventLane = 'hcmc' | 'hanoi' | 'other';

export interface TimelineEvent {
  /** yyyy-mm-dd */
  readonly date: string;
  readonly name: string;
  readonly hostLabel: string;
  readonly lane: EventLane;
  readonly provincesCount: number | null;
  /** Named participants, already sorted for display. */
  readonly participants: readonly string[];
  readonly businesses: number | null;
  readonly productsShown: number | null;
  readonly mousSigned: number | null;
  readonly real: boolean;
  readonly source: string | null;
}

export interface EventTimelineInput {
  readonly events: readonly TimelineEvent[];
  readonly lang: Lang;
  readonly labels: SourceLabels & {
    readonly lanes: Readonly<Record<EventLane, string>>;
    readonly real: string;
    readonly illustrative: string;
    readonly date: string;
    readonly host: string;
    readonly provinces: string;
    readonly businesses: string;
    readonly productsShown: string;
    readonly mousSigned: string;
    readonly source: string;
    readonly notReported: string;
    readonly provincesUnit: string;
    readonly businessesUnit: string;
    readonly productsUnit: string;
    readonly mousUnit: string;
  };
  readonly ariaTitle: string;
  /** The chart's width in px: narrow charts get smaller symbols, so the years stay apart. */
  readonly width?: number;
}

/** Real events in the palette's vermilion, the hue farthest from the illustrative blue. */
const REAL_COLOR = PALETTE.find((c) => c === '#D55E00') ?? TEXT_COLOR;

/** Lanes bottom to top: the hubs, where most events happen, on top. */
const LANES: readonly EventLane[] = ['other', 'hanoi', 'hcmc'];
const MIN_SYMBOL = 8;
/** A real event without reported products must still stand out. */
const MIN_REAL_SYMBOL = 14;
const MAX_SYMBOL = 34;
const MAX_SYMBOL_NARROW = 20;
/** Participants named in a tooltip before "+N". */
const TOOLTIP_PARTICIPANTS = 8;

/** The events one series draws, in its data order: a click's (seriesId, dataIndex) finds its event here. */
export function timelineSeriesEvents(events: readonly TimelineEvent[], seriesId: string): TimelineEvent[] {
  if (seriesId !== 'real' && seriesId !== 'illustrative') return [];
  return events.filter((e) => e.real === (seriesId === 'real'));
}

/** dd/mm/yyyy straight from the ISO text: no Date, so no time zone can shift the day. */
export function isoToVietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Events on a time axis, one lane per kind of host (HCMC, Hanoi, another province); a symbol's area
 * grows with the products shown (the smallest size when not reported). Real, sourced events are a
 * separate series drawn as solid diamonds with a dark outline, on top; illustrative ones are
 * translucent circles. Pure: data in, option out.
 */
export function eventTimelineOption(input: EventTimelineInput): EChartsOption {
  const { lang, labels } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  const maxProducts = Math.max(1, ...input.events.map((e) => e.productsShown ?? 0));
  const maxSymbol = (input.width ?? 1000) < 600 ? MAX_SYMBOL_NARROW : MAX_SYMBOL;
  const symbolSize = (e: TimelineEvent) => {
    const size =
      e.productsShown === null || e.productsShown <= 0
        ? MIN_SYMBOL
        : MIN_SYMBOL + (maxSymbol - MIN_SYMBOL) * Math.sqrt(e.productsShown / maxProducts);
    return e.real ? Math.max(MIN_REAL_SYMBOL, size) : size;
  };
  const counted = (value: number | null, unit: string) =>
    value === null ? labels.notReported : `${fmt(value)} ${unit}`;

  const tooltipFor = (e: TimelineEvent): string => {
    const named = e.participants.slice(0, TOOLTIP_PARTICIPANTS).join(', ');
    const more = e.participants.length - TOOLTIP_PARTICIPANTS;
    const provinces =
      e.provincesCount === null
        ? labels.notReported
        : `${fmt(e.provincesCount)} ${labels.provincesUnit}${named ? ` (${named}${more > 0 ? `, +${fmt(more)}` : ''})` : ''}`;
    const lines: TooltipLine[] = [
      { label: labels.date, value: isoToVietnameseDate(e.date) },
      { label: labels.host, value: e.hostLabel },
      { label: labels.provinces, value: provinces },
      { label: labels.businesses, value: counted(e.businesses, labels.businessesUnit) },
      { label: labels.productsShown, value: counted(e.productsShown, labels.productsUnit) },
      { label: labels.mousSigned, value: counted(e.mousSigned, labels.mousUnit) },
      ...(e.real && e.source ? [{ label: labels.source, value: e.source }] : []),
    ];
    return tooltipHtml(e.name, lines, e.real ? labels.sourceReal : labels.sourceIllustrative);
  };

  const kindSeries = (real: boolean) => {
    const events = timelineSeriesEvents(input.events, real ? 'real' : 'illustrative');
    return {
      type: 'scatter' as const,
      id: real ? 'real' : 'illustrative',
      name: real ? labels.real : labels.illustrative,
      z: real ? 3 : 2,
      symbol: real ? 'diamond' : 'circle',
      cursor: 'pointer',
      itemStyle: real
        ? { color: REAL_COLOR, borderColor: TEXT_COLOR, borderWidth: 1.5, opacity: 1 }
        : { color: PALETTE[0], opacity: 0.45, borderColor: PALETTE[0], borderWidth: 1 },
      emphasis: { scale: 1.2 },
      data: events.map((e) => ({ value: [e.date, LANES.indexOf(e.lane)], symbolSize: symbolSize(e) })),
    };
  };
  const years = input.events.map((e) => Number(e.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);

  return {
    ...chartFrame(input.ariaTitle, { left: 8, right: 24, top: 40, bottom: 8 }),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = params as { seriesId?: string; dataIndex: number };
        const event = timelineSeriesEvents(input.events, p.seriesId ?? '')[p.dataIndex];
        return event ? tooltipFor(event) : '';
      },
    },
    xAxis: {
      type: 'time',
      // Whole years and a month's margin, so no symbol sits on the lane names; ticks fall on 1 January.
      min: Number.isFinite(first) ? `${first - 1}-12-01` : undefined,
      max: Number.isFinite(last) ? `${last + 1}-01-31` : undefined,
      minInterval: 365 * 24 * 3600 * 1000,
      axisLabel: {
        color: MUTED_TEXT_COLOR,
        showMinLabel: false,
        showMaxLabel: false,
        hideOverlap: true,
        formatter: (value: number) => String(new Date(value).getFullYear()),
      },
      splitLine: { show: true, lineStyle: { color: GRID_LINE_COLOR } },
    },
    yAxis: {
      type: 'category',
      data: LANES.map((l) => labels.lanes[l]),
      axisLabel: { color: TEXT_COLOR, fontWeight: 500 },
      axisTick: { show: false },
      splitLine: { show: true, lineStyle: { color: GRID_LINE_COLOR } },
    },
    series: [kindSeries(false), kindSeries(true)],
  };
}
