import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import type { Database } from '../db/database';
import { runSql, sql } from '../db/sql';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { PROVINCES_34, PROVINCES_63 } from '../model/provinces';
import { mouFacts } from './facts';
import { availableYears, kpiSeries } from './overviewMetrics';
import { type ProvinceTableRow, provinceTable } from './provinceTable';

// These figures are the 63 layout's (history before the 2025 merger); the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

const filters = (change: Partial<FilterState>): FilterState => ({ ...FILTERS_63, ...change });
const sum = (rows: readonly ProvinceTableRow[], pick: (r: ProvinceTableRow) => number | null) =>
  rows.reduce((total, r) => total + (pick(r) ?? 0), 0);
const byCode = (rows: readonly ProvinceTableRow[], code: string, postMerger = false) =>
  rows.find((r) => r.code === code && r.postMerger === postMerger);

/** MoUs whose provinces the source does not state: in the KPIs, credited to no row of the table. */
async function notStatedMous(db: Database, f: FilterState): Promise<number> {
  const [row] = await runSql<{ n: number }>(
    db,
    sql`SELECT coalesce(sum(mous), 0)::INTEGER AS n FROM ${mouFacts(f)} WHERE unit_key IS NULL`,
  );
  return row?.n ?? 0;
}

/** The table's totals must be the overview's KPIs for the same filters (summed over the range where they are flows). */
async function expectTotalsMatchKpis(db: Database, f: FilterState) {
  const table = await provinceTable(db, f);
  const series = await kpiSeries(db, f);
  const at = (id: keyof typeof series, year: number | null) =>
    series[id].find((s) => s.year === year)?.value ?? null;
  const total = (id: keyof typeof series) => series[id].reduce((n, s) => n + s.value, 0);
  expect(sum(table.rows, (r) => r.ocopTotal)).toBe(total('ocopProducts'));
  expect(sum(table.rows, (r) => r.star3 + r.star4 + r.star5 + r.starPotential5 + r.starProposed5)).toBe(
    total('ocopProducts'),
  );
  expect(sum(table.rows, (r) => r.mous) + (await notStatedMous(db, f))).toBe(total('mous'));
  expect(sum(table.rows, (r) => (r.toHcmc ?? 0) + (r.toHanoi ?? 0))).toBe(
    at('distributionProducts', table.year) ?? 0,
  );
  const current = at('ocopProducts', table.year);
  const previous = at('ocopProducts', (table.year ?? 0) - 1);
  if (current === null) expect(table.rows.every((r) => r.ocopYear === null)).toBe(true);
  expect(sum(table.rows, (r) => r.ocopYear)).toBe(current ?? 0);
  if (previous === null) expect(table.rows.every((r) => r.ocopPrevious === null)).toBe(true);
  expect(sum(table.rows, (r) => r.ocopPrevious)).toBe(previous ?? 0);
  for (const r of table.rows) {
    const both = r.ocopYear !== null && r.ocopPrevious !== null;
    expect(r.ocopChange).toBe(both ? (r.ocopYear ?? 0) - (r.ocopPrevious ?? 0) : null);
  }
  return table;
}

describe('the provinces table on the real, sourced figures alone', () => {
  const db = bundledDatabaseForFile({ only: 'real' });

  it('lists every one of the 63 units, with or without data, in the statistics yearbook order', async () => {
    const { rows, year } = await provinceTable(db, FILTERS_63);
    expect(year).toBe(2024);
    expect(rows).toHaveLength(63);
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(PROVINCES_63.map((p) => p.code)));
    expect(rows.every((r) => r.layout === '63' && !r.postMerger && !r.illustrative)).toBe(true);
    expect(rows[0]?.name).toBe('Hà Giang'); // first of the northern midlands and mountains
    expect(rows.at(-1)?.name).toBe('Cà Mau');
    expect(byCode(rows, '01')).toMatchObject({ name: 'Hà Nội', star3: 88, star4: 207, starPotential5: 6 });
    expect(byCode(rows, '01')?.ocopTotal).toBe(301);
    expect(byCode(rows, '94')).toMatchObject({ star3: 75, star4: 24, ocopTotal: 99, mous: 56 });
    expect(byCode(rows, '10')).toMatchObject({ ocopTotal: 0, mous: 0, toHcmc: 0, toHanoi: 0 });
  });

  it('rolls Sóc Trăng’s 99 products into Cần Thơ in the 34 layout, with all 34 units listed', async () => {
    const { rows } = await provinceTable(db, filters({ layout: '34' }));
    expect(rows).toHaveLength(34);
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(PROVINCES_34.map((p) => p.code)));
    expect(byCode(rows, '92')).toMatchObject({ name: 'Cần Thơ', star3: 75, star4: 24, ocopTotal: 99 });
  });

  it('shows Đồng Tháp’s 300 products in HCMC channels in 2023, the stock of that year', async () => {
    const { rows, year } = await provinceTable(db, filters({ year: 2023 }));
    expect(year).toBe(2023);
    expect(byCode(rows, '87')).toMatchObject({ toHcmc: 300, toHanoi: 0 });
    expect(byCode((await provinceTable(db, filters({ year: 2024 }))).rows, '87')?.toHcmc).toBe(0);
  });

  it('compares 2020 with nothing: no OCOP data in 2019, so no change is shown', async () => {
    const { rows } = await provinceTable(db, filters({ year: 2020 }));
    expect(byCode(rows, '01')).toMatchObject({ ocopYear: 301, ocopChange: null });
    expect(rows.every((r) => r.ocopChange === null)).toBe(true);
    // 2024 has data (an event) but no OCOP rows: the compared-year column is empty, not zero.
    expect((await provinceTable(db, FILTERS_63)).rows.every((r) => r.ocopYear === null)).toBe(true);
  });

  it('keeps to the region and province filters, and its totals are the KPIs', async () => {
    const mekong = await provinceTable(db, filters({ regions: ['DBSCL'] }));
    expect(mekong.rows).toHaveLength(13);
    expect(mekong.rows.every((r) => r.region === 'DBSCL')).toBe(true);
    const two = await provinceTable(db, filters({ provinces: ['01', '94'] }));
    expect(two.rows.map((r) => r.name)).toEqual(['Hà Nội', 'Sóc Trăng']);
    for (const f of [
      FILTERS_63,
      filters({ layout: '34' }),
      filters({ stars: ['4'] }),
      filters({ year: 2023 }),
    ]) {
      await expectTotalsMatchKpis(db, f);
    }
  });
});

describe('the provinces table on all bundled data', () => {
  const db = bundledDatabaseForFile();

  it('adds post-merger units with data to the 63 layout, marked, after the old units of their region', async () => {
    const { rows, year } = await provinceTable(db, FILTERS_63);
    expect(year).toBe((await availableYears(db, FILTERS_63)).at(-1));
    const old = rows.filter((r) => !r.postMerger);
    const merged = rows.filter((r) => r.postMerger);
    expect(old).toHaveLength(63);
    expect(merged.length).toBeGreaterThan(0);
    expect(merged.every((r) => r.layout === '34' && r.unitKey.startsWith('34:'))).toBe(true);
    const canTho = byCode(rows, '92', true);
    expect(canTho?.name).toBe('Cần Thơ');
    expect(canTho?.illustrative).toBe(true);
    // Within a region the old units come first.
    const mekong = rows.filter((r) => r.region === 'DBSCL');
    expect(mekong.findIndex((r) => r.postMerger)).toBe(mekong.filter((r) => !r.postMerger).length);
  });

  it('compares no unit across the merger in the 63 layout, and every unit in the 34 layout', async () => {
    const old = await provinceTable(db, filters({ year: 2026 }));
    expect(old.year).toBe(2026);
    const hanoi = byCode(old.rows, '01');
    expect(hanoi).toMatchObject({ ocopYear: null, ocopChange: null, toHcmc: null, toHanoi: null });
    expect(hanoi?.ocopPrevious).toBeGreaterThan(0); // its 2025, which the totals row subtracts
    const newHanoi = byCode(old.rows, '01', true);
    expect(newHanoi?.ocopYear).toBeGreaterThan(0);
    expect(newHanoi).toMatchObject({ ocopPrevious: null, ocopChange: null });
    const rolledUp = byCode((await provinceTable(db, filters({ layout: '34', year: 2026 }))).rows, '01');
    expect(rolledUp?.ocopChange).toBe((newHanoi?.ocopYear ?? 0) - (hanoi?.ocopPrevious ?? 0));
    // Before the merger, a post-merger unit has no year of its own either.
    const y2024 = await provinceTable(db, filters({ year: 2024 }));
    expect(
      y2024.rows.filter((r) => r.postMerger).every((r) => r.ocopYear === null && r.toHcmc === null),
    ).toBe(true);
  });

  it('has totals equal to the overview KPIs under several filters', async () => {
    const cases = [
      FILTERS_63,
      filters({ layout: '34' }),
      filters({ year: 2023 }),
      filters({ year: 2026 }),
      filters({ layout: '34', year: 2026 }),
      filters({ yearFrom: 2021, yearTo: 2024 }),
      filters({ yearFrom: 2022, yearTo: 2024, year: 2022 }), // 2021 outside the range: no change shown
      filters({ regions: ['DBSCL', 'TN'], stars: ['3', '4'] }),
      filters({ destinations: ['hanoi'] }),
      filters({ groups: ['food'] }),
      filters({ layout: '34', provinces: ['92', '79'] }),
    ];
    for (const f of cases) await expectTotalsMatchKpis(db, f);
  });

  it('puts Sóc Trăng’s real 99 (2020) under Cần Thơ in the 34 layout, with Hậu Giang’s and Cần Thơ’s own', async () => {
    const f = filters({ layout: '34', yearFrom: 2020, yearTo: 2020 });
    const canTho = byCode((await provinceTable(db, f)).rows, '92');
    const old = (await provinceTable(db, filters({ yearFrom: 2020, yearTo: 2020 }))).rows;
    const parts = ['92', '93', '94'].map((code) => byCode(old, code)?.ocopTotal ?? Number.NaN);
    expect(parts[2]).toBe(99);
    expect(canTho?.ocopTotal).toBe(parts.reduce((a, b) => a + b, 0));
  });
});
