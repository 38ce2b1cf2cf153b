import { describe, expect, it } from 'vitest';
import {
  type ChoroplethOptionInput,
  type ChoroplethRegion,
  choroplethOption,
  classBreaks,
  legendPieces,
  niceCeil,
} from './option';

type Formatter = (p: unknown) => string;
type MapSeries = {
  map: string;
  nameProperty: string;
  data: { name: string; value: number; label?: { show: boolean }; itemStyle?: { borderWidth?: number } }[];
  label: { formatter: Formatter };
};

const region = (change: Partial<ChoroplethRegion> & Pick<ChoroplethRegion, 'code'>): ChoroplethRegion => ({
  label: change.code,
  value: null,
  current: null,
  previous: null,
  illustrative: 0,
  notComparable: false,
  selected: false,
  ...change,
});

const base: ChoroplethOptionInput = {
  mapName: 'vietnam-63',
  regions: [
    region({ code: '01', label: 'Hà Nội', value: 1204, current: 1204, illustrative: 903 }),
    region({ code: '48', label: 'Đà Nẵng', value: 35, current: 35 }),
    region({ code: '56', label: 'Khánh Hòa' }),
    region({ code: '94', label: 'Sóc Trăng', value: 99, current: 99, selected: true }),
  ],
  islands: [
    { code: '48-HS', label: 'Quần đảo Hoàng Sa (Đà Nẵng)', province: '48' },
    { code: '56-TS', label: 'Quần đảo Trường Sa (Khánh Hòa)', province: '56' },
  ],
  mode: 'level',
  year: 2024,
  lang: 'vi',
  labels: {
    metric: 'Sản phẩm OCOP',
    unit: 'sản phẩm',
    legendTitle: 'Số sản phẩm',
    change: 'Thay đổi',
    noData: 'Chưa có số liệu',
    noPrevious: 'Chưa có số liệu năm trước',
    notComparable: 'Không so sánh được',
    partOf: 'Thuộc',
    sourceReal: 'Nguồn: số liệu thực',
    sourceIllustrative: 'Có dữ liệu minh họa',
  },
  ariaTitle: 'Bản đồ',
};

const seriesOf = (option: ReturnType<typeof choroplethOption>) =>
  (option.series as MapSeries[])[0] as MapSeries;
const tooltipOf = (option: ReturnType<typeof choroplethOption>) =>
  (option.tooltip as { formatter: Formatter }).formatter;

describe('legend classes', () => {
  it('rounds bounds up to nice numbers', () => {
    expect([0.4, 1, 3, 7, 12, 21, 29, 41, 240, 301].map(niceCeil)).toEqual([
      1, 1, 3, 8, 15, 25, 30, 50, 250, 400,
    ]);
  });

  it('cuts positive counts at quantiles, ending at the maximum', () => {
    expect(classBreaks([0, 3, 5, 8, 12, 40, 90, 301], 5)).toEqual([5, 10, 40, 100, 301]);
    expect(classBreaks([99, 301], 5)).toEqual([100, 301]);
    expect(classBreaks([7], 5)).toEqual([7]);
    expect(classBreaks([0, 0], 5)).toEqual([]);
  });

  it('labels classes with Vietnamese numbers, a zero class apart', () => {
    const pieces = legendPieces([0, 1500, 2300, 12040], 'level', 'vi');
    expect(pieces.map((p) => p.label)).toEqual(['0', '1 – 1.500', '1.501 – 2.500', '2.501 – 12.040']);
    expect(pieces[1]).toMatchObject({ gt: 0, lte: 1500 });
    expect(legendPieces([1500, 12040], 'level', 'en').map((p) => p.label)).toEqual([
      '1 – 1,500',
      '1,501 – 12,040',
    ]);
  });

  it('makes a diverging legend for changes, from the largest fall to the largest rise', () => {
    const pieces = legendPieces([-40, -3, 0, 5, 1200], 'change', 'vi');
    expect(pieces.map((p) => p.label)).toEqual(['−40 – −4', '−3 – −1', '0', '+1 – +5', '+6 – +1.200']);
    expect(pieces[0]).toMatchObject({ gte: -40, lt: -3 });
    expect(new Set(pieces.map((p) => p.color)).size).toBe(5);
  });
});

describe('choroplethOption', () => {
  it('maps each province by its code, no data as empty, on the registered geometry', () => {
    const series = seriesOf(choroplethOption(base));
    expect(series.map).toBe('vietnam-63');
    expect(series.nameProperty).toBe('code');
    const byName = new Map(series.data.map((d) => [d.name, d]));
    expect(byName.get('01')?.value).toBe(1204);
    expect(byName.get('56')?.value).toBeNaN();
    expect(byName.get('94')?.itemStyle?.borderWidth).toBe(2.5);
  });

  it('labels the archipelagos as part of Đà Nẵng and Khánh Hòa, coloured as their province', () => {
    const option = choroplethOption(base);
    const series = seriesOf(option);
    const hs = series.data.find((d) => d.name === '48-HS');
    const ts = series.data.find((d) => d.name === '56-TS');
    expect(hs).toMatchObject({ value: 35, label: { show: true } });
    expect(ts?.label?.show).toBe(true);
    expect(series.data.filter((d) => d.label?.show).map((d) => d.name)).toEqual(['48-HS', '56-TS']);
    expect(series.label.formatter({ name: '48-HS' })).toBe('Quần đảo Hoàng Sa\n(Đà Nẵng)');
    expect(series.label.formatter({ name: '56-TS' })).toBe('Quần đảo Trường Sa\n(Khánh Hòa)');
    const english = seriesOf(
      choroplethOption({
        ...base,
        islands: [{ code: '48-HS', label: 'Hoang Sa (Paracel) Islands (Da Nang)', province: '48' }],
      }),
    );
    expect(english.label.formatter({ name: '48-HS' })).toBe('Hoang Sa (Paracel) Islands\n(Da Nang)');
    const html = tooltipOf(option)({ name: '48-HS' });
    expect(html).toContain('<b>Quần đảo Hoàng Sa (Đà Nẵng)</b>');
    expect(html).toContain('Thuộc: <b>Đà Nẵng</b>');
    expect(html).toContain('Sản phẩm OCOP: <b>35 sản phẩm</b>');
  });

  it('has a vi-VN legend', () => {
    const visualMap = choroplethOption(base).visualMap as { pieces: { label: string }[]; text: string[] };
    expect(visualMap.pieces.map((p) => p.label)).toEqual(['1 – 40', '41 – 100', '101 – 1.204']);
    expect(visualMap.text).toContain('Số sản phẩm');
  });

  it('tooltips give value, unit and real/illustrative, escaped', () => {
    const option = choroplethOption({
      ...base,
      regions: [...base.regions, region({ code: '99', label: '<img src=x>', value: 3, current: 3 })],
    });
    const tooltip = tooltipOf(option);
    expect(tooltip({ name: '01' })).toContain('Sản phẩm OCOP: <b>1.204 sản phẩm</b>');
    expect(tooltip({ name: '01' })).toContain('Có dữ liệu minh họa: 903 sản phẩm');
    expect(tooltip({ name: '94' })).toContain('Nguồn: số liệu thực');
    expect(tooltip({ name: '56' })).toContain('Sản phẩm OCOP: <b>Chưa có số liệu</b>');
    expect(tooltip({ name: '56' })).not.toContain('Nguồn');
    expect(tooltip({ name: '99' })).toContain('&lt;img src=x&gt;');
    expect(tooltip({ name: '99' })).not.toContain('<img');
  });

  it('shows both years and the signed change with its percentage in change mode', () => {
    const option = choroplethOption({
      ...base,
      mode: 'change',
      regions: [
        region({ code: '01', label: 'Hà Nội', value: -1204, current: 1000, previous: 2204 }),
        region({ code: '94', label: 'Sóc Trăng', current: 20, previous: 10, notComparable: true }),
        region({ code: '87', label: 'Đồng Tháp', current: 20 }),
      ],
    });
    const tooltip = tooltipOf(option);
    const hanoi = tooltip({ name: '01' });
    expect(hanoi).toContain('2024: <b>1.000 sản phẩm</b>');
    expect(hanoi).toContain('2023: <b>2.204 sản phẩm</b>');
    expect(hanoi).toContain('Thay đổi: <b>−1.204 sản phẩm (-54,6%)</b>');
    expect(tooltip({ name: '94' })).toContain('Thay đổi: <b>Không so sánh được</b>');
    expect(tooltip({ name: '87' })).toContain('Thay đổi: <b>Chưa có số liệu năm trước</b>');
  });

  it('draws no legend when nothing has a value', () => {
    const option = choroplethOption({ ...base, regions: base.regions.map((r) => ({ ...r, value: null })) });
    expect(option.visualMap).toBeUndefined();
  });
});
