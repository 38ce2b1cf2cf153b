import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../filters/filterState';
import { mapFilters, mapYear } from './mapData';

const years = [2019, 2020, 2024, 2025, 2026];

describe('mapYear', () => {
  it('defaults to the latest year keyed by the 63 units in the 63 layout, the latest year in the 34', () => {
    expect(mapYear({ ...DEFAULT_FILTERS, layout: '63' }, years)).toBe(2025);
    expect(mapYear(DEFAULT_FILTERS, years)).toBe(2026);
  });

  it('keeps the year chosen in the filter bar, and the year range', () => {
    expect(mapYear({ ...DEFAULT_FILTERS, year: 2026 }, years)).toBe(2026);
    expect(mapYear({ ...DEFAULT_FILTERS, yearTo: 2024 }, years)).toBe(2024);
    // Only post-merger years in range: the map shows that year (and says what it cannot place).
    expect(mapYear({ ...DEFAULT_FILTERS, yearFrom: 2026 }, years)).toBe(2026);
    expect(mapYear(DEFAULT_FILTERS, [])).toBeNull();
  });
});

describe('mapFilters', () => {
  it('compares a change across 1 July 2025 in the 34 units, the chosen old provinces as their new units', () => {
    const in63 = { ...DEFAULT_FILTERS, layout: '63' as const, provinces: ['92', '93', '94', '01'] };
    expect(mapFilters(in63, 2025, 'change')).toMatchObject({ layout: '34', provinces: ['92', '01'] });
    expect(mapFilters(in63, 2026, 'change').layout).toBe('34');
  });

  it('keeps the chosen layout for a level, a change before the merger, and the 34 layout', () => {
    const in63 = { ...DEFAULT_FILTERS, layout: '63' as const, provinces: ['94'] };
    expect(mapFilters(in63, 2025, 'level')).toBe(in63);
    expect(mapFilters(in63, 2024, 'change')).toBe(in63);
    expect(mapFilters(DEFAULT_FILTERS, 2026, 'change')).toBe(DEFAULT_FILTERS);
  });
});
