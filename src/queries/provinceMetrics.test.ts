import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import type { Database } from '../db/database';
import { runSql, sql } from '../db/sql';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { mouFacts } from './facts';
import { kpiSeries } from './overviewMetrics';
import { type ProvinceMetricRow, provinceMetric, provinceMetricSources } from './provinceMetrics';

// These figures are the 63 layout's (history before the 2025 merger); the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

const filters = (change: Partial<FilterState>): FilterState => ({ ...FILTERS_63, ...change });
const brief = (rows: readonly ProvinceMetricRow[]) =>
  rows.map((r) => [r.unitKey, r.value, r.previous, r.illustrative, r.postMerger]);
const total = (rows: readonly ProvinceMetricRow[]) => rows.reduce((sum, r) => sum + (r.value ?? 0), 0);

/** MoUs of a year whose provinces the source does not state: counted by the KPIs, credited to no province. */
async function notStatedMous(
  db: Database,
  f: FilterState,
  year: number,
): Promise<{ n: number; ill: number }> {
  const [row] = await runSql<{ n: number; ill: number }>(
    db,
    sql`SELECT coalesce(sum(mous), 0)::INTEGER AS n,
        coalesce(sum(mous) FILTER (WHERE data_kind = 'illustrative'), 0)::INTEGER AS ill
      FROM ${mouFacts(f)} WHERE unit_key IS NULL AND year = ${year}`,
  );
  return row ?? { n: 0, ill: 0 };
}

describe('province metrics on the real, sourced figures alone', () => {
  const db = bundledDatabaseForFile({ only: 'real' });

  it('gives Hà Nội 301 and Sóc Trăng 99 OCOP products in 2020 (63 layout)', async () => {
    const rows = await provinceMetric(db, FILTERS_63, 'ocopProducts', 2020);
    expect(brief(rows)).toEqual([
      ['63:01', 301, null, 0, false],
      ['63:94', 99, null, 0, false],
    ]);
    expect(rows[1]?.name).toBe('Sóc Trăng');
  });

  it('puts Sóc Trăng’s 99 under Cần Thơ (92) in the 34 layout', async () => {
    const rows = await provinceMetric(db, filters({ layout: '34' }), 'ocopProducts', 2020);
    expect(brief(rows)).toEqual([
      ['34:01', 301, null, 0, false],
      ['34:92', 99, null, 0, false],
    ]);
    expect(rows[1]?.name).toBe('Cần Thơ');
  });

  it('compares every province: the province filter does not narrow the map', async () => {
    const rows = await provinceMetric(db, filters({ provinces: ['94'] }), 'ocopProducts', 2020);
    expect(rows.map((r) => r.unitCode)).toEqual(['01', '94']);
  });

  it('applies the other filters: region, and star for the total', async () => {
    const delta = await provinceMetric(db, filters({ regions: ['DBSCL'] }), 'ocopProducts', 2020);
    expect(brief(delta)).toEqual([['63:94', 99, null, 0, false]]);
    const fourStar = await provinceMetric(db, filters({ stars: ['4'] }), 'ocopProducts', 2020);
    expect(fourStar.map((r) => r.value)).toEqual([207, 24]);
  });

  it('lets a star metric pick its own star whatever the star filter says', async () => {
    const rows = await provinceMetric(db, filters({ stars: ['3'] }), 'ocopStar4', 2020);
    expect(rows.map((r) => [r.unitCode, r.value])).toEqual([
      ['01', 207],
      ['94', 24],
    ]);
    const potential = await provinceMetric(db, FILTERS_63, 'ocopPotential5', 2020);
    expect(potential.map((r) => [r.unitCode, r.value])).toEqual([['01', 6]]);
  });

  it('reads the year before as `previous`, and no row as no data (null), not zero', async () => {
    const rows = await provinceMetric(db, FILTERS_63, 'ocopProducts', 2021);
    expect(brief(rows)).toEqual([
      ['63:01', null, 301, 0, false],
      ['63:94', null, 99, 0, false],
    ]);
  });

  it('counts MoUs as the overview does, and products by hub', async () => {
    // Sóc Trăng's 56 (Báo Sóc Trăng, 2020); Hanoi's event's 175 name no province: on no province.
    expect(total(await provinceMetric(db, FILTERS_63, 'mous', 2020))).toBe(56);
    expect(await notStatedMous(db, FILTERS_63, 2020)).toEqual({ n: 175, ill: 0 });
    const hcmc = await provinceMetric(db, filters({ destinations: ['hanoi'] }), 'distributionHcmc', 2023);
    expect(hcmc.map((r) => [r.unitCode, r.value])).toEqual([['87', 300]]);
    expect(await provinceMetric(db, FILTERS_63, 'distributionHanoi', 2023)).toEqual([]);
  });

  it('lists the sources of the real figures it shows', async () => {
    const sources = await provinceMetricSources(db, FILTERS_63, 'ocopProducts', [2020]);
    expect(sources).toHaveLength(2);
    expect(sources.some((s) => s.includes('Kinh tế & Đô thị'))).toBe(true);
    expect(sources.some((s) => s.includes('Báo Sóc Trăng'))).toBe(true);
    expect(await provinceMetricSources(db, FILTERS_63, 'ocopProducts', [2023])).toEqual([]);
  });
});

describe('province metrics on the whole bundled data', () => {
  const db = bundledDatabaseForFile();

  it('adds up to the overview’s KPIs in each layout and year', async () => {
    for (const layout of ['63', '34'] as const) {
      const f = filters({ layout });
      const kpis = await kpiSeries(db, f);
      for (const year of [2020, 2024, 2026]) {
        const kpi = (id: 'ocopProducts' | 'mous' | 'distributionProducts') =>
          kpis[id].find((s) => s.year === year) ?? { value: 0, illustrative: 0 };
        for (const id of ['ocopProducts', 'mous', 'distributionProducts'] as const) {
          const rows = await provinceMetric(db, f, id, year);
          const uncredited = id === 'mous' ? await notStatedMous(db, f, year) : { n: 0, ill: 0 };
          expect(total(rows) + uncredited.n, `${id} ${year} layout ${layout}`).toBe(kpi(id).value);
          expect(rows.reduce((s, r) => s + r.illustrative, 0) + uncredited.ill).toBe(kpi(id).illustrative);
        }
      }
    }
  });

  it('keeps 2026 figures under the new units, flagged, in the 63 layout', async () => {
    const rows = await provinceMetric(db, FILTERS_63, 'ocopProducts', 2026);
    const current = rows.filter((r) => r.value !== null);
    expect(current.length).toBeGreaterThan(0);
    expect(current.every((r) => r.postMerger && r.unitLayout === '34')).toBe(true);
    // The 2025 figures stay on the old provinces, as `previous`.
    expect(rows.filter((r) => r.previous !== null).every((r) => r.unitLayout === '63')).toBe(true);
  });
});
