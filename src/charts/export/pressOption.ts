import type { EChartsOption } from 'echarts';
import { FONT_FAMILY, GRID_LINE_COLOR, MUTED_TEXT_COLOR, TEXT_COLOR } from '../theme';
import { estimateTextWidth, type MeasureText, wrapText } from './wrapText';

/** A department's logo as the image element draws it: a data URL (SVG export) or a loaded image (PNG). */
export interface PressLogo {
  readonly image: string | HTMLImageElement;
  /** Natural size, for the aspect ratio. */
  readonly width: number;
  readonly height: number;
}

export interface PressMeta {
  readonly title: string;
  /** The active filters in words (and the compared year where the chart shows one). */
  readonly subtitle: string;
  /** The whole source line, "Nguồn: …", illustrative data named. */
  readonly source: string;
  /** When the figures are from and when the image was made, e.g. "Số liệu đến năm 2026 · Xuất ngày 22/11/2026". */
  readonly dataDate: string;
  readonly department?: { readonly name: string; readonly logo?: PressLogo | null } | null;
  /** Layout size in px (see presets.ts layoutZoom: the PNG may be rendered denser). */
  readonly width: number;
  readonly height: number;
  /** Decal patterns on the series, for greyscale print. */
  readonly decal?: boolean;
}

/** Where the press layer put things; tests and the SVG post-processing read it. */
export interface PressLayout {
  readonly headerBottom: number;
  readonly footerTop: number;
  readonly titleLines: readonly string[];
  readonly subtitleLines: readonly string[];
  readonly sourceLines: readonly string[];
  readonly dateLines: readonly string[];
}

const SOURCE_COLOR = '#3e4c59';

type Obj = Record<string, unknown>;
const asArray = (value: unknown): Obj[] =>
  value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).map((v) => v as Obj);
const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

/**
 * The on-screen option → the option of a press image: the title, the filters in words, the source line,
 * the date and the department drawn inside the image (ECharts title + graphic elements), the legend and
 * grid moved between them, white background, no animation, type sized for the image. Pure: the text is
 * wrapped with `measure` so every block's height is known before ECharts draws it.
 */
export function pressOption(
  option: EChartsOption,
  meta: PressMeta,
  measure: MeasureText = estimateTextWidth,
): { option: EChartsOption; layout: PressLayout } {
  const { width, height } = meta;
  // Type grows a little with the image, within what still reads as the same chart.
  const u = Math.min(1.25, Math.max(0.9, width / 1200));
  const px = (n: number) => Math.round(n * u);
  const pad = px(36);
  const textWidth = width - 2 * pad;

  const title = { size: px(28), weight: 600, lineHeight: px(36) };
  const subtitle = { size: px(16), weight: 400, lineHeight: px(22) };
  const foot = { size: px(13), weight: 400, lineHeight: px(18) };
  const labelSize = px(13);

  const titleLines = wrapText(meta.title, textWidth, title, measure);
  const subtitleLines = meta.subtitle ? wrapText(meta.subtitle, textWidth, subtitle, measure) : [];
  const subtitleGap = px(6);
  const headerBottom =
    pad +
    titleLines.length * title.lineHeight +
    (subtitleLines.length > 0 ? subtitleGap + subtitleLines.length * subtitle.lineHeight : 0) +
    px(18);

  // Footer: source and date on the left, the department (logo above its name) on the right.
  const department = meta.department?.name || meta.department?.logo ? meta.department : null;
  const logo = department?.logo ?? null;
  const logoHeight = logo ? px(44) : 0;
  const logoWidth = logo ? Math.min(px(180), (logo.width / Math.max(1, logo.height)) * logoHeight) : 0;
  const deptNameLines = department?.name ? wrapText(department.name, px(280), foot, measure) : [];
  const deptWidth = department ? Math.max(logoWidth, ...deptNameLines.map((line) => measure(line, foot))) : 0;
  const deptHeight =
    logoHeight + (deptNameLines.length > 0 ? (logo ? px(6) : 0) + deptNameLines.length * foot.lineHeight : 0);
  const footTextWidth = textWidth - (department ? deptWidth + px(28) : 0);
  const sourceLines = meta.source ? wrapText(meta.source, footTextWidth, foot, measure) : [];
  const dateLines = meta.dataDate ? wrapText(meta.dataDate, footTextWidth, foot, measure) : [];
  const footTextHeight = (sourceLines.length + dateLines.length) * foot.lineHeight;
  const footerHeight = Math.max(footTextHeight, deptHeight);
  const footerTop = height - pad - footerHeight;
  const ruleY = footerTop - px(12);

  const fontFamily = FONT_FAMILY;
  const textStyle = (font: { size: number; weight: number; lineHeight: number }, fill: string) => ({
    fontSize: font.size,
    fontWeight: font.weight,
    lineHeight: font.lineHeight,
    fontFamily,
    fill,
  });

  const elements: Obj[] = [
    {
      type: 'line',
      id: 'press-rule',
      silent: true,
      shape: { x1: pad, y1: ruleY, x2: width - pad, y2: ruleY },
      style: { stroke: GRID_LINE_COLOR, lineWidth: 1 },
    },
  ];
  if (sourceLines.length > 0) {
    elements.push({
      type: 'text',
      id: 'press-source',
      silent: true,
      x: pad,
      y: footerTop,
      style: { text: sourceLines.join('\n'), ...textStyle(foot, SOURCE_COLOR), verticalAlign: 'top' },
    });
  }
  if (dateLines.length > 0) {
    elements.push({
      type: 'text',
      id: 'press-date',
      silent: true,
      x: pad,
      y: footerTop + sourceLines.length * foot.lineHeight,
      style: { text: dateLines.join('\n'), ...textStyle(foot, MUTED_TEXT_COLOR), verticalAlign: 'top' },
    });
  }
  const deptTop = footerTop + footerHeight - deptHeight;
  if (logo) {
    elements.push({
      type: 'image',
      id: 'press-logo',
      silent: true,
      x: width - pad - logoWidth,
      y: deptTop,
      style: { image: logo.image, width: logoWidth, height: logoHeight },
    });
  }
  if (deptNameLines.length > 0) {
    elements.push({
      type: 'text',
      id: 'press-department',
      silent: true,
      x: width - pad,
      y: deptTop + logoHeight + (logo ? px(6) : 0),
      style: {
        text: deptNameLines.join('\n'),
        ...textStyle({ ...foot, weight: 600 }, TEXT_COLOR),
        align: 'right',
        verticalAlign: 'top',
      },
    });
  }

  const gridBottomSpace = height - ruleY + px(10);
  const grids = asArray(option.grid).map((grid) => ({
    ...grid,
    top: headerBottom + num(grid.top, 60),
    bottom: gridBottomSpace + num(grid.bottom, 24),
    left: pad + num(grid.left, 0),
    right: pad + num(grid.right, 0),
  }));
  const legends = asArray(option.legend).map((legend) => ({
    ...legend,
    top: headerBottom,
    left: pad,
    itemWidth: px(22),
    itemHeight: px(13),
    textStyle: { ...((legend.textStyle as Obj | undefined) ?? {}), fontSize: labelSize, fontFamily },
  }));
  const axes = (value: unknown) =>
    asArray(value).map((axis) => ({
      ...axis,
      axisLabel: { ...((axis.axisLabel as Obj | undefined) ?? {}), fontSize: labelSize, fontFamily },
      nameTextStyle: { ...((axis.nameTextStyle as Obj | undefined) ?? {}), fontSize: labelSize, fontFamily },
    }));
  const aria = (option.aria as Obj | undefined) ?? {};
  // Bars capped for a dashboard card look thin in a full-size image: let them fill about half of their
  // band, between one and a half and three times the card's cap.
  const [firstGrid] = grids;
  const categoryAxis = (axes: unknown) => asArray(axes).find((axis) => axis.type === 'category');
  const horizontal = !categoryAxis(option.xAxis) && categoryAxis(option.yAxis) !== undefined;
  const categories = asArray((categoryAxis(option.xAxis) ?? categoryAxis(option.yAxis))?.data).length;
  const extent = horizontal
    ? height - num(firstGrid?.top, headerBottom) - num(firstGrid?.bottom, 0)
    : width - 2 * pad - px(60);
  const series = asArray(option.series).map((one) => {
    if (one.type !== 'bar' || typeof one.barMaxWidth !== 'number') return one;
    const band = categories > 0 ? extent / categories : 0;
    const barMaxWidth = Math.round(
      Math.min(3 * u * one.barMaxWidth, Math.max(1.5 * u * one.barMaxWidth, 0.55 * band)),
    );
    return { ...one, barMaxWidth };
  });

  const press: EChartsOption = {
    ...option,
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { ...((option.textStyle as Obj | undefined) ?? {}), fontFamily },
    aria: { ...aria, enabled: true, decal: { show: meta.decal === true } },
    title: [
      {
        id: 'press-title',
        text: titleLines.join('\n'),
        subtext: subtitleLines.join('\n'),
        left: pad,
        top: pad,
        padding: 0,
        itemGap: subtitleGap,
        textStyle: {
          fontSize: title.size,
          fontWeight: 600,
          lineHeight: title.lineHeight,
          color: TEXT_COLOR,
          fontFamily,
        },
        subtextStyle: {
          fontSize: subtitle.size,
          lineHeight: subtitle.lineHeight,
          color: MUTED_TEXT_COLOR,
          fontFamily,
        },
      },
    ],
    graphic: [...asArray(option.graphic), { elements }] as EChartsOption['graphic'],
    ...(grids.length > 0 ? { grid: grids } : {}),
    ...(legends.length > 0 ? { legend: legends } : {}),
    ...(option.xAxis ? { xAxis: axes(option.xAxis) as EChartsOption['xAxis'] } : {}),
    ...(option.yAxis ? { yAxis: axes(option.yAxis) as EChartsOption['yAxis'] } : {}),
    ...(series.length > 0 ? { series: series as EChartsOption['series'] } : {}),
    // A still image has nothing to hover.
    tooltip: { show: false },
  } as EChartsOption;
  return {
    option: press,
    layout: { headerBottom, footerTop, titleLines, subtitleLines, sourceLines, dateLines },
  };
}

/** Every text the press layer put in an option (title, subtitle, source, date, department), in order. */
export function pressTexts(option: EChartsOption): string[] {
  const texts: string[] = [];
  for (const title of asArray(option.title)) {
    if (typeof title.text === 'string' && title.text) texts.push(title.text);
    if (typeof title.subtext === 'string' && title.subtext) texts.push(title.subtext);
  }
  for (const graphic of asArray(option.graphic)) {
    for (const element of asArray(graphic.elements ?? graphic)) {
      const style = element.style as Obj | undefined;
      if (element.type === 'text' && typeof style?.text === 'string') texts.push(style.text);
    }
  }
  return texts;
}

/**
 * Large images are laid out at a fraction of their size and rendered denser, so text and bars keep the
 * proportions of an article image (a 2480 px print image is a 1240 px layout at twice the density).
 * Only whole divisors of both sides are used, so the output size stays exact. Here rather than in
 * presets.ts, which the menu loads up front: this module loads with the first export.
 */
export function layoutZoom(width: number, height: number): number {
  for (const zoom of [3, 2]) {
    if (width % zoom === 0 && height % zoom === 0 && width / zoom >= 1000 && height / zoom >= 560)
      return zoom;
  }
  return 1;
}
