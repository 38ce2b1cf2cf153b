import { describe, expect, it } from 'vitest';
import { defaultKpiYear } from '../filters/kpiYear';
import { comparableTrend, compareWithPreviousYear } from './kpiComparison';

const series = [
  { year: 2022, value: 0, illustrative: 0 },
  { year: 2023, value: 120, illustrative: 0 },
  { year: 2024, value: 150, illustrative: 30 },
  { year: 2026, value: 90, illustrative: 90 },
];

describe('a KPI against the year before', () => {
  it('gives the absolute and relative change', () => {
    expect(compareWithPreviousYear(series, 2024)).toMatchObject({ delta: 30, ratio: 0.25 });
  });

  it('says nothing about change when the previous year has no data', () => {
    expect(compareWithPreviousYear(series, 2026)).toMatchObject({ previous: null, delta: null, ratio: null });
    expect(compareWithPreviousYear(series, 2022)).toMatchObject({ previous: null, delta: null });
  });

  it('gives no percentage from a zero base', () => {
    expect(compareWithPreviousYear(series, 2023)).toMatchObject({ delta: 120, ratio: null });
  });

  it('has no current value for a year without data', () => {
    expect(compareWithPreviousYear(series, 2025)).toMatchObject({ current: null, delta: null });
  });

  it('defaults to the latest year in the range', () => {
    expect(defaultKpiYear([2019, 2020, 2026], null, null)).toBe(2026);
    expect(defaultKpiYear([2019, 2020, 2026], null, 2025)).toBe(2020);
    expect(defaultKpiYear([2019], 2020, null)).toBeNull();
  });
});

describe('a count of provinces across the 2025 merger (63 layout)', () => {
  // 2024 counts 40 of the 63 units (32 of the 34); 2025 has rows of both layouts, so it counts the 34.
  const provinces = [
    { year: 2024, value: 40, illustrative: 0, value34: 32, illustrative34: 0, countedIn34: false },
    { year: 2025, value: 30, illustrative: 0, value34: 30, illustrative34: 0, countedIn34: true },
  ];

  it('compares both years in the 34 units, and says so', () => {
    expect(compareWithPreviousYear(provinces, 2025)).toMatchObject({
      current: { value: 30 },
      previous: { value: 32 },
      delta: -2,
      in34Units: true,
    });
  });

  it('keeps the 63 count where no year of the comparison spans the merger', () => {
    expect(compareWithPreviousYear(provinces, 2024)).toMatchObject({
      current: { value: 40 },
      in34Units: false,
    });
  });

  it('draws the trend in the 34 units throughout', () => {
    expect(comparableTrend(provinces).map((p) => p.value)).toEqual([32, 30]);
    expect(comparableTrend(series)).toBe(series);
  });
});
