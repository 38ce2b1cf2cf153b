import { beforeAll, describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { materializeFacts } from '../db/materializeFacts';
import { runSql, sql } from '../db/sql';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { productsByOrigin } from './distribution';
import { ocopFacts } from './facts';
import { kpiSeries, ocopByYearAndStar } from './overviewMetrics';

// These figures are the 63 layout's (history before the 2025 merger); the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

const filters = (change: Partial<FilterState>): FilterState => ({ ...FILTERS_63, ...change });
const valueIn = (series: readonly { year: number; value: number }[], year: number) =>
  series.find((s) => s.year === year)?.value;

describe('metrics on the real, sourced figures alone', () => {
  const db = bundledDatabaseForFile({ only: 'real' });

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
    expect(series.ocopProducts).toMatchObject([{ year: 2020, value: 207 + 24, illustrative: 0 }]);
    expect((await kpiSeries(db, filters({ yearFrom: 2021 }))).ocopProducts).toEqual([]);
  });

  it('counts the MoUs of both conferences and splits them by hub', async () => {
    expect(valueIn((await kpiSeries(db, FILTERS_63)).mous, 2020)).toBe(175 + 56);
    // Hanoi's July 2020 event: no party is Hà Nội (Kinh tế & Đô thị, 2020), so not a Hanoi MoU.
    expect((await kpiSeries(db, filters({ destinations: ['hanoi'] }))).mous).toEqual([]);
    expect((await kpiSeries(db, filters({ destinations: ['hcmc'] }))).mous).toEqual([]);
  });

  it('links Đồng Tháp to HCMC through its 300 products, not the unnamed MoU counterparts', async () => {
    const series = await kpiSeries(db, FILTERS_63);
    expect(series.linkedProvinces).toMatchObject([
      { year: 2023, value: 1, illustrative: 0, countedIn34: false },
    ]);
    expect(series.distributionProducts).toMatchObject([{ year: 2023, value: 300, illustrative: 0 }]);
    expect(series.events.map((e) => [e.year, e.value])).toEqual([
      [2020, 2],
      [2024, 1],
    ]);
    const partners = await productsByOrigin(db, FILTERS_63, 2023, 10);
    expect(partners.map((p) => [p.name, p.toHcmc, p.toHanoi])).toEqual([['Đồng Tháp', 300, 0]]);
  });
});

describe('a year that spans 1 July 2025', () => {
  const db = bundledDatabaseForFile({ only: 'real' });
  beforeAll(async () => {
    // Long An (63 layout, 80) before the merger and Tây Ninh (34 layout, 80), which took it in, after.
    await runSql(
      db,
      sql`INSERT INTO mous BY NAME SELECT * FROM (VALUES
        (DATE '2025-03-01', 'TP. Hồ Chí Minh', '79', '63', 'Long An', '80', '63', 'gov_gov', 2),
        (DATE '2025-09-01', 'TP. Hồ Chí Minh', '79', '34', 'Tây Ninh', '80', '34', 'gov_gov', 3)
      ) AS t(date, party_a, party_a_province_code, party_a_province_layout, party_b, party_b_province_code,
        party_b_province_layout, mou_type, count)`,
    );
    await materializeFacts(db);
  });

  it('counts a province once, in the 34 units, even in the 63 layout', async () => {
    const in63 = (await kpiSeries(db, FILTERS_63)).linkedProvinces.find((p) => p.year === 2025);
    expect(in63).toMatchObject({ value: 1, value34: 1, countedIn34: true });
    const in34 = (await kpiSeries(db, DEFAULT_FILTERS)).linkedProvinces.find((p) => p.year === 2025);
    expect(in34).toMatchObject({ value: 1, countedIn34: false });
    expect((await kpiSeries(db, FILTERS_63)).mous.find((p) => p.year === 2025)?.value).toBe(5);
  });
});

describe('metrics on all bundled data', () => {
  const db = bundledDatabaseForFile();

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
      sql`SELECT year, post_merger AS post, count(*)::INTEGER AS n FROM ${ocopFacts(FILTERS_63)} GROUP BY ALL ORDER BY ALL`,
    );
    expect(rows.filter((r) => r.post).every((r) => r.year >= 2026)).toBe(true);
    expect(rows.some((r) => r.post && r.year === 2026)).toBe(true);
  });

  it('never counts more provinces than its layout has units, in any year', async () => {
    for (const layout of ['63', '34'] as const) {
      const { linkedProvinces } = await kpiSeries(db, filters({ layout }));
      expect(linkedProvinces.length).toBeGreaterThan(0);
      for (const point of linkedProvinces) {
        expect(point.value, `${layout} layout, ${point.year}`).toBeLessThanOrEqual(Number(layout));
        expect(point.value34, `${layout} layout, ${point.year}`).toBeLessThanOrEqual(34);
      }
    }
    // The default (34) layout counts the same units as the 34 count of the 63 layout.
    const in34 = (await kpiSeries(db, DEFAULT_FILTERS)).linkedProvinces;
    const from63 = (await kpiSeries(db, FILTERS_63)).linkedProvinces;
    expect(from63.map((p) => [p.year, p.value34])).toEqual(in34.map((p) => [p.year, p.value]));
  });

  it('marks the illustrative share of every figure', async () => {
    const series = await kpiSeries(db, FILTERS_63);
    const y2020 = series.ocopProducts.find((s) => s.year === 2020);
    expect(y2020 && y2020.value - y2020.illustrative).toBe(400);
    expect(series.linkedProvinces.find((s) => s.year === 2024)?.value).toBeGreaterThanOrEqual(40);
  });
});
