import { describe, expect, it } from 'vitest';
import { defaultKpiYear } from '../../filters/kpiYear';
import { compareWithPreviousYear } from './kpiComparison';

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
