import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { OCOP_BY_STAR_LABELS_VI } from '../../../e2e/fixtures/charts/ocopByStarLabels';
import { ocopByStarOption } from '../ocop-by-star/option';
import { customSizeProblem, PNG_PRESETS } from './presets';
import { layoutZoom, type PressMeta, pressOption, pressTexts } from './pressOption';
import { estimateTextWidth, wrapText } from './wrapText';

const chart = ocopByStarOption({
  rows: [
    { year: 2020, star: '3', products: 88, illustrative: 0 },
    { year: 2020, star: '4', products: 207, illustrative: 0 },
    { year: 2020, star: 'potential-5', products: 6, illustrative: 0 },
  ],
  stars: [
    { star: '3', label: '3 sao' },
    { star: '4', label: '4 sao' },
    { star: 'potential-5', label: 'Tiềm năng 5 sao' },
  ],
  lang: 'vi',
  labels: OCOP_BY_STAR_LABELS_VI,
  ariaTitle: 'Sản phẩm OCOP theo năm và hạng sao',
});

const meta: PressMeta = {
  title: 'Sản phẩm OCOP theo năm và hạng sao',
  subtitle: 'Năm 2020–2020, tại Hà Nội, theo 63 tỉnh, thành cũ',
  source: 'Nguồn: Kinh tế & Đô thị, "Tạo cầu nối tiêu thụ sản phẩm OCOP" (Lâm Nguyễn), 2020',
  dataDate: 'Số liệu năm 2020 · Xuất ngày 22/11/2026',
  width: 1200,
  height: 675,
};

type Obj = Record<string, unknown>;
const list = (value: unknown) => (Array.isArray(value) ? value : [value]) as Obj[];
const elements = (option: EChartsOption) => list(option.graphic).flatMap((g) => list(g.elements));

describe('the press option', () => {
  it('puts the title, the filters in words, the source and the date inside the image', () => {
    const { option } = pressOption(chart, meta);
    const [title] = list(option.title);
    expect(title?.text).toBe(meta.title);
    expect(title?.subtext).toBe(meta.subtitle);
    expect(pressTexts(option)).toEqual([meta.title, meta.subtitle, meta.source, meta.dataDate]);
    expect(option.animation).toBe(false);
    expect(option.backgroundColor).toBe('#ffffff');
  });

  it('keeps the chart between the header and the footer, inside the image', () => {
    const { option, layout } = pressOption(chart, meta);
    const [grid] = list(option.grid);
    const [legend] = list(option.legend);
    expect(legend?.top).toBe(layout.headerBottom);
    // The builder's own top margin (legend and axis name room) is kept below the header.
    expect(grid?.top).toBe(layout.headerBottom + 64);
    expect(meta.height - Number(grid?.bottom)).toBeLessThan(layout.footerTop);
    expect(layout.footerTop).toBeGreaterThan(layout.headerBottom + 200);
    for (const element of elements(option)) {
      if (element.type !== 'text') continue;
      const style = element.style as { text: string; lineHeight: number; fontSize: number };
      const bottom = Number(element.y) + style.text.split('\n').length * style.lineHeight;
      expect(bottom).toBeLessThanOrEqual(meta.height);
      for (const line of style.text.split('\n')) {
        expect(
          Number(element.x) + estimateTextWidth(line, { size: style.fontSize, weight: 400 }),
        ).toBeLessThan(meta.width);
      }
    }
  });

  it('wraps a long source line instead of running off the image, and the chart gives way', () => {
    const long = {
      ...meta,
      source: `Nguồn: ${'Báo Sóc Trăng, "Sóc Trăng đẩy mạnh kết nối cung cầu", 2020; '.repeat(6)}`,
    };
    const short = pressOption(chart, meta);
    const wrapped = pressOption(chart, long);
    expect(wrapped.layout.sourceLines.length).toBeGreaterThan(2);
    expect(wrapped.layout.sourceLines.join(' ')).toBe(long.source.trim());
    expect(wrapped.layout.footerTop).toBeLessThan(short.layout.footerTop);
  });

  it('adds the department name and logo at the bottom right, and leaves the source room', () => {
    const logo = { image: 'data:image/png;base64,iVBORw0KGgo=', width: 200, height: 100 };
    const { option } = pressOption(chart, {
      ...meta,
      department: { name: 'Sở Công Thương Sóc Trăng', logo },
    });
    const byId = new Map(elements(option).map((e) => [e.id, e]));
    const image = byId.get('press-logo') ?? {};
    const imageStyle = (image.style ?? {}) as Obj;
    expect(imageStyle.image).toBe(logo.image);
    expect(imageStyle.width).toBe(2 * Number(imageStyle.height));
    const nameStyle = (byId.get('press-department')?.style ?? {}) as Obj;
    expect(nameStyle.text).toBe('Sở Công Thương Sóc Trăng');
    expect(nameStyle.align).toBe('right');
    expect(pressTexts(option)).toContain('Sở Công Thương Sóc Trăng');
    expect(Number(image.x)).toBeGreaterThan(meta.width / 2);
  });

  it('lets capped bars grow with the image, up to about half their band', () => {
    const { option } = pressOption(chart, meta);
    // One year, a 1 128 px wide band: the bars reach three times the card's 56 px cap.
    expect(list(option.series).map((s) => s.barMaxWidth)).toEqual([168, 168, 168]);
    expect(list(chart.series).map((s) => s.barMaxWidth)).toEqual([56, 56, 56]);
    const eightYears = {
      ...chart,
      xAxis: {
        ...(chart.xAxis as Obj),
        data: ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'],
      },
    } as EChartsOption;
    // Eight years: 141 px bands; half of one is less than one and a half caps (84 px), which wins.
    expect(list(pressOption(eightYears, meta).option.series).map((s) => s.barMaxWidth)).toEqual([84, 84, 84]);
  });

  it('turns decal patterns on for greyscale print only when asked', () => {
    expect((pressOption(chart, meta).option.aria as Obj).decal).toEqual({ show: false });
    expect((pressOption(chart, { ...meta, decal: true }).option.aria as Obj).decal).toEqual({ show: true });
  });

  it('leaves the on-screen option untouched', () => {
    const before = JSON.stringify(chart);
    pressOption(chart, meta);
    expect(JSON.stringify(chart)).toBe(before);
  });
});

describe('text wrapping', () => {
  const font = { size: 10, weight: 400 };
  const measure = (text: string) => text.length * 10;
  it('wraps at words and keeps hard breaks', () => {
    expect(wrapText('một hai ba bốn', 70, font, measure)).toEqual(['một hai', 'ba bốn']);
    expect(wrapText('một\nhai', 500, font, measure)).toEqual(['một', 'hai']);
  });
  it('splits a word longer than the line', () => {
    expect(wrapText('abcdefghij', 40, font, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('measures decomposed Vietnamese like composed', () => {
    const nfc = 'Hồ Chí Minh'.normalize('NFC');
    expect(estimateTextWidth(nfc.normalize('NFD'), font)).toBe(estimateTextWidth(nfc, font));
  });
});

describe('press sizes', () => {
  it('lays large images out at a whole fraction of their size', () => {
    expect(PNG_PRESETS.map((p) => layoutZoom(p.width, p.height))).toEqual([1, 1, 2]);
    for (const preset of PNG_PRESETS) {
      const zoom = layoutZoom(preset.width, preset.height);
      expect(Number.isInteger(preset.width / zoom) && Number.isInteger(preset.height / zoom)).toBe(true);
    }
    expect(layoutZoom(3000, 2001)).toBe(3);
    expect(layoutZoom(1999, 2000)).toBe(1);
  });
  it('refuses custom sizes outside the limits', () => {
    expect(customSizeProblem(1600, 900, 2)).toBeNull();
    expect(customSizeProblem(100, 900, 2)).toBe('range');
    expect(customSizeProblem(1600.5, 900, 2)).toBe('range');
    expect(customSizeProblem(4000, 4000, 3)).toBe('tooLarge');
  });
});
