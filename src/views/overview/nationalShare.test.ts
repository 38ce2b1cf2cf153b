import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../filters/filterState';
import type { NationalTotal } from '../../queries/nationalTotals';
import { nationalShare } from './nationalShare';

const dec2024: NationalTotal = {
  date: '2024-12-31',
  year: 2024,
  products: 15_590,
  fiveStar: 79,
  threeStarShare: 76.2,
  fourStarShare: 22.9,
  source: 'Thương hiệu & Sản phẩm',
  dataKind: 'real',
};
const series = [
  { year: 2023, value: 1_000, illustrative: 1_000 },
  { year: 2024, value: 559, illustrative: 500 },
  { year: 2025, value: 800, illustrative: 800 },
];

describe('a filtered total against the nation', () => {
  it('adds every year to the end of the national figure’s year, and gives the share when filtered', () => {
    expect(nationalShare(series, dec2024, { ...DEFAULT_FILTERS, regions: ['TN'] })).toEqual({
      national: dec2024,
      cumulative: 1_559,
      illustrative: 1_500,
      share: 0.1,
    });
  });

  it('gives no share for the whole data: the two are the same total, set side by side', () => {
    expect(nationalShare(series, dec2024, DEFAULT_FILTERS)?.share).toBeNull();
  });

  it('says nothing when a year range cuts the start off, or without a national figure', () => {
    expect(nationalShare(series, dec2024, { ...DEFAULT_FILTERS, yearFrom: 2024 })).toBeNull();
    expect(nationalShare(series, null, DEFAULT_FILTERS)).toBeNull();
    expect(nationalShare([{ year: 2025, value: 1, illustrative: 0 }], dec2024, DEFAULT_FILTERS)).toBeNull();
  });
});
