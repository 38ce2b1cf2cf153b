/**
 * Press image sizes, in output pixels before the pixel ratio. The PNG of a preset measures exactly
 * width × ratio by height × ratio.
 */
export const PNG_PRESETS = [
  { id: 'article', width: 1200, height: 675 },
  { id: 'social', width: 1080, height: 1080 },
  { id: 'print', width: 2480, height: 1754 },
] as const;
export type PngPresetId = (typeof PNG_PRESETS)[number]['id'];

/** 2× at least, so text stays sharp on high-density screens and in print. */
export const PIXEL_RATIOS = [2, 3] as const;
export type PixelRatio = (typeof PIXEL_RATIOS)[number];

export const CUSTOM_SIZE_LIMITS = { min: 320, max: 4000 } as const;
/** Chromium refuses canvases much beyond this many pixels; the browser tab would run out of memory first. */
const MAX_OUTPUT_PIXELS = 100_000_000;

export function customSizeProblem(width: number, height: number, ratio: number): 'range' | 'tooLarge' | null {
  const { min, max } = CUSTOM_SIZE_LIMITS;
  const ok = (n: number) => Number.isInteger(n) && n >= min && n <= max;
  if (!ok(width) || !ok(height)) return 'range';
  return width * height * ratio * ratio > MAX_OUTPUT_PIXELS ? 'tooLarge' : null;
}
