import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { startNodeDatabaseWithBundledData } from '../db/nodeBundledData';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { ocopFacts } from './facts';
import { kpiSeries, ocopByYearAndStar, topPartners } from './overviewMetrics';
import { runSql, sql } from './sql';

const filters = (change: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...change });
const valueIn = (series: readonly { year: number; value: number }[], year: number) =>
  series.find((s) => s.year === year)?.value;

describe('metrics on the real, sourced figures alone', () => {
  let db: Database;
  beforeAll(async () => {
    db = await startNodeDatabaseWithBundledData({ only: 'real' });
  });
  afterAll(async () => db.close());

  it('gives Hà Nội 2020 by star as the article does: 88 / 207 / 6', async () => {
    const rows = await ocopByYearAndStar(db, filters({ provinces: ['01'] }));
    expect(rows.map((r) => [r.year, r.star, r.products])).toEqual([
      [2020, '3', 88],
      [2020, '4', 207],
      [2020, 'potential-5', 6],
    ]);
  });

  it('shows Sóc Trăng under itself in the 63 layout and under Cần Thơ in the 34 layout', async () => {
    const products = async (f: FilterState) =>
      (
        await runSql<{ n: number }>(
          db,
          sql`SELECT coalesce(sum(products), 0)::INTEGER AS n FROM ${ocopFacts(f)}`,
        )
      )[0]?.n;
    expect(await products(filters({ provinces: ['94'] }))).toBe(99);
    expect(await products(filters({ provinces: ['92'] }))).toBe(0);
    expect(await products(filters({ layout: '34', provinces: ['92'] }))).toBe(99);
    expect(await products(filters({ layout: '34', regions: ['DBSCL'] }))).toBe(99);
    expect(await products(filters({ layout: '34', regions: ['DBSH'] }))).toBe(301);
  });

  it('filters by star and year range', async () => {
    const series = await kpiSeries(db, filters({ stars: ['4'], yearFrom: 2020, yearTo: 2020 }));
    expect(series.ocopProducts).toEqual([{ year: 2020, value: 207 + 24, illustrative: 0 }]);
    expect((await kpiSeries(db, filters({ yearFrom: 2021 }))).ocopProducts).toEqual([]);
  });

  it('counts the MoUs of both conferences and splits them by hub', async () => {
    expect(valueIn((await kpiSeries(db, DEFAULT_FILTERS)).mous, 2020)).toBe(175 + 56);
    // Hanoi's July 2020 event: no party is Hà Nội (Kinh tế & Đô thị, 2020), so not a Hanoi MoU.
    expect((await kpiSeries(db, filters({ destinations: ['hanoi'] }))).mous).toEqual([]);
    expect((await kpiSeries(db, filters({ destinations: ['hcmc'] }))).mous).toEqual([]);
  });

  it('links Đồng Tháp to HCMC through its 300 products, not the unnamed MoU counterparts', async () => {
    const series = await kpiSeries(db, DEFAULT_FILTERS);
    expect(series.linkedProvinces).toEqual([{ year: 2023, value: 1, illustrative: 0 }]);
    expect(series.distributionProducts).toEqual([{ year: 2023, value: 300, illustrative: 0 }]);
    expect(series.events.map((e) => [e.year, e.value])).toEqual([
      [2020, 2],
      [2024, 1],
    ]);
    const partners = await topPartners(db, DEFAULT_FILTERS, 2023);
    expect(partners.map((p) => [p.name, p.toHcmc, p.toHanoi])).toEqual([['Đồng Tháp', 300, 0]]);
  });
});

describe('metrics on all bundled data', () => {
  let db: Database;
  beforeAll(async () => {
    db = await startNodeDatabaseWithBundledData();
  });
  afterAll(async () => db.close());

  it('adds up to the raw table, in both layouts', async () => {
    const raw = await runSql<{ year: number; n: number }>(
      db,
      sql`SELECT year, sum(count)::INTEGER AS n FROM ocop_products GROUP BY year ORDER BY year`,
    );
    for (const layout of ['63', '34'] as const) {
      const series = await kpiSeries(db, filters({ layout }));
      expect(series.ocopProducts.map((s) => [s.year, s.value])).toEqual(raw.map((r) => [r.year, r.n]));
    }
  });

  it('keeps post-merger rows under their new unit in the 63 layout, flagged', async () => {
    const rows = await runSql<{ year: number; post: boolean; n: number }>(
      db,
      sql`SELECT year, post_merger AS post, count(*)::INTEGER AS n FROM ${ocopFacts(DEFAULT_FILTERS)} GROUP BY ALL ORDER BY ALL`,
    );
    expect(rows.filter((r) => r.post).every((r) => r.year >= 2026)).toBe(true);
    expect(rows.some((r) => r.post && r.year === 2026)).toBe(true);
  });

  it('marks the illustrative share of every figure', async () => {
    const series = await kpiSeries(db, DEFAULT_FILTERS);
    const y2020 = series.ocopProducts.find((s) => s.year === 2020);
    expect(y2020 && y2020.value - y2020.illustrative).toBe(400);
    expect(series.linkedProvinces.find((s) => s.year === 2024)?.value).toBeGreaterThanOrEqual(40);
  });
});
