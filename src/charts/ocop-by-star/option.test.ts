import { describe, expect, it } from 'vitest';
import { OCOP_BY_STAR_LABELS_VI } from '../../../e2e/fixtures/charts/ocopByStarLabels';
import { ocopByStarOption } from './option';

const stars = [
  { star: '3', label: '3 sao' },
  { star: '4', label: '4 sao' },
  { star: '5', label: '5 sao' },
  { star: 'potential-5', label: 'Tiềm năng 5 sao' },
];
const base = {
  stars,
  lang: 'vi' as const,
  labels: OCOP_BY_STAR_LABELS_VI,
  ariaTitle: 'OCOP',
};

type TooltipFormatter = (p: unknown) => string;

describe('ocopByStarOption', () => {
  it('stacks one series per star present, with a value for every year, ids being star ids', () => {
    const option = ocopByStarOption({
      ...base,
      rows: [
        { year: 2021, star: '3', products: 75, illustrative: 0 },
        { year: 2020, star: '3', products: 88, illustrative: 0 },
        { year: 2020, star: '4', products: 207, illustrative: 0 },
        { year: 2020, star: 'potential-5', products: 6, illustrative: 0 },
      ],
    });
    expect((option.xAxis as { data: string[] }).data).toEqual(['2020', '2021']);
    const series = option.series as { id: string; name: string; data: number[]; stack: string }[];
    expect(series.map((s) => s.id)).toEqual(['3', '4', 'potential-5']);
    expect(series.map((s) => s.name)).toEqual(['3 sao', '4 sao', 'Tiềm năng 5 sao']);
    expect(series.map((s) => s.data)).toEqual([
      [88, 75],
      [207, 0],
      [6, 0],
    ]);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
  });

  it('labels the value axis with Vietnamese thousands separators', () => {
    const option = ocopByStarOption({
      ...base,
      rows: [{ year: 2024, star: '3', products: 15590, illustrative: 0 }],
    });
    const formatter = (option.yAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel
      .formatter;
    expect(formatter(15590)).toBe('15.590');
    expect(formatter(1234.5)).toBe('1.234,5');
  });

  it('tooltips show values with their unit, the total and where the figure comes from, escaped', () => {
    const option = ocopByStarOption({
      ...base,
      stars: [{ star: '3', label: '<img src=x onerror=alert(1)>' }],
      rows: [{ year: 2024, star: '3', products: 1204, illustrative: 1000 }],
    });
    const formatter = (option.tooltip as { formatter: TooltipFormatter }).formatter;
    const html = formatter([
      { name: '2024', seriesName: '<img src=x onerror=alert(1)>', value: 1204, marker: '' },
    ]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;: <b>1.204 sản phẩm</b>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Có dữ liệu minh họa: 1.000 sản phẩm');
  });

  it('says the figure is real when no illustrative row feeds it', () => {
    const option = ocopByStarOption({
      ...base,
      rows: [{ year: 2020, star: '4', products: 207, illustrative: 0 }],
    });
    const formatter = (option.tooltip as { formatter: TooltipFormatter }).formatter;
    expect(formatter([{ name: '2020', seriesName: '4 sao', value: 207, marker: '' }])).toContain(
      'Nguồn: số liệu thực',
    );
  });
});
