import { describe, expect, it } from 'vitest';
import { ocopByStarOption } from './ocopByStarOption';

const stars = [
  { star: '3', label: '3 sao' },
  { star: '4', label: '4 sao' },
  { star: '5', label: '5 sao' },
  { star: 'potential-5', label: 'Tiềm năng 5 sao' },
];
const base = {
  stars,
  lang: 'vi' as const,
  axisLabels: { year: 'Năm', products: 'Sản phẩm' },
  ariaTitle: 'OCOP',
};

describe('ocopByStarOption', () => {
  it('stacks one series per star present, with a value for every year', () => {
    const option = ocopByStarOption({
      ...base,
      rows: [
        { year: 2021, star: '3', products: 75 },
        { year: 2020, star: '3', products: 88 },
        { year: 2020, star: '4', products: 207 },
        { year: 2020, star: 'potential-5', products: 6 },
      ],
    });
    const xAxis = option.xAxis as { data: string[] };
    expect(xAxis.data).toEqual(['2020', '2021']);
    const series = option.series as { name: string; data: number[]; stack: string }[];
    expect(series.map((s) => s.name)).toEqual(['3 sao', '4 sao', 'Tiềm năng 5 sao']);
    expect(series.map((s) => s.data)).toEqual([
      [88, 75],
      [207, 0],
      [6, 0],
    ]);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
  });

  it('labels the value axis with Vietnamese thousands separators', () => {
    const option = ocopByStarOption({ ...base, rows: [{ year: 2024, star: '3', products: 15590 }] });
    const formatter = (option.yAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel
      .formatter;
    expect(formatter(15590)).toBe('15.590');
    expect(formatter(1234.5)).toBe('1.234,5');
  });

  it('escapes series names in the HTML tooltip', () => {
    const option = ocopByStarOption({
      ...base,
      stars: [{ star: '3', label: '<img src=x onerror=alert(1)>' }],
      rows: [{ year: 2024, star: '3', products: 1204 }],
    });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([
      { name: '2024', seriesName: '<img src=x onerror=alert(1)>', value: 1204, marker: '' },
    ]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('1.204');
  });
});
