import { describe, expect, it } from 'vitest';
import { PRODUCT_GROUPS, STAR_LEVELS } from '../model/ocop';
import { PROVINCES_34, PROVINCES_63 } from '../model/provinces';
import { REGIONS } from '../model/regions';
import { DEFAULT_FILTERS, type FilterState, VIEW_IDS } from './filterState';
import { parseFilterState, serializeFilterState } from './urlState';

describe('filter state in the URL', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeFilterState(DEFAULT_FILTERS)).toBe('');
    expect(parseFilterState('')).toEqual(DEFAULT_FILTERS);
  });

  it('opens in the layout of the newest data: the 34 units from 1 July 2025', () => {
    expect(parseFilterState('').layout).toBe('34');
    expect(parseFilterState('?layout=63').layout).toBe('63');
    expect(serializeFilterState({ ...DEFAULT_FILTERS, layout: '63' })).toBe('?layout=63');
  });

  it('writes only what differs, with readable keys and codes', () => {
    const state: FilterState = {
      ...DEFAULT_FILTERS,
      layout: '63',
      year: 2024,
      yearFrom: 2020,
      yearTo: 2026,
      regions: ['TN', 'DBSCL'],
      provinces: ['94'],
      stars: ['5', '4'],
    };
    expect(serializeFilterState(state)).toBe(
      '?layout=63&year=2024&years=2020-2026&region=TN,DBSCL&province=94&star=4,5',
    );
  });

  it('reads the product groups of before 2023 in an old link as the group that took them over', () => {
    const state = parseFilterState('?group=textile,food,souvenir_decor');
    expect(state.groups).toEqual(['food', 'handicraft']);
    expect(serializeFilterState(state)).toBe('?group=food,handicraft');
  });

  it('drops what it cannot read instead of guessing', () => {
    const state = parseFilterState(
      '?layout=99&year=20x4&region=XX,TN&province=92,abc&star=7,4&dest=paris,hcmc&view=nope',
    );
    expect(state).toEqual({
      ...DEFAULT_FILTERS,
      regions: ['TN'],
      provinces: ['92'],
      stars: ['4'],
      destinations: ['hcmc'],
    });
  });

  it('reads province codes in the layout of the link', () => {
    // 94 Sóc Trăng exists in the 63 layout only; 80 is Long An in the 63 and Tây Ninh in the 34.
    expect(parseFilterState('?layout=63&province=94').provinces).toEqual(['94']);
    expect(parseFilterState('?province=94').provinces).toEqual([]);
    expect(parseFilterState('?layout=34&province=94').provinces).toEqual([]);
    expect(parseFilterState('?province=80').provinces).toEqual(['80']);
  });

  it('keeps the focused province of a detail page, in its layout', () => {
    expect(serializeFilterState({ ...DEFAULT_FILTERS, layout: '63', view: 'province', focus: '94' })).toBe(
      '?view=province&layout=63&focus=94',
    );
    expect(parseFilterState('?view=province&focus=94').focus).toBeNull();
  });

  it('keeps the chart a shared link points at, and embed mode', () => {
    const state: FilterState = { ...DEFAULT_FILTERS, stars: ['4'], chart: 'ocop-by-star', embed: true };
    expect(serializeFilterState(state)).toBe('?star=4&chart=ocop-by-star&embed=1');
    expect(parseFilterState('?star=4&chart=ocop-by-star&embed=1')).toEqual(state);
    expect(parseFilterState('?chart=ocop-by-star&embed=yes')).toMatchObject({
      chart: 'ocop-by-star',
      embed: false,
    });
  });

  it('drops a chart id that is not one of ours instead of putting it in the page', () => {
    expect(parseFilterState('?chart=%3Cscript%3E').chart).toBeNull();
    expect(parseFilterState('?chart=Top Partners').chart).toBeNull();
    expect(serializeFilterState({ ...DEFAULT_FILTERS, chart: '"><img>' })).toBe('');
  });

  it('keeps a dataset URL as the link wrote it, beside the filters', () => {
    const search = serializeFilterState({ ...DEFAULT_FILTERS, data: 'du-lieu/manifest.json', year: 2024 });
    expect(new URLSearchParams(search).get('data')).toBe('du-lieu/manifest.json');
    expect(parseFilterState(search)).toMatchObject({ data: 'du-lieu/manifest.json', year: 2024 });
    expect(parseFilterState('?data=%20%20').data).toBeNull();
    expect(parseFilterState(`?data=${'x'.repeat(3000)}`).data).toBeNull();
  });

  it('keeps open year ranges and orders a reversed one', () => {
    expect(parseFilterState('?years=2022-')).toMatchObject({ yearFrom: 2022, yearTo: null });
    expect(parseFilterState('?years=2026-2020')).toMatchObject({ yearFrom: 2020, yearTo: 2026 });
  });

  it('round-trips random states exactly (property)', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const subset = <T>(items: readonly T[]) => items.filter(() => random() < 0.3);
    for (let i = 0; i < 500; i++) {
      const layout = random() < 0.5 ? '63' : '34';
      const maybeYear = () => (random() < 0.5 ? null : 2019 + Math.floor(random() * 8));
      let yearFrom = maybeYear();
      let yearTo = maybeYear();
      if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
      const state: FilterState = {
        view: VIEW_IDS[Math.floor(random() * VIEW_IDS.length)] ?? 'overview',
        layout,
        year: maybeYear(),
        yearFrom,
        yearTo,
        regions: subset(REGIONS.map((r) => r.id)),
        provinces: subset((layout === '63' ? PROVINCES_63 : PROVINCES_34).map((p) => p.code)),
        groups: subset(PRODUCT_GROUPS.map((g) => g.id)),
        stars: subset(STAR_LEVELS.map((s) => s.id)),
        destinations: subset(['hcmc', 'hanoi'] as const),
        focus:
          random() < 0.5
            ? null
            : ((layout === '63' ? PROVINCES_63 : PROVINCES_34)[Math.floor(random() * 30)]?.code ?? null),
        chart:
          random() < 0.5
            ? null
            : (['ocop-by-star', 'linkage-trend', 'top-partners'][Math.floor(random() * 3)] ?? null),
        embed: random() < 0.3,
        data:
          random() < 0.6
            ? null
            : ([
                'manifest.json',
                'https://du-lieu.gov.vn/ocop/manifest.json?v=2&a=b,c',
                '../ocop 2025.parquet',
              ][Math.floor(random() * 3)] ?? null),
      };
      expect(parseFilterState(serializeFilterState(state))).toEqual(state);
    }
  });
});
