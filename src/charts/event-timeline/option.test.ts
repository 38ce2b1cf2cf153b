import { describe, expect, it } from 'vitest';
import { eventTimelineOption, isoToVietnameseDate, type TimelineEvent, timelineSeriesEvents } from './option';

type Formatter = (p: unknown) => string;
interface Series {
  id: string;
  symbol: string;
  data: { value: [string, number]; symbolSize: number }[];
}

const event = (change: Partial<TimelineEvent>): TimelineEvent => ({
  date: '2023-05-03',
  name: 'Hội chợ',
  hostLabel: 'TP. Hồ Chí Minh',
  lane: 'hcmc',
  provincesCount: 12,
  participants: [],
  businesses: 230,
  productsShown: 1200,
  mousSigned: 40,
  real: false,
  source: 'Dữ liệu minh họa',
  ...change,
});

const events: TimelineEvent[] = [
  event({}),
  event({
    date: '2020-07-24',
    name: 'Sự kiện giới thiệu, quảng bá sản phẩm OCOP <miền núi>',
    hostLabel: 'Hà Nội',
    lane: 'hanoi',
    provincesCount: 27,
    businesses: null,
    productsShown: 600,
    mousSigned: 175,
    real: true,
    source: 'Kinh tế & Đô thị, 2020',
  }),
  event({
    date: '2024-04-03',
    name: 'Hội nghị Tây Nguyên',
    provincesCount: 5,
    participants: ['Đắk Lắk', 'Đắk Nông', 'Gia Lai', 'Kon Tum', 'Lâm Đồng', 'A', 'B', 'C', 'D', 'E'],
    businesses: null,
    productsShown: null,
    mousSigned: null,
    real: true,
    source: 'Báo Đắk Nông, 03/04/2024',
  }),
  event({ date: '2021-01-02', lane: 'other', hostLabel: 'Sóc Trăng', productsShown: 300 }),
];

const labels = {
  lanes: { hcmc: 'Tại TP.HCM', hanoi: 'Tại Hà Nội', other: 'Tại tỉnh khác' },
  real: 'Sự kiện có số liệu thực',
  illustrative: 'Sự kiện minh họa',
  date: 'Ngày',
  host: 'Nơi tổ chức',
  provinces: 'Tỉnh, thành tham gia',
  businesses: 'Doanh nghiệp',
  productsShown: 'Sản phẩm trưng bày',
  mousSigned: 'Biên bản ký',
  source: 'Nguồn',
  notReported: 'không nêu',
  provincesUnit: 'tỉnh, thành',
  businessesUnit: 'doanh nghiệp',
  productsUnit: 'sản phẩm',
  mousUnit: 'biên bản',
  sourceReal: 'Nguồn: số liệu thực',
  sourceIllustrative: 'Có dữ liệu minh họa',
};

const option = eventTimelineOption({ events, lang: 'vi', labels, ariaTitle: 'x' });
const series = option.series as Series[];
const tooltip = (seriesId: string, dataIndex: number) =>
  (option.tooltip as { formatter: Formatter }).formatter({ seriesId, dataIndex });

describe('eventTimelineOption', () => {
  it('draws real events apart from illustrative ones, as diamonds on top', () => {
    expect(series.map((s) => [s.id, s.symbol, s.data.length])).toEqual([
      ['illustrative', 'circle', 2],
      ['real', 'diamond', 2],
    ]);
    expect(series[1]?.data.map((d) => d.value)).toEqual([
      ['2020-07-24', 1],
      ['2024-04-03', 2],
    ]);
  });

  it('sizes a symbol by the products shown, the smallest when not reported', () => {
    const sizes = series.flatMap((s) => s.data.map((d) => Math.round(d.symbolSize)));
    // 1200 is the largest; 600 and 300 by area (square root); null gets the minimum, larger if real.
    expect(sizes).toEqual([34, 21, 26, 14]);
  });

  it('draws smaller symbols on a narrow chart', () => {
    const narrow = eventTimelineOption({ events, lang: 'vi', labels, ariaTitle: 'x', width: 340 });
    const sizes = (narrow.series as Series[]).flatMap((s) => s.data.map((d) => Math.round(d.symbolSize)));
    expect(sizes).toEqual([20, 14, 16, 14]);
  });

  it('gives the figures in the tooltip, Vietnamese style, with the source of a real event', () => {
    const html = tooltip('real', 0);
    expect(html).toContain('<b>Sự kiện giới thiệu, quảng bá sản phẩm OCOP &lt;miền núi&gt;</b>');
    expect(html).toContain('Ngày: <b>24/07/2020</b>');
    expect(html).toContain('Nơi tổ chức: <b>Hà Nội</b>');
    expect(html).toContain('Tỉnh, thành tham gia: <b>27 tỉnh, thành</b>');
    expect(html).toContain('Doanh nghiệp: <b>không nêu</b>');
    expect(html).toContain('Sản phẩm trưng bày: <b>600 sản phẩm</b>');
    expect(html).toContain('Biên bản ký: <b>175 biên bản</b>');
    expect(html).toContain('Nguồn: <b>Kinh tế &amp; Đô thị, 2020</b>');
    expect(html).toContain('Nguồn: số liệu thực');
    expect(tooltip('illustrative', 0)).toContain('Sản phẩm trưng bày: <b>1.200 sản phẩm</b>');
    expect(tooltip('illustrative', 0)).toContain('Có dữ liệu minh họa');
  });

  it('names up to eight participants, then counts the rest', () => {
    expect(tooltip('real', 1)).toContain(
      'Tỉnh, thành tham gia: <b>5 tỉnh, thành (Đắk Lắk, Đắk Nông, Gia Lai, Kon Tum, Lâm Đồng, A, B, C, +2)</b>',
    );
  });

  it('finds the event a click landed on', () => {
    expect(timelineSeriesEvents(events, 'real').map((e) => e.date)).toEqual(['2020-07-24', '2024-04-03']);
    expect(timelineSeriesEvents(events, 'illustrative').map((e) => e.date)).toEqual([
      '2023-05-03',
      '2021-01-02',
    ]);
    expect(timelineSeriesEvents(events, 'other')).toEqual([]);
  });

  it('spans whole years and puts the hubs on top', () => {
    expect(option.xAxis).toMatchObject({ type: 'time', min: '2019-12-01', max: '2025-01-31' });
    expect(option.yAxis).toMatchObject({ data: ['Tại tỉnh khác', 'Tại Hà Nội', 'Tại TP.HCM'] });
  });

  it('writes dates day first without going through a time zone', () => {
    expect(isoToVietnameseDate('2020-10-27')).toBe('27/10/2020');
  });
});
