import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../filters/filterState';
import { mapYear } from './mapData';

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
