import { describe, expect, it } from 'vitest';
import { describeFilters, filterChips } from './filterRegistry';
import { DEFAULT_FILTERS, type FilterState } from './filterState';

const f = (change: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...change });

describe('the active filters in plain words', () => {
  it('says when nothing is filtered', () => {
    expect(describeFilters(DEFAULT_FILTERS, 'vi')).toBe(
      'Toàn bộ dữ liệu, mọi năm, mọi tỉnh, thành (bố cục 34 tỉnh, thành mới)',
    );
  });

  it('names years, provinces and stars in Vietnamese', () => {
    const text = describeFilters(
      f({ layout: '63', yearFrom: 2020, yearTo: 2024, provinces: ['94', '92'], stars: ['4', '5'] }),
      'vi',
    );
    expect(text).toBe('Năm 2020–2024, tại Sóc Trăng và Cần Thơ, hạng 4 sao và 5 sao, theo 63 tỉnh, thành cũ');
  });

  it('writes groups and stars as common nouns inside the sentence', () => {
    const state = f({ groups: ['beverage', 'food'], stars: ['potential-5'] });
    expect(describeFilters(state, 'vi')).toBe(
      'Nhóm đồ uống và thực phẩm, hạng tiềm năng 5 sao, theo 34 tỉnh, thành mới',
    );
    expect(describeFilters(state, 'en')).toBe(
      'Product group Beverages and Food, potential 5-star products, by the 34 new provinces',
    );
  });

  it('reads province codes in the active layout', () => {
    expect(describeFilters(f({ provinces: ['80'] }), 'vi')).toBe('Tại Tây Ninh, theo 34 tỉnh, thành mới');
    expect(describeFilters(f({ layout: '63', provinces: ['80'] }), 'en')).toBe(
      'In Long An, by the 63 former provinces',
    );
  });
});

describe('filter chips', () => {
  it('has one removable chip per value, each removing only itself', () => {
    const filters = f({ regions: ['TN', 'DBSCL'], destinations: ['hcmc'] });
    const chips = filterChips(filters, 'vi');
    expect(chips.map((c) => c.label)).toEqual(['Tây Nguyên', 'Đồng bằng sông Cửu Long', 'TP. Hồ Chí Minh']);
    expect(chips[0]?.without).toEqual({ regions: ['DBSCL'] });
  });

  it('clears provinces with the layout, since their codes belong to it', () => {
    const chips = filterChips(f({ layout: '63', provinces: ['94'] }), 'en');
    expect(chips[0]).toMatchObject({
      key: 'layout',
      label: '63 provinces',
      without: { layout: '34', provinces: [], focus: null },
    });
  });
});
