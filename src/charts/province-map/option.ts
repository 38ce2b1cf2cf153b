import type { EChartsOption } from 'echarts';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import { chartFrame, MUTED_TEXT_COLOR, TEXT_COLOR } from '../theme';
import type { SourceLabels } from '../tooltip';
import { type TooltipLine, tooltipHtml } from '../tooltip';

export interface ChoroplethRegion {
  /** The code of the map feature (its `code` property). */
  readonly code: string;
  readonly label: string;
  /** The coloured value; null = nothing to colour (no data, or no comparison possible). */
  readonly value: number | null;
  readonly current: number | null;
  readonly previous: number | null;
  readonly illustrative: number;
  readonly notComparable: boolean;
  readonly selected: boolean;
}

/** A map feature that is part of a province (the archipelagos): labelled, coloured as its province. */
export interface ChoroplethIsland {
  readonly code: string;
  readonly label: string;
  readonly province: string;
}

export interface ChoroplethOptionInput {
  /** The name the geometry was registered under (echarts.registerMap). */
  readonly mapName: string;
  readonly regions: readonly ChoroplethRegion[];
  readonly islands: readonly ChoroplethIsland[];
  readonly mode: 'level' | 'change';
  readonly year: number;
  readonly lang: Lang;
  readonly labels: SourceLabels & {
    /** The metric, e.g. "Sản phẩm OCOP được công nhận". */
    readonly metric: string;
    /** The unit after each value, e.g. "sản phẩm". */
    readonly unit: string;
    /** Above the legend, e.g. "Số sản phẩm". */
    readonly legendTitle: string;
    readonly change: string;
    readonly noData: string;
    readonly noPrevious: string;
    readonly notComparable: string;
    /** Before an island group's province, e.g. "Thuộc". */
    readonly partOf: string;
  };
  readonly ariaTitle: string;
}

/** Region without a value: light grey, so "no data" never reads as "zero". */
export const NO_DATA_COLOR = '#e9ecef';
// ColorBrewer Blues (sequential) and PuOr (diverging): colour-blind safe and print well in grey.
const SEQUENTIAL = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
const ZERO_COLOR = '#f7fbff';
const DECREASE = ['#fee0b6', '#f1a340', '#b35806'] as const;
const INCREASE = ['#d8daeb', '#998ec3', '#542788'] as const;
const NO_CHANGE_COLOR = '#f7f7f7';
const BORDER_COLOR = '#ffffff';
const SELECTED_BORDER = '#1f2933';
// Latitude of central Vietnam: the plate carrée is compressed east–west by its cosine, so shapes look right.
const ASPECT = Math.cos((16 * Math.PI) / 180);

/** Round numbers a legend reads easily, as multiples of a power of ten. */
const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 10] as const;

/** Smallest nice number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 × 10^k) ≥ x, an integer: the measures are counts. */
export function niceCeil(x: number): number {
  if (x <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = NICE_STEPS.find((s) => s * power >= x) ?? 10;
  return Math.ceil(step * power);
}

/**
 * Upper bounds of up to `classes` classes for positive counts: quantiles rounded up to nice numbers,
 * the last one the maximum itself. Quantiles, because a few large provinces (Hà Nội) would otherwise
 * put everyone else in the first class.
 */
export function classBreaks(values: readonly number[], classes: number): number[] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const max = positive.at(-1);
  if (max === undefined) return [];
  const n = Math.min(classes, new Set(positive).size);
  const breaks: number[] = [];
  for (let i = 1; i < n; i++) {
    const q = positive[Math.max(0, Math.ceil((i / n) * positive.length) - 1)] ?? max;
    const bound = niceCeil(q);
    if (bound < max && (breaks.at(-1) ?? 0) < bound) breaks.push(bound);
  }
  breaks.push(max);
  return breaks;
}

export interface LegendPiece {
  readonly gt?: number;
  readonly lte?: number;
  readonly gte?: number;
  readonly lt?: number;
  readonly value?: number;
  readonly label: string;
  readonly color: string;
}

function pick<T>(colors: readonly T[], index: number, count: number): T {
  // Spread `count` classes over the scale, so two classes are light and dark, not the two lightest.
  const position = count <= 1 ? colors.length - 2 : Math.round((index * (colors.length - 1)) / (count - 1));
  return colors[Math.max(0, position)] as T;
}

/** The legend's classes, labelled with vi-VN (or en) numbers; integer counts are assumed. */
export function legendPieces(values: readonly number[], mode: 'level' | 'change', lang: Lang): LegendPiece[] {
  const fmt = (n: number) => formatNumber(lang, n);
  const range = (from: number, to: number, show: (n: number) => string) =>
    from === to ? show(from) : `${show(from)} – ${show(to)}`;
  // Classes above zero, each from the bound below it: the level's classes, and the increases.
  const rising = (breaks: readonly number[], show: (n: number) => string, colours: readonly string[]) =>
    breaks.map((bound, i): LegendPiece => {
      const lower = breaks[i - 1] ?? 0;
      return {
        gt: lower,
        lte: bound,
        label: range(lower + 1, bound, show),
        color: pick(colours, i, breaks.length),
      };
    });
  if (mode === 'level') {
    const zero: LegendPiece[] = values.includes(0) ? [{ value: 0, label: fmt(0), color: ZERO_COLOR }] : [];
    return [...zero, ...rising(classBreaks(values, SEQUENTIAL.length), fmt, SEQUENTIAL)];
  }
  const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : fmt(0));
  const down = classBreaks(
    values.filter((v) => v < 0).map((v) => -v),
    DECREASE.length,
  );
  const up = classBreaks(
    values.filter((v) => v > 0),
    INCREASE.length,
  );
  const pieces: LegendPiece[] = [];
  // Largest decrease first, so the legend reads from −max to +max.
  for (let i = down.length - 1; i >= 0; i--) {
    const bound = down[i] as number;
    const lower = down[i - 1] ?? 0;
    pieces.push({
      gte: -bound,
      lt: -lower,
      label: range(-bound, -(lower + 1), signed),
      color: pick(DECREASE, i, down.length),
    });
  }
  if (values.includes(0)) pieces.push({ value: 0, label: signed(0), color: NO_CHANGE_COLOR });
  return [...pieces, ...rising(up, signed, INCREASE)];
}

/**
 * A choropleth of the provinces on registered map geometry (features named by `code`): one class
 * colour per province, grey where there is nothing to show, the archipelagos labelled and coloured as
 * their province, and tooltips that give the figures with their unit and whether they are real or
 * illustrative. Pure: data in, option out.
 */
export function choroplethOption(input: ChoroplethOptionInput): EChartsOption {
  const { regions, islands, mode, year, lang, labels } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  const withUnit = (n: number | null) => (n === null ? labels.noData : `${fmt(n)} ${labels.unit}`);
  const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : fmt(0));
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const islandByCode = new Map(islands.map((i) => [i.code, i]));
  const values = regions.flatMap((r) => (r.value === null ? [] : [r.value]));
  const pieces = legendPieces(values, mode, lang);

  const figureLines = (r: ChoroplethRegion): TooltipLine[] => {
    if (mode === 'level') return [{ label: labels.metric, value: withUnit(r.current) }];
    const lines: TooltipLine[] = [
      { label: String(year), value: withUnit(r.current) },
      { label: String(year - 1), value: withUnit(r.previous) },
    ];
    if (r.notComparable) return [...lines, { label: labels.change, value: labels.notComparable }];
    if (r.value === null) {
      return [
        ...lines,
        { label: labels.change, value: r.current === null ? labels.noData : labels.noPrevious },
      ];
    }
    const pct = r.previous ? ` (${r.value > 0 ? '+' : ''}${formatPercent(lang, r.value / r.previous)})` : '';
    return [...lines, { label: labels.change, value: `${signed(r.value)} ${labels.unit}${pct}` }];
  };
  const footer = (r: ChoroplethRegion): string | undefined => {
    if (r.current === null && r.previous === null) return undefined;
    return r.illustrative > 0
      ? `${labels.sourceIllustrative}: ${fmt(r.illustrative)} ${labels.unit}`
      : labels.sourceReal;
  };
  const regionTooltip = (code: string): string => {
    const island = islandByCode.get(code);
    const region = byCode.get(island?.province ?? code);
    if (!region) return tooltipHtml(island?.label ?? code, []);
    if (!island) return tooltipHtml(region.label, figureLines(region), footer(region));
    return tooltipHtml(
      island.label,
      [{ label: labels.partOf, value: region.label }, ...figureLines(region)],
      footer(region),
    );
  };
  const nameOf = (code: string): string => islandByCode.get(code)?.label ?? byCode.get(code)?.label ?? code;
  // Two lines for an island group, its province on the second: "Quần đảo Hoàng Sa" / "(Đà Nẵng)".
  const labelText = (code: string): string => nameOf(code).replace(/ \((?=[^(]*$)/, '\n(');
  const selectedStyle = { borderColor: SELECTED_BORDER, borderWidth: 2.5 };

  return {
    ...chartFrame(input.ariaTitle),
    tooltip: {
      trigger: 'item',
      formatter: (params) => regionTooltip(String((params as { name?: string }).name ?? '')),
    },
    visualMap:
      pieces.length === 0
        ? undefined
        : {
            type: 'piecewise',
            seriesIndex: 0,
            pieces: pieces.map((p) => ({ ...p })),
            selectedMode: false,
            orient: 'vertical',
            left: 8,
            bottom: 8,
            itemWidth: 16,
            itemHeight: 12,
            itemGap: 6,
            // With `text` set ECharts hides the piece labels unless told otherwise.
            showLabel: true,
            text: [labels.legendTitle, ''],
            textGap: 8,
            // Vertical pieces are listed from the largest value down, like a legend in print.
            textStyle: { color: TEXT_COLOR, fontSize: 12 },
          },
    series: [
      {
        type: 'map',
        map: input.mapName,
        nameProperty: 'code',
        aspectScale: ASPECT,
        // Sized against the smaller side of the chart, so the whole country fits on a phone too.
        layoutCenter: ['50%', '50%'],
        layoutSize: '96%',
        roam: false,
        selectedMode: false,
        cursor: 'pointer',
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: BORDER_COLOR, borderWidth: 0.6 },
        label: {
          show: false,
          formatter: (p: { name?: string }) => labelText(String(p.name ?? '')),
          color: TEXT_COLOR,
          fontSize: 11,
          lineHeight: 14,
          textBorderColor: '#ffffff',
          textBorderWidth: 2,
        },
        emphasis: {
          label: { show: true, fontWeight: 'bold' },
          itemStyle: { areaColor: '#F0E442', borderColor: SELECTED_BORDER, borderWidth: 1 },
        },
        data: [
          ...regions.map((r) => ({
            name: r.code,
            value: r.value ?? Number.NaN,
            ...(r.selected ? { itemStyle: selectedStyle } : {}),
          })),
          ...islands.map((i) => {
            const province = byCode.get(i.province);
            return {
              name: i.code,
              value: province?.value ?? Number.NaN,
              // Always labelled, and outlined so the small island symbols stay visible on any colour.
              label: { show: true, color: MUTED_TEXT_COLOR, fontStyle: 'italic' as const },
              itemStyle: province?.selected
                ? selectedStyle
                : { borderColor: MUTED_TEXT_COLOR, borderWidth: 0.8 },
            };
          }),
        ],
      },
    ],
  };
}
