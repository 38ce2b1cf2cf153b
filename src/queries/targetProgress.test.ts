import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { runSql, sql } from '../db/sql';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { kpiSeries } from './overviewMetrics';
import { targetProgress } from './targetProgress';

const db = bundledDatabaseForFile();

describe('progress against targets', () => {
  it('sets each national target against the same total the KPI cards show', async () => {
    const year = 2024;
    const rows = await targetProgress(db, DEFAULT_FILTERS, year);
    const series = await kpiSeries(db, DEFAULT_FILTERS);
    const national = (metric: string) => rows.find((r) => r.metric === metric && r.unitKey === 'all');
    expect(national('ocop_products')?.actual).toBe(series.ocopProducts.find((s) => s.year === year)?.value);
    expect(national('mous_signed')?.actual).toBe(series.mous.find((s) => s.year === year)?.value);
    expect(national('products_in_hcmc_hanoi')?.actual).toBe(
      series.distributionProducts.find((s) => s.year === year)?.value,
    );
    const [raw] = await runSql<{ n: number }>(
      db,
      sql`SELECT sum(target)::DOUBLE AS n FROM targets WHERE year = ${year} AND metric = 'ocop_products' AND province_code = 'all'`,
    );
    expect(national('ocop_products')?.target).toBe(raw?.n);
  });

  it('asks for what was achieved in the same words under any filter but the layout and the year', async () => {
    // The page's database answers a query it has seen from its cache: this one runs once per layout and year.
    const asked: string[][] = [];
    const recording = {
      ...db,
      query: <Row extends object>(text: string, params?: readonly unknown[]) => {
        asked.at(-1)?.push(JSON.stringify([text, params ?? []]));
        return db.query<Row>(text, params as never);
      },
    };
    const states: FilterState[] = [
      DEFAULT_FILTERS,
      { ...DEFAULT_FILTERS, regions: ['DBSCL'] },
      { ...DEFAULT_FILTERS, stars: ['4'], groups: ['food'], yearFrom: 2022 },
    ];
    for (const filters of states) {
      asked.push([]);
      await targetProgress(recording, filters, 2024);
    }
    const shared = asked
      .map((queries) => new Set(queries))
      .reduce((a, b) => new Set([...a].filter((q) => b.has(q))));
    expect(shared.size).toBe(1);
    asked.push([]);
    await targetProgress(recording, { ...DEFAULT_FILTERS, layout: '63' }, 2024);
    expect(asked.at(-1)?.some((q) => shared.has(q))).toBe(false);
  });

  it('shows only the targets of the filtered provinces, with their own actual figures', async () => {
    const all = await targetProgress(db, DEFAULT_FILTERS, 2024);
    const provincial = all.find((r) => r.unitKey !== 'all');
    expect(provincial).toBeDefined();
    const code = provincial?.unitCode ?? '';
    const rows = await targetProgress(db, { ...DEFAULT_FILTERS, provinces: [code] }, 2024);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.unitCode === code)).toBe(true);
    const series = await kpiSeries(db, { ...DEFAULT_FILTERS, provinces: [code] });
    const ocop = rows.find((r) => r.metric === 'ocop_products');
    if (ocop) expect(ocop.actual).toBe(series.ocopProducts.find((s) => s.year === 2024)?.value ?? 0);
  });

  it('ignores the star filter: a target is set on the total', async () => {
    const plain = await targetProgress(db, DEFAULT_FILTERS, 2024);
    const starred = await targetProgress(db, { ...DEFAULT_FILTERS, stars: ['5'] }, 2024);
    expect(starred).toEqual(plain);
  });
});

describe('a hub’s own MoU target', () => {
  it('counts the MoUs the hub signed, which are attributed to partners elsewhere', async () => {
    const rows = await targetProgress(db, DEFAULT_FILTERS, 2024);
    const hub = rows.find((r) => r.metric === 'mous_signed' && (r.unitCode === '79' || r.unitCode === '01'));
    expect(hub).toBeDefined();
    const series = await kpiSeries(db, {
      ...DEFAULT_FILTERS,
      destinations: [hub?.unitCode === '79' ? 'hcmc' : 'hanoi'],
    });
    expect(hub?.actual).toBe(series.mous.find((s) => s.year === 2024)?.value);
  });
});
