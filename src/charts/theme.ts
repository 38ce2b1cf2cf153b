/**
 * One palette for every chart: Okabe–Ito hues, distinguishable with the common colour-vision
 * deficiencies, ordered so neighbours also differ in lightness for greyscale print.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

/** Star levels keep one colour each across every chart: darker = more stars. */
export const STAR_COLORS: Readonly<Record<string, string>> = {
  '3': '#9ecae1',
  '4': '#3182bd',
  '5': '#08306b',
  'potential-5': '#E69F00',
};

export const FONT_FAMILY = "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Arial, sans-serif";

export const TEXT_COLOR = '#1f2933';
export const MUTED_TEXT_COLOR = '#52606d';
export const GRID_LINE_COLOR = '#e4e7eb';
