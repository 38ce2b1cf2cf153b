import type { EChartsOption } from 'echarts';
import type { FilterState } from '../filters/filterState';
import { formatDate, formatNumber } from '../i18n/format';
import { type Lang, type MessageKey, translate } from '../i18n/messages';
import type { LoadScope } from './loadScope';

/**
 * One chart, declared once: the data it loads (through the metric functions of src/queries/), the
 * option ECharts draws, the table behind it (its CSV), the chart in words (its alt text) and what a
 * click does to the filters. The chart card, the yearly report, the province page and the embed mode
 * all draw a spec; the type requires the table and the alt text, so no chart ships without them.
 * Everything but `load` is pure: data and context in, text or options out (tested in Node).
 */
export interface ChartSpec<D, P = void> {
  /** The card's id: `?chart=<id>` in links, `data-chart` in the page. */
  readonly id: string;
  /** Its data under the filters of `scope`; `params` are the page's own choices (the map's measure). */
  load(scope: LoadScope, params: P): Promise<D>;
  title(data: D, ctx: ChartContext): string;
  subtitle(data: D, ctx: ChartContext): string;
  option(data: D, ctx: ChartContext): EChartsOption;
  /** The rows behind the chart, headed in the UI language: its CSV export. */
  table(data: D, ctx: ChartContext): ChartTable;
  /** The chart in words: read by screen readers, copied by reporters, the <desc> of exported SVG. */
  altText(data: D, ctx: ChartContext): string;
  /** The published sources of the real figures drawn. */
  sources(data: D): readonly string[];
  /** Whether any figure drawn is illustrative. */
  illustrative(data: D): boolean;
  /** Height in pixels (360 when absent). */
  height?(data: D, ctx: ChartContext): number;
  /** The filter change a click on an element asks for; null when the click means nothing. */
  click?(click: ChartClick, data: D, ctx: ChartContext): Partial<FilterState> | null;
  /** Words added to the filters in an export's subtitle, e.g. the year the chart highlights. */
  exportNote?(data: D, ctx: ChartContext): string | undefined;
  /** The latest year of the figures, where the table has no `year` column to read it from. */
  dataYear?(data: D, ctx: ChartContext): number | null;
}

/** A spec whatever its data: what lists of charts and the card hold (methods are checked per spec). */
// biome-ignore lint/suspicious/noExplicitAny: a list of specs holds each with its own data type
export type AnyChartSpec = ChartSpec<any, any>;

/** What most charts' data carries besides its rows: the sources of its real figures, the year it shows. */
export interface SourcedYearData {
  readonly sources: readonly string[];
  /** The year the chart shows or highlights (the year the KPI cards compare); null without data. */
  readonly year: number | null;
}

/** The rows behind a chart as its CSV export writes them. */
export interface ChartTable {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
}

/** What a click on a chart element tells the spec (the subset of ECharts' event params we use). */
export interface ChartClick {
  readonly componentType: string;
  /** 'node' or 'edge' on graph-like series (sankey), absent elsewhere. */
  readonly dataType?: string;
  readonly seriesId?: string;
  readonly name?: string;
  readonly dataIndex?: number;
  readonly value?: unknown;
}

/** The language, its formats and the filters a spec writes with; `width` where the layout depends on it. */
export interface ChartContext {
  readonly lang: Lang;
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  num(value: number, maximumFractionDigits?: number): string;
  date(value: Date, style?: 'short' | 'long'): string;
  readonly filters: FilterState;
  /** The chart's drawn width in pixels, once measured. */
  readonly width?: number;
}

export function chartContext(lang: Lang, filters: FilterState, width?: number): ChartContext {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    num: (value, digits) => formatNumber(lang, value, digits),
    date: (value, style) => formatDate(lang, value, style),
    filters,
    width,
  };
}

/** The charts of a page, loaded together so the page changes in one step: their data by id. */
export type ChartData = Readonly<Record<string, unknown>>;

export async function loadCharts(specs: readonly ChartSpec<unknown>[], scope: LoadScope): Promise<ChartData> {
  const loaded = await Promise.all(specs.map(async (spec) => [spec.id, await spec.load(scope)] as const));
  return Object.fromEntries(loaded);
}

/** One chart's data out of its page's (loadCharts put it there under the spec's id). */
export function dataOf<D>(charts: ChartData, spec: ChartSpec<D, never>): D {
  return charts[spec.id] as D;
}

/** True when any row (or point) carries illustrative figures. */
export const anyIllustrative = (rows: readonly { readonly illustrative: number }[]) =>
  rows.some((r) => r.illustrative > 0);
