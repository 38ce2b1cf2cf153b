/**
 * One palette for every chart: Okabe–Ito hues, distinguishable with the common colour-vision
 * deficiencies, ordered so neighbours also differ in lightness for greyscale print (luminance contrast
 * ≥ 1.45 between neighbours and between the first and third, which stacked charts put side by side;
 * theme.test.ts measures it). Yellow comes last: thin yellow lines vanish on white paper.
 * For print without colour, exports can add decal patterns (ECharts aria.decal).
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#CC79A7',
  '#F0E442',
] as const;

/** Star levels keep one colour each across every chart: darker = more stars. */
export const STAR_COLORS: Readonly<Record<string, string>> = {
  '3': '#9ecae1',
  '4': '#3182bd',
  '5': '#08306b',
  'potential-5': '#E69F00',
  // A darker orange: of the potential 5-star's family, told apart from it in greyscale.
  'proposed-5': '#a3440b',
};

export const FONT_FAMILY = "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Arial, sans-serif";

export const TEXT_COLOR = '#1f2933';
export const MUTED_TEXT_COLOR = '#52606d';
export const GRID_LINE_COLOR = '#e4e7eb';

/** WCAG relative luminance of a #rrggbb colour: what a greyscale print keeps of it. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours' luminances (1 = the same grey, 21 = black on white). */
export function luminanceContrast(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/**
 * A colour for text on white that keeps the hue of `hex` (a series colour, for an axis name coloured like
 * its line), darkened just enough for WCAG AA text contrast (4.5:1); colours that pass come back as they are.
 */
export function readableOnWhite(hex: string, minContrast = 4.5): string {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  for (let factor = 1; factor > 0; factor -= 0.01) {
    const darker = `#${channels
      .map((c) =>
        Math.round(c * factor)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (luminanceContrast(darker, '#ffffff') >= minContrast) return factor === 1 ? hex : darker;
  }
  return '#000000';
}

/**
 * What every chart's option starts with: the app's font, its description for screen readers, a short
 * entry; for a chart on axes, its grid (labels inside it) with the legend above.
 */
export const chartFrame = (
  ariaTitle: string,
  grid?: { left: number; right: number; top: number; bottom: number },
) => ({
  textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
  aria: { enabled: true, label: { description: ariaTitle } },
  animationDuration: 300,
  ...(grid ? { grid: { ...grid, containLabel: true }, legend: TOP_LEGEND } : {}),
});

/** The legend above the plot, from the left. */
export const TOP_LEGEND = { top: 0, left: 0, textStyle: { color: TEXT_COLOR } };

/** The x axis of a chart by year: the years as categories, the axis named under them. */
export const yearAxis = (years: readonly number[], name: string) => ({
  type: 'category' as const,
  name,
  nameLocation: 'middle' as const,
  nameGap: 26,
  nameTextStyle: { color: MUTED_TEXT_COLOR },
  data: years.map(String),
  axisLabel: { color: MUTED_TEXT_COLOR },
});

/** A category drawn in its own colour (a MoU type, a distributor, a channel), with its label. */
export interface ColouredCategory {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}
