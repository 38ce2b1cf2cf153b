import { describe, expect, it } from 'vitest';
import { linkageTrendOption } from './linkage-trend/option';
import { topPartnersOption } from './partnerBarsOption';

const source = { sourceReal: 'Nguồn: số liệu thực', sourceIllustrative: 'Có dữ liệu minh họa' };
type TooltipFormatter = (p: unknown) => string;

describe('linkageTrendOption', () => {
  const option = linkageTrendOption({
    mous: [
      { year: 2020, value: 231, illustrative: 0 },
      { year: 2021, value: 1500, illustrative: 1500 },
    ],
    products: [{ year: 2021, value: 12345, illustrative: 12345 }],
    selectedYear: 2021,
    lang: 'vi',
    labels: {
      mous: 'Biên bản',
      products: 'Sản phẩm',
      mouAxis: 'Biên bản',
      productAxis: 'Sản phẩm',
      mouUnit: 'biên bản',
      productUnit: 'sản phẩm',
      ...source,
    },
    ariaTitle: 'x',
  });
  const series = option.series as { id: string; data: (number | null)[]; markArea?: { data: unknown } }[];

  it('keeps a gap where a year has no value instead of a fake zero', () => {
    expect(series.find((s) => s.id === 'products')?.data).toEqual([null, 12345]);
    expect(series.find((s) => s.id === 'mous')?.data).toEqual([231, 1500]);
  });

  it('shades the compared year', () => {
    expect(series[0]?.markArea?.data).toEqual([[{ xAxis: 1 }, { xAxis: 1 }]]);
  });

  it('formats tooltip values the Vietnamese way, with units and the data kind', () => {
    const html = (option.tooltip as { formatter: TooltipFormatter }).formatter([{ name: '2021' }]);
    expect(html).toContain('Biên bản: <b>1.500 biên bản</b>');
    expect(html).toContain('Sản phẩm: <b>12.345 sản phẩm</b>');
    expect(html).toContain('Có dữ liệu minh họa');
  });
});

describe('topPartnersOption', () => {
  const option = topPartnersOption({
    partners: [
      { label: 'Đồng Tháp', toHcmc: 300, toHanoi: 0, illustrative: 0, selected: true },
      { label: 'Lâm Đồng', toHcmc: 120, toHanoi: 80, illustrative: 200, selected: false },
    ],
    lang: 'vi',
    labels: { hcmc: 'TP.HCM', hanoi: 'Hà Nội', unit: 'sản phẩm', total: 'Tổng', ...source },
    ariaTitle: 'x',
  });

  it('puts the largest partner on top and splits by hub', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['Lâm Đồng', 'Đồng Tháp']);
    const series = option.series as { id: string; data: { value: number }[] }[];
    expect(series.map((s) => [s.id, s.data.map((d) => d.value)])).toEqual([
      ['hcmc', [120, 300]],
      ['hanoi', [80, 0]],
    ]);
  });

  it('tells a real figure from an illustrative one in the tooltip', () => {
    const formatter = (option.tooltip as { formatter: TooltipFormatter }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toContain('Nguồn: số liệu thực');
    expect(formatter([{ dataIndex: 0 }])).toContain('Có dữ liệu minh họa');
    expect(formatter([{ dataIndex: 1 }])).toContain('Tổng: <b>300 sản phẩm</b>');
  });
});
