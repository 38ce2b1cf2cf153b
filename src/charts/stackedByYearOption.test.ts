import { describe, expect, it } from 'vitest';
import { distributionByYearOption, legendRows, OTHER_CATEGORY } from './stackedByYearOption';

type Formatter = (p: unknown) => string;
interface Series {
  id: string;
  name: string;
  data: number[];
  markArea?: { data: unknown };
}

const option = distributionByYearOption({
  rows: [
    { year: 2022, key: 'Saigon Co.op', products: 1000, illustrative: 1000 },
    { year: 2023, key: 'Saigon Co.op', products: 1200, illustrative: 1200 },
    { year: 2023, key: '', products: 300, illustrative: 0 },
    { year: 2023, key: 'Chợ Lớn', products: 7, illustrative: 7 },
    { year: 2023, key: 'Tứ Sơn', products: 3, illustrative: 3 },
  ],
  categories: [
    { key: 'Saigon Co.op', label: 'Saigon Co.op', color: '#111111' },
    { key: 'BRG Retail', label: 'BRG Retail', color: '#222222' },
    { key: '', label: 'Không ghi nhà phân phối', color: '#333333' },
  ],
  other: { label: 'Nhà phân phối khác', color: '#444444' },
  selectedYear: 2023,
  lang: 'vi',
  labels: {
    year: 'Năm',
    total: 'Tổng',
    unit: 'sản phẩm',
    sourceReal: 'Nguồn: số liệu thực',
    sourceIllustrative: 'Có dữ liệu minh họa',
  },
  ariaTitle: 'x',
});
const series = option.series as Series[];

describe('distributionByYearOption', () => {
  it('stacks one series per category with data, unlisted keys as "other"', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['2022', '2023']);
    expect(series.map((s) => [s.id, s.name, s.data])).toEqual([
      ['Saigon Co.op', 'Saigon Co.op', [1000, 1200]],
      ['', 'Không ghi nhà phân phối', [0, 300]],
      [OTHER_CATEGORY, 'Nhà phân phối khác', [0, 10]],
    ]);
  });

  it('shades the year the page shows', () => {
    expect(series[0]?.markArea?.data).toEqual([[{ xAxis: 1 }, { xAxis: 1 }]]);
  });

  it('totals the year in the tooltip with the illustrative part', () => {
    const formatter = (option.tooltip as { formatter: Formatter }).formatter;
    const html = formatter([
      { name: '2023', seriesName: 'Saigon Co.op', value: 1200, marker: '' },
      { name: '2023', seriesName: 'Không ghi nhà phân phối', value: 300, marker: '' },
      { name: '2023', seriesName: 'Nhà phân phối khác', value: 10, marker: '' },
    ]);
    expect(html).toBe(
      `<div style="white-space:normal;overflow-wrap:anywhere;max-width:40em">${[
        '<b>2023</b>',
        'Nhà phân phối khác: <b>10 sản phẩm</b>',
        'Không ghi nhà phân phối: <b>300 sản phẩm</b>',
        'Saigon Co.op: <b>1.200 sản phẩm</b>',
        'Tổng: <b>1.510 sản phẩm</b>',
        '<span style="color:#52606d">Có dữ liệu minh họa: 1.210 sản phẩm</span>',
      ].join('<br/>')}</div>`,
    );
  });
});

describe('legendRows', () => {
  it('wraps the legend like ECharts does, so the bars start below it', () => {
    const names = ['Saigon Co.op', 'Central Retail (Big C)', 'MM Mega Market', 'BRG Retail', 'Bách Hóa Xanh'];
    expect(legendRows([], 500)).toBe(0);
    expect(legendRows(names, 2000)).toBe(1);
    expect(legendRows(names, 560)).toBe(2);
    expect(legendRows(names, 300)).toBe(4);
    expect((option.grid as { top: number }).top).toBe(
      16 +
        22 *
          legendRows(
            series.map((s) => s.name),
            520,
          ),
    );
  });
});
