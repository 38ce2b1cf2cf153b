import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import type { Lang } from '../i18n/messages';
import { choiceLabel, STAR_LEVELS } from '../model/ocop';
import { kpiSeries, ocopByYearAndStar } from '../queries/overviewMetrics';
import { altPlace } from './altTextParts';
import { eventsAltText } from './event-timeline/altText';
import { linkageTrendAltText } from './linkage-trend/altText';
import { mouFlowsAltText } from './mou-sankey/altText';
import { ocopByStarAltText } from './ocop-by-star/altText';
import { topPartnersAltText } from './partnerBarsAltText';
import { stackedByYearAltText } from './stackedByYearAltText';

// These figures are the 63 layout's (history before the 2025 merger); the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

const stars = (lang: Lang) =>
  STAR_LEVELS.map((s) => ({ star: s.id, label: choiceLabel(STAR_LEVELS, s.id, lang) }));

const db = bundledDatabaseForFile();
// The article's figures alone: Hà Nội's real 2020 rows, without the illustrative rest of the year.
const realDb = bundledDatabaseForFile({ only: 'real' });

describe('alt text from the data', () => {
  const hanoi2020: FilterState = { ...FILTERS_63, provinces: ['01'], yearFrom: 2020, yearTo: 2020 };

  it('says Hà Nội’s real 2020 figures as the article does, with Vietnamese number formats', async () => {
    const rows = await ocopByYearAndStar(realDb, hanoi2020);
    expect(rows.every((r) => r.illustrative === 0)).toBe(true);
    const text = (lang: Lang) =>
      ocopByStarAltText({
        rows,
        stars: stars(lang),
        place: altPlace(hanoi2020, lang),
        focusYear: 2020,
        illustrative: false,
        lang,
      });
    expect(text('vi')).toBe(
      'Hà Nội có 301 sản phẩm OCOP năm 2020, trong đó 207 sản phẩm 4 sao, 88 sản phẩm 3 sao và 6 sản phẩm tiềm năng 5 sao.',
    );
    expect(text('en')).toBe(
      'Hanoi had 301 OCOP products in 2020, of which 207 4-star, 88 3-star and 6 potential 5-star.',
    );
  });

  it('tells several years with the compared year’s breakdown, thousands grouped the Vietnamese way', () => {
    const rows = [
      { year: 2023, star: '3', products: 900, illustrative: 900 },
      { year: 2024, star: '3', products: 1100, illustrative: 1100 },
      { year: 2024, star: '4', products: 350, illustrative: 350 },
    ];
    expect(
      ocopByStarAltText({
        rows,
        stars: stars('vi'),
        place: null,
        focusYear: 2024,
        illustrative: true,
        lang: 'vi',
      }),
    ).toBe(
      'Tổng cộng có 2.350 sản phẩm OCOP được công nhận trong các năm 2023–2024, nhiều nhất năm 2024 (1.450 sản phẩm). ' +
        'Năm 2024 có 1.450 sản phẩm, trong đó 1.100 sản phẩm 3 sao và 350 sản phẩm 4 sao. ' +
        'Một phần số liệu là dữ liệu minh họa, không phải số liệu thực.',
    );
  });

  it('names the place from the filters', () => {
    expect(altPlace({ ...FILTERS_63, provinces: ['01', '94'] }, 'vi')).toBe('Hà Nội và Sóc Trăng');
    expect(altPlace({ ...FILTERS_63, provinces: ['01', '94', '87', '79'] }, 'vi')).toBe(
      '4 tỉnh, thành được chọn',
    );
    expect(altPlace({ ...FILTERS_63, regions: ['TN'] }, 'vi')).toBe('Vùng Tây Nguyên');
    expect(altPlace(FILTERS_63, 'vi')).toBeNull();
  });

  it('tells the linkage trend from the SQL series', async () => {
    const soc = { ...FILTERS_63, provinces: ['94'], yearFrom: 2020, yearTo: 2020 };
    const series = await kpiSeries(db, soc);
    // Sóc Trăng's 2020 conference: 14 + 8 + 34 MoUs (seed 004).
    expect(linkageTrendAltText({ mous: series.mous, products: [], illustrative: false, lang: 'vi' })).toBe(
      'Năm 2020 ký 56 biên bản ghi nhớ.',
    );
    const text = linkageTrendAltText({
      mous: [
        { year: 2021, value: 40, illustrative: 0 },
        { year: 2020, value: 1234, illustrative: 0 },
        { year: 2022, value: 60, illustrative: 0 },
      ],
      products: [
        { year: 2021, value: 10, illustrative: 10 },
        { year: 2022, value: 300, illustrative: 0 },
      ],
      illustrative: true,
      lang: 'vi',
    });
    expect(text).toBe(
      'Biên bản ghi nhớ ký mỗi năm: 1.234 năm 2020, 60 năm 2022, nhiều nhất 1.234 năm 2020. ' +
        'Sản phẩm vào phân phối TP.HCM, Hà Nội: 10 năm 2021, 300 năm 2022. ' +
        'Một phần số liệu là dữ liệu minh họa, không phải số liệu thực.',
    );
  });

  it('names the leading partner provinces with their totals', () => {
    const partners = [
      { label: 'Đồng Tháp', toHcmc: 1300, toHanoi: 200 },
      { label: 'Sóc Trăng', toHcmc: 500, toHanoi: 20 },
      { label: 'Lâm Đồng', toHcmc: 300, toHanoi: 100 },
      { label: 'Bến Tre', toHcmc: 10, toHanoi: 0 },
    ];
    expect(topPartnersAltText({ partners, year: 2024, illustrative: false, lang: 'vi' })).toBe(
      'Các tỉnh, thành có nhiều sản phẩm trong phân phối TP.HCM, Hà Nội nhất năm 2024: Đồng Tháp (1.500 sản phẩm), Sóc Trăng (520 sản phẩm) và Lâm Đồng (400 sản phẩm).',
    );
    expect(topPartnersAltText({ partners, year: null, illustrative: true, lang: 'en' })).toBe(
      'Provinces with the most products in HCMC and Hanoi distribution: Đồng Tháp (1,500 products), Sóc Trăng (520 products) and Lâm Đồng (400 products). Part of the figures are illustrative data, not real figures.',
    );
    expect(topPartnersAltText({ partners: [], year: 2024, illustrative: false, lang: 'en' })).toBe(
      'The chart has no data under these filters.',
    );
  });
});

describe('alt text of the linkages and distribution charts', () => {
  it('says the MoU flows: the total, each hub, the partners that signed most', () => {
    const input = {
      partners: [
        { label: 'Sóc Trăng', count: 56 },
        { label: 'Đồng Tháp', count: 1204 },
        { label: 'Bến Tre', count: 3 },
        { label: 'Lâm Đồng', count: 40 },
      ],
      hubs: [
        { label: 'TP. Hồ Chí Minh', count: 1250 },
        { label: 'Hà Nội', count: 53 },
      ],
      illustrative: false,
    };
    expect(mouFlowsAltText({ ...input, lang: 'vi' })).toBe(
      '1.303 biên bản ghi nhớ giữa TP.HCM, Hà Nội và 4 tỉnh, thành: 1.250 với TP. Hồ Chí Minh và 53 với Hà Nội. ' +
        'Ký nhiều nhất: Đồng Tháp (1.204 biên bản), Sóc Trăng (56 biên bản) và Lâm Đồng (40 biên bản).',
    );
    expect(
      mouFlowsAltText({ ...input, hubs: [{ label: 'Hanoi', count: 1303 }], illustrative: true, lang: 'en' }),
    ).toBe(
      '1,303 MoUs between HCMC, Hanoi and 4 provinces: 1,303 with Hanoi. ' +
        'Most MoUs: Đồng Tháp (1,204), Sóc Trăng (56) and Lâm Đồng (40). ' +
        'Part of the figures are illustrative data, not real figures.',
    );
    expect(mouFlowsAltText({ partners: [], hubs: [], illustrative: false, lang: 'vi' })).toBe(
      'Biểu đồ không có dữ liệu với bộ lọc này.',
    );
  });

  it('says the events: how many, from when to when, where, and the largest show', () => {
    const formatDay = (iso: string) => iso.split('-').reverse().join('/');
    const events = [
      { date: '2020-10-27', name: 'Hội nghị Sóc Trăng', laneLabel: 'Tại tỉnh khác', productsShown: null },
      { date: '2020-07-10', name: 'Tuần hàng OCOP Hà Nội', laneLabel: 'Tại Hà Nội', productsShown: 600 },
      { date: '2021-03-05', name: 'Hội chợ TP.HCM', laneLabel: 'Tại TP.HCM', productsShown: 250 },
      { date: '2022-11-01', name: 'Phiên chợ Hà Nội', laneLabel: 'Tại Hà Nội', productsShown: 80 },
    ];
    expect(eventsAltText({ events, formatDay, illustrative: false, lang: 'vi' })).toBe(
      '4 sự kiện xúc tiến, kết nối cung cầu từ 10/07/2020 đến 01/11/2022: 2 tại Hà Nội, 1 tại tỉnh khác và 1 tại TP.HCM. ' +
        'Trưng bày nhiều sản phẩm nhất: Tuần hàng OCOP Hà Nội (10/07/2020, 600 sản phẩm).',
    );
    expect(
      eventsAltText({
        events: [
          { date: '2020-10-27', name: 'Conference', laneLabel: 'In another province', productsShown: null },
        ],
        formatDay,
        illustrative: false,
        lang: 'en',
      }),
    ).toBe('One trade and supply–demand event on 27/10/2020: 1 in another province.');
  });

  it('says a stacked chart by year: the trend, then the largest parts of the year shown', () => {
    const rows = [
      { year: 2023, label: 'Saigon Co.op', products: 900 },
      { year: 2023, label: 'BRG Retail', products: 100 },
      { year: 2024, label: 'Saigon Co.op', products: 1100 },
      { year: 2024, label: 'BRG Retail', products: 300 },
      { year: 2024, label: 'Bách Hóa Xanh', products: 450 },
      { year: 2024, label: 'MM Mega Market', products: 20 },
      { year: 2024, label: 'Saigon Co.op', products: 5 },
    ];
    expect(stackedByYearAltText({ rows, year: 2024, illustrative: false, lang: 'vi' })).toBe(
      'Sản phẩm vào phân phối TP.HCM, Hà Nội: 1.000 năm 2023, 1.875 năm 2024. ' +
        'Năm 2024 có 1.875 sản phẩm, nhiều nhất là Saigon Co.op (1.105), Bách Hóa Xanh (450) và BRG Retail (300).',
    );
    expect(stackedByYearAltText({ rows, year: 2023, illustrative: false, lang: 'en' })).toBe(
      'Products entering HCMC and Hanoi distribution: 1,000 in 2023, 1,875 in 2024. ' +
        'In 2023 there were 1,000 products, the most in Saigon Co.op (900) and BRG Retail (100).',
    );
    expect(stackedByYearAltText({ rows: [], year: 2024, illustrative: false, lang: 'en' })).toBe(
      'The chart has no data under these filters.',
    );
  });
});
