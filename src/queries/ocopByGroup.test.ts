import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { ocopByGroup } from './ocopByGroup';
import { kpiSeries } from './overviewMetrics';

const filters = (change: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...change });

describe('OCOP products of a year by product group', () => {
  const db = bundledDatabaseForFile();
  const real = bundledDatabaseForFile({ only: 'real' });

  it('adds up to the OCOP KPI of the year, for the default and for filtered states', async () => {
    const states = [
      DEFAULT_FILTERS,
      filters({ layout: '63' }),
      filters({ stars: ['4'] }),
      filters({ regions: ['DBSCL'] }),
      filters({ provinces: ['82'] }),
    ];
    for (const state of states) {
      const series = (await kpiSeries(db, state)).ocopProducts;
      for (const point of series) {
        const groups = await ocopByGroup(db, state, point.year);
        expect(groups.reduce((sum, g) => sum + g.products, 0)).toBe(point.value);
        expect(groups.reduce((sum, g) => sum + g.illustrative, 0)).toBe(point.illustrative);
      }
    }
  });

  it('lists the groups with the most products first', async () => {
    const groups = await ocopByGroup(db, DEFAULT_FILTERS, 2026);
    expect(groups.length).toBeGreaterThan(1);
    const counts = groups.map((g) => g.products);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('keeps only the chosen group when the group filter is set', async () => {
    const groups = await ocopByGroup(db, filters({ groups: ['beverage'] }), 2026);
    expect(groups.map((g) => g.group)).toEqual(['beverage']);
  });

  it('gives the real 2020 figures (Hà Nội 301, Sóc Trăng 99) as real, and nothing for a year without rows', async () => {
    const groups = await ocopByGroup(real, DEFAULT_FILTERS, 2020);
    expect(groups.reduce((sum, g) => sum + g.products, 0)).toBe(400);
    expect(groups.every((g) => g.illustrative === 0)).toBe(true);
    expect(await ocopByGroup(real, DEFAULT_FILTERS, 2026)).toEqual([]);
  });
});
