import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../filters/filterState';
import { latestYearIn, pressDateLine, pressSourceLine, pressSubtitle } from './pressText';

// These figures are the 63 layout's (history before the 2025 merger); the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

describe('the words of a press image', () => {
  it('states the filters in words, with a chart note after them', () => {
    const filters = { ...FILTERS_63, yearFrom: 2020, yearTo: 2024, stars: ['4' as const] };
    expect(pressSubtitle(filters, 'vi')).toBe('Năm 2020–2024, hạng 4 sao, theo 63 tỉnh, thành cũ');
    expect(pressSubtitle(filters, 'vi', 'năm so sánh 2024')).toBe(
      'Năm 2020–2024, hạng 4 sao, theo 63 tỉnh, thành cũ; năm so sánh 2024',
    );
  });

  it('names a dataset opened by URL after the filters, its address clipped', () => {
    const filters = {
      ...FILTERS_63,
      yearFrom: 2020,
      yearTo: 2024,
      data: 'https://du-lieu.gov.vn/ocop/manifest.json',
    };
    expect(pressSubtitle(filters, 'vi', 'năm so sánh 2024')).toBe(
      'Năm 2020–2024, theo 63 tỉnh, thành cũ; năm so sánh 2024; dữ liệu mở từ https://du-lieu.gov.vn/ocop/manifest.json',
    );
    const long = pressSubtitle({ ...DEFAULT_FILTERS, data: `https://x.vn/${'a'.repeat(300)}` }, 'en');
    expect(
      long.startsWith(
        'All data, every year and province (34-province layout); data opened from https://x.vn/',
      ),
    ).toBe(true);
    expect(long.length).toBeLessThan(220);
  });

  it('names the sources and says when illustrative data feeds the chart', () => {
    expect(pressSourceLine(['Báo Sóc Trăng, 2020', 'VTV, 22/09/2023'], false, 'vi')).toBe(
      'Nguồn: Báo Sóc Trăng, 2020; VTV, 22/09/2023',
    );
    expect(pressSourceLine(['VTV, 22/09/2023'], true, 'vi')).toBe(
      'Nguồn: VTV, 22/09/2023; dữ liệu minh họa (sinh tự động, không phải số liệu thực)',
    );
    expect(pressSourceLine([], true, 'en')).toBe('Source: illustrative data (generated, not real figures)');
    expect(pressSourceLine([], false, 'vi')).toBe('');
  });

  it('dates the figures and the export honestly, in the reader’s format', () => {
    const day = new Date(2026, 10, 5);
    expect(pressDateLine(2026, day, 'vi')).toBe('Số liệu đến năm 2026 · Xuất ngày 05/11/2026');
    expect(pressDateLine(null, day, 'en')).toBe('Exported 05/11/2026');
    expect(latestYearIn([{ exportColYear: 2019 }, { exportColYear: 2024 }, { exportColYear: 2021 }])).toBe(
      2024,
    );
    expect(latestYearIn([{ year: 2019 }, { year: 2024 }], 'year')).toBe(2024);
    expect(latestYearIn([{ province: 'Hà Nội' }])).toBeNull();
  });
});
