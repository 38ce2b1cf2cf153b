import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import type { Lang } from '../i18n/messages';
import type { OriginProducts as PartnerRow } from '../queries/distribution';
import type { TradeEvent } from '../queries/linkages';
import type { KpiId, YearValue } from '../queries/overviewMetrics';
import type { TargetProgress } from '../queries/targetProgress';
import { summaryClipboard } from './summaryClipboard';
import { buildYearSummary, type SummaryFigure, type SummaryInput, summaryText } from './yearSummary';

/** A KPI series from [year, value, illustrative] triples (sums: the same in both layouts). */
const series = (...points: [number, number, number?][]): YearValue[] =>
  points.map(([year, value, illustrative = 0]) => ({
    year,
    value,
    illustrative,
    value34: value,
    illustrative34: illustrative,
    countedIn34: false,
  }));

const NO_DATA: Record<KpiId, YearValue[]> = {
  linkedProvinces: [],
  ocopProducts: [],
  mous: [],
  distributionProducts: [],
  events: [],
};

const partner = (code: string, name: string, toHcmc: number, toHanoi = 0, illustrative = 0): PartnerRow => ({
  unitKey: `34:${code}`,
  unitCode: code,
  unitLayout: '34',
  name,
  nameEn: name,
  postMerger: false,
  toHcmc,
  toHanoi,
  illustrative,
});

type InputChange = Partial<Omit<SummaryInput, 'series'>> & { series?: Partial<Record<KpiId, YearValue[]>> };

function input(change: InputChange): SummaryInput {
  return {
    lang: 'vi',
    year: 2026,
    filters: DEFAULT_FILTERS,
    partners: [],
    groups: [],
    targets: [],
    events: [],
    ...change,
    series: { ...NO_DATA, ...change.series },
  };
}

const text = (change: InputChange) => summaryText(buildYearSummary(input(change)));
const figures = (change: InputChange) =>
  buildYearSummary(input(change)).sentences.flatMap((s) =>
    s.segments.filter((seg): seg is SummaryFigure => typeof seg !== 'string'),
  );

describe('the year in words: changes as an editor writes them', () => {
  it('writes a rise and a fall with the percentage and the year before’s figure, in both languages', () => {
    const s = { ocopProducts: series([2025, 2800], [2026, 2650]), mous: series([2025, 395], [2026, 578]) };
    expect(text({ series: s })).toBe(
      'Năm 2026, có 2.650 sản phẩm OCOP được công nhận, giảm 5,4% so với năm 2025 (2.800 sản phẩm). ' +
        'Các bên đã ký 578 biên bản ghi nhớ, tăng 46,3% so với năm 2025 (395 biên bản).',
    );
    expect(text({ series: s, lang: 'en' })).toBe(
      'In 2026, the number of OCOP products rated was 2,650, down 5.4% on 2025 (2,800 products). ' +
        'The number of MoUs signed was 578, up 46.3% on 2025 (395 MoUs).',
    );
  });

  it('says "giữ nguyên" for no change, never "tăng 0%"', () => {
    const t = text({ series: { linkedProvinces: series([2025, 32], [2026, 32]) } });
    expect(t).toBe(
      'Năm 2026, có 32 tỉnh, thành đối tác liên kết với TP.HCM và Hà Nội (qua biên bản ghi nhớ hoặc sản phẩm vào phân phối), giữ nguyên so với năm 2025.',
    );
    expect(t).not.toMatch(/0%|0 %/);
  });

  it('writes a change too small for one decimal as a count, never "tăng 0%"', () => {
    const t = text({ series: { ocopProducts: series([2025, 20000], [2026, 20001]) } });
    expect(t).toContain('tăng 1 sản phẩm so với năm 2025 (chưa đến 0,1%)');
    expect(t).not.toContain(' 0%');
    expect(text({ lang: 'en', series: { ocopProducts: series([2025, 20000], [2026, 19999]) } })).toContain(
      'down 1 product on 2025 (less than 0.1%)',
    );
  });

  it('writes a doubling or more as a multiple, never "tăng 1.500%"', () => {
    expect(text({ series: { mous: series([2025, 1], [2026, 16]) } })).toBe(
      'Năm 2026, các bên đã ký 16 biên bản ghi nhớ, gấp 16 lần năm 2025 (1 biên bản).',
    );
    expect(text({ lang: 'en', series: { mous: series([2025, 1], [2026, 16]) } })).toBe(
      'In 2026, the number of MoUs signed was 16, 16 times the 2025 figure (1 MoU).',
    );
  });

  it('says "lần đầu" when no earlier year had any, and never "∞"', () => {
    const first = text({ series: { mous: series([2026, 12]) } });
    expect(first).toBe(
      'Năm 2026, các bên đã ký 12 biên bản ghi nhớ, lần đầu có trong dữ liệu (năm 2025 chưa có).',
    );
    // A year before with a zero is no base for a percentage either.
    expect(text({ series: { mous: series([2025, 0], [2026, 12]) } })).toBe(first);
    expect(first).not.toMatch(/∞|%/);
    expect(text({ lang: 'en', series: { mous: series([2026, 12]) } })).toBe(
      'In 2026, the number of MoUs signed was 12, the first time in the data (2025 had none).',
    );
  });

  it('says once, in the opener, that the year is the first in the data for every figure', () => {
    const s = { ocopProducts: series([2026, 10]), mous: series([2026, 3]) };
    expect(text({ series: s })).toBe(
      'Năm 2026, năm đầu tiên có trong dữ liệu, có 10 sản phẩm OCOP được công nhận. Các bên đã ký 3 biên bản ghi nhớ.',
    );
    expect(text({ series: s, lang: 'en' })).toBe(
      'In 2026, the first year in the data, the number of OCOP products rated was 10. The number of MoUs signed was 3.',
    );
  });

  it('does not say "lần đầu" when an earlier year had data but the year before had none', () => {
    expect(text({ series: { mous: series([2023, 40], [2026, 12]) } })).toContain(
      '12 biên bản ghi nhớ, chưa có số liệu năm 2025 để so sánh.',
    );
    expect(text({ series: { mous: series([2023, 40], [2025, 0], [2026, 12]) } })).toContain(
      '12 biên bản ghi nhớ, trong khi năm 2025 không có.',
    );
  });

  it('writes a zero year as "không có", with the year before when it had some', () => {
    expect(text({ series: { mous: series([2025, 395], [2026, 0]) } })).toBe(
      'Năm 2026, không có biên bản ghi nhớ nào được ký (năm 2025: 395 biên bản).',
    );
    expect(text({ series: { mous: series([2026, 0]) } })).toBe(
      'Năm 2026, không có biên bản ghi nhớ nào được ký.',
    );
  });

  it('writes no sentence about a figure without data, and nothing at all when the year has none', () => {
    const t = text({ series: { ocopProducts: series([2026, 10]) } });
    expect(t).not.toMatch(/biên bản|sự kiện|phân phối/);
    expect(buildYearSummary(input({ series: { mous: series([2024, 3]) } })).sentences).toEqual([]);
  });
});

describe('the year in words: illustrative data said in words', () => {
  it('says it once, in the opening, when every figure is illustrative', () => {
    const t = text({
      series: {
        ocopProducts: series([2025, 100, 100], [2026, 120, 120]),
        mous: series([2025, 5, 5], [2026, 5, 5]),
      },
    });
    expect(t).toBe(
      'Năm 2026, theo dữ liệu minh họa, có 120 sản phẩm OCOP được công nhận, tăng 20% so với năm 2025 (100 sản phẩm). ' +
        'Các bên đã ký 5 biên bản ghi nhớ, giữ nguyên so với năm 2025.',
    );
    expect(t.match(/minh họa/g)).toHaveLength(1);
  });

  it('flags each sentence whose figures are (partly) illustrative when real figures stand beside them', () => {
    const s = {
      ocopProducts: series([2025, 100], [2026, 120]),
      mous: series([2025, 5, 5], [2026, 8, 8]),
      events: series([2025, 4, 1], [2026, 4]),
    };
    expect(text({ series: s })).toBe(
      'Năm 2026, có 120 sản phẩm OCOP được công nhận, tăng 20% so với năm 2025 (100 sản phẩm). ' +
        'Theo dữ liệu minh họa, các bên đã ký 8 biên bản ghi nhớ, tăng 60% so với năm 2025 (5 biên bản). ' +
        'Có 4 sự kiện xúc tiến, kết nối được tổ chức, giữ nguyên so với năm 2025.',
    );
    expect(
      text({ series: { ...s, ocopProducts: series([2025, 100, 30], [2026, 120]) }, lang: 'en' }),
    ).toMatch(/^In 2026, according to partly illustrative data, the number of OCOP products/);
  });

  it('says it once when every figure is at least partly illustrative', () => {
    const s = {
      ocopProducts: series([2025, 100, 100], [2026, 120, 120]),
      mous: series([2025, 5, 5], [2026, 8, 2]),
    };
    expect(text({ series: s })).toBe(
      'Năm 2026, theo dữ liệu minh họa xen lẫn số liệu thực, có 120 sản phẩm OCOP được công nhận, tăng 20% so với năm 2025 (100 sản phẩm). ' +
        'Các bên đã ký 8 biên bản ghi nhớ, tăng 60% so với năm 2025 (5 biên bản).',
    );
  });

  it('marks each figure with its illustrative share', () => {
    const f = figures({ series: { ocopProducts: series([2025, 100, 100], [2026, 120, 20]) } });
    expect(f.map((x) => [x.id, x.illustrative])).toEqual([
      ['kpi:ocopProducts', 'part'],
      ['ratio:ocopProducts', 'part'],
      ['previous:ocopProducts', 'all'],
    ]);
  });
});

describe('the year in words: filters, leaders, provinces and the merger', () => {
  const distribution = series([2025, 900], [2026, 1000]);
  const partners = [
    partner('82', 'Đồng Tháp', 300, 20),
    partner('96', 'Cà Mau', 150, 50),
    partner('37', 'Ninh Bình', 1, 0),
  ];

  it('names the leading provinces with the first one’s measure word', () => {
    expect(text({ series: { distributionProducts: distribution }, partners })).toBe(
      'Năm 2026, 1.000 sản phẩm có mặt trong hệ thống phân phối TP.HCM và Hà Nội, tăng 11,1% so với năm 2025 (900 sản phẩm); ' +
        'dẫn đầu là Đồng Tháp (320 sản phẩm), Cà Mau (200) và Ninh Bình (1).',
    );
  });

  it('states the filters in words and the hub the destination filter keeps', () => {
    const filters: FilterState = { ...DEFAULT_FILTERS, regions: ['DBSCL'], destinations: ['hcmc'] };
    expect(text({ series: { distributionProducts: distribution }, filters })).toBe(
      'Năm 2026 (vùng Đồng bằng sông Cửu Long, tiêu thụ tại TP. Hồ Chí Minh, theo 34 tỉnh, thành mới), ' +
        '1.000 sản phẩm có mặt trong hệ thống phân phối TP.HCM, tăng 11,1% so với năm 2025 (900 sản phẩm). ' +
        'Bộ lọc nơi tiêu thụ không áp dụng cho sản phẩm OCOP được công nhận.',
    );
  });

  it('for a single province: no leaders, and the targets named for it', () => {
    const filters: FilterState = { ...DEFAULT_FILTERS, provinces: ['82'] };
    const targets: TargetProgress[] = [
      {
        metric: 'ocop_products',
        unitKey: '34:82',
        unitCode: '82',
        name: 'Đồng Tháp',
        nameEn: 'Dong Thap',
        target: 165,
        actual: 149,
        illustrative: false,
      },
    ];
    const s = { distributionProducts: distribution, ocopProducts: series([2025, 148], [2026, 149]) };
    const vi = text({ series: s, filters, partners: partners.slice(0, 1), targets });
    expect(vi).toBe(
      'Năm 2026 (tại Đồng Tháp, theo 34 tỉnh, thành mới), 1.000 sản phẩm có mặt trong hệ thống phân phối TP.HCM và Hà Nội, tăng 11,1% so với năm 2025 (900 sản phẩm). ' +
        'Có 149 sản phẩm OCOP được công nhận, tăng 0,7% so với năm 2025 (148 sản phẩm). ' +
        'So với chỉ tiêu năm 2026 của Đồng Tháp, sản phẩm OCOP đạt 90,3% (149/165).',
    );
    expect(text({ series: s, filters, partners: partners.slice(0, 1), targets, lang: 'en' })).toBe(
      'In 2026 (in Dong Thap, by the 34 new provinces), the distribution channels of Ho Chi Minh City and Hanoi carried 1,000 products, up 11.1% on 2025 (900 products). ' +
        'The number of OCOP products rated was 149, up 0.7% on 2025 (148 products). ' +
        'Against the targets for 2026 for Dong Thap, OCOP products reached 90.3% (149 of 165).',
    );
  });

  it('compares a post-merger year with a pre-merger one in the 34 units, as the KPI card does', () => {
    // The 63 layout: 2024 counts 61 old provinces (26 new units); 2025 spans the merger, counted in the 34.
    const linked: YearValue[] = [
      { year: 2024, value: 61, illustrative: 0, value34: 30, illustrative34: 0, countedIn34: false },
      { year: 2025, value: 32, illustrative: 0, value34: 32, illustrative34: 0, countedIn34: true },
    ];
    const filters: FilterState = { ...DEFAULT_FILTERS, layout: '63' };
    expect(text({ year: 2025, filters, series: { linkedProvinces: linked } })).toBe(
      'Năm 2025 (theo 63 tỉnh, thành cũ), có 32 tỉnh, thành đối tác liên kết với TP.HCM và Hà Nội (qua biên bản ghi nhớ hoặc sản phẩm vào phân phối), ' +
        'tăng 6,7% so với năm 2024 (30 tỉnh, thành), so sánh theo 34 tỉnh, thành mới vì có số liệu sau ngày 01/7/2025.',
    );
    expect(
      figures({ year: 2025, filters, series: { linkedProvinces: linked } }).map((f) => f.value),
    ).toContain(30);
    expect(text({ year: 2025, filters, series: { linkedProvinces: linked }, lang: 'en' })).toContain(
      'up 6.7% on 2024 (30 provinces), compared by the 34 new provinces as there are figures from after 1 July 2025.',
    );
  });

  it('says which figures a star or group filter does not narrow', () => {
    const filters: FilterState = { ...DEFAULT_FILTERS, stars: ['4'], groups: ['food'] };
    const t = text({ series: { ocopProducts: series([2026, 5]) }, filters });
    expect(t).toContain('Bộ lọc hạng sao chỉ áp dụng cho sản phẩm OCOP được công nhận.');
    expect(t).toContain('Bộ lọc nhóm sản phẩm không áp dụng cho biên bản ghi nhớ và sự kiện.');
  });
});

describe('the year in words: events, groups and targets', () => {
  const event = (change: Partial<TradeEvent>): TradeEvent => ({
    date: '2026-07-07',
    name: 'Hội nghị kết nối cung cầu',
    hostCode: '01',
    hostLayout: '34',
    hostName: 'Hà Nội',
    hostNameEn: 'Hanoi',
    hubCode: '01',
    provincesCount: null,
    participants: [],
    participantsEn: [],
    businesses: null,
    productsShown: null,
    mousSigned: null,
    dataKind: 'real',
    source: 'Kinh tế & Đô thị',
    ...change,
  });

  it('names the event of the year with the most MoUs signed', () => {
    const events = [
      event({ name: 'Hội chợ A', mousSigned: 5 }),
      event({ name: 'Hội nghị B', mousSigned: 91, date: '2026-03-01', hostName: 'TP. Hồ Chí Minh' }),
      event({ name: 'Năm trước', mousSigned: 500, date: '2025-03-01' }),
    ];
    expect(text({ series: { events: series([2025, 2], [2026, 2]) }, events })).toBe(
      'Năm 2026, có 2 sự kiện xúc tiến, kết nối được tổ chức, giữ nguyên so với năm 2025; ' +
        'nổi bật là “Hội nghị B” (TP. Hồ Chí Minh, 01/03/2026, ký 91 biên bản ghi nhớ).',
    );
  });

  it('names the two leading product groups, in lower case inside the sentence', () => {
    const groups = [
      { group: 'food' as const, products: 1533, illustrative: 0 },
      { group: 'beverage' as const, products: 398, illustrative: 0 },
      { group: 'herbal' as const, products: 291, illustrative: 0 },
    ];
    expect(text({ series: { ocopProducts: series([2026, 2222]) }, groups, lang: 'en' })).toBe(
      'In 2026, the number of OCOP products rated was 2,222, the first time in the data (2025 had none); ' +
        'the largest groups were food (1,533 products) and beverages (398).',
    );
  });

  it('reads the national targets when there are, and counts those met otherwise', () => {
    const target = (metric: TargetProgress['metric'], unitKey: string, target: number, actual: number) => ({
      metric,
      unitKey,
      unitCode: null,
      name: unitKey,
      nameEn: unitKey,
      target,
      actual,
      illustrative: false,
    });
    const s = { mous: series([2026, 578]) };
    expect(
      text({
        series: s,
        targets: [target('mous_signed', 'all', 650, 578), target('mous_signed', '34:01', 240, 257)],
      }),
    ).toContain('So với chỉ tiêu năm 2026, biên bản ghi nhớ đạt 88,9% (578/650).');
    expect(text({ series: s, targets: [target('mous_signed', 'all', 500, 578)] })).toContain(
      'So với chỉ tiêu năm 2026, biên bản ghi nhớ vượt chỉ tiêu, đạt 115,6% (578/500).',
    );
    expect(
      text({
        series: s,
        targets: [target('mous_signed', '34:79', 315, 321), target('mous_signed', '34:01', 240, 200)],
      }),
    ).toContain('Năm 2026, 1 trong 2 chỉ tiêu của các tỉnh, thành được lọc đã đạt.');
  });
});

describe('the year in words from a loaded file’s odd rows', () => {
  it('skips a target metric it does not know, a group outside the decision and a partner without a name', () => {
    const t = text({
      series: { ocopProducts: series([2026, 10]), distributionProducts: series([2026, 9]) },
      targets: [
        {
          metric: 'exports_usd' as TargetProgress['metric'],
          unitKey: 'all',
          unitCode: null,
          name: null,
          nameEn: null,
          target: 5,
          actual: 1,
          illustrative: false,
        },
      ],
      groups: [
        { group: null as unknown as 'food', products: 6, illustrative: 0 },
        { group: 'food', products: 4, illustrative: 0 },
      ],
      partners: [
        { ...partner('00', '', 5), unitKey: null as unknown as string, name: null as unknown as string },
        partner('82', 'Đồng Tháp', 4),
      ],
    });
    expect(t).toBe(
      'Năm 2026, năm đầu tiên có trong dữ liệu, 9 sản phẩm có mặt trong hệ thống phân phối TP.HCM và Hà Nội. ' +
        'Có 10 sản phẩm OCOP được công nhận.',
    );
  });
});

describe('the year in words on the clipboard', () => {
  it('carries the paragraph and its sources as text, and as escaped HTML with the figures in bold', () => {
    const summary = buildYearSummary(input({ series: { mous: series([2025, 395], [2026, 578]) } }));
    const { text: plain, html } = summaryClipboard(summary, ['Báo <Công Thương>'], 'vi' as Lang);
    expect(plain).toBe(
      'Năm 2026, các bên đã ký 578 biên bản ghi nhớ, tăng 46,3% so với năm 2025 (395 biên bản).\n\nNguồn: Báo <Công Thương>.',
    );
    expect(html).toContain('các bên đã ký <b>578</b> biên bản ghi nhớ, tăng <b>46,3%</b>');
    expect(html).toContain('<li>Báo &lt;Công Thương&gt;</li>');
  });
});
