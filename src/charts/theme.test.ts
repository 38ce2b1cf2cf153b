import { describe, expect, it } from 'vitest';
import { STAR_LEVELS } from '../model/ocop';
import { luminanceContrast, PALETTE, readableOnWhite, relativeLuminance, STAR_COLORS } from './theme';

// Below about 1.4 two fills print as the same grey; Okabe–Ito's best order reaches 1.48.
const MIN_GREY_CONTRAST = 1.45;

describe('the palette in greyscale print', () => {
  it('computes WCAG relative luminance', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#0072B2')).toBeCloseTo(0.152, 3);
    expect(luminanceContrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
  });

  it('gives neighbouring series different greys', () => {
    for (let i = 0; i + 1 < PALETTE.length; i++) {
      const [a, b] = [PALETTE[i] ?? '', PALETTE[i + 1] ?? ''];
      expect(luminanceContrast(a, b), `${a} next to ${b}`).toBeGreaterThanOrEqual(MIN_GREY_CONTRAST);
    }
    // Two-series stacked charts use the first and the third colour (top partners: HCMC, Hanoi).
    expect(luminanceContrast(PALETTE[0], PALETTE[2])).toBeGreaterThanOrEqual(MIN_GREY_CONTRAST);
  });

  it('keeps eight distinct colours', () => {
    expect(new Set(PALETTE.map((c) => c.toLowerCase())).size).toBe(8);
  });

  it('stacks the star levels from light to dark, the potential 5-star apart from its neighbour', () => {
    const order = STAR_LEVELS.map((star) => STAR_COLORS[star.id] ?? '');
    expect(order).not.toContain('');
    for (let i = 0; i + 1 < order.length; i++) {
      expect(luminanceContrast(order[i] ?? '', order[i + 1] ?? '')).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('text coloured like its series', () => {
  it('darkens the palette orange just enough for 4.5:1 on white, and leaves passing colours alone', () => {
    expect(luminanceContrast('#E69F00', '#ffffff')).toBeLessThan(4.5);
    const orange = readableOnWhite('#E69F00');
    expect(orange).toBe('#9c6c00');
    expect(luminanceContrast(orange, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // One step lighter would fail: the darkening is minimal.
    const lighter = `#${[0xe6, 0x9f, 0x00]
      .map((c) =>
        Math.round(c * 0.69)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    expect(luminanceContrast(lighter, '#ffffff')).toBeLessThan(4.5);
    expect(readableOnWhite('#0072B2')).toBe('#0072B2');
    for (const colour of PALETTE) {
      expect(luminanceContrast(readableOnWhite(colour), '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
