import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { startNodeDatabaseWithBundledData } from '../../db/nodeBundledData';
import { DEFAULT_FILTERS } from '../../filters/filterState';
import { csvForReader } from '../../model/csv';
import { choiceLabel, STAR_LEVELS, type StarLevelId } from '../../model/ocop';
import { kpiSeries, ocopByYearAndStar, topPartners } from '../../queries/overviewMetrics';
import { linkageTrendTable, ocopByStarTable, topPartnersTable } from './overviewTables';

let db: Database;
beforeAll(async () => {
  db = await startNodeDatabaseWithBundledData();
});
afterAll(async () => {
  await db?.close();
});

const starLabel = (star: string) => choiceLabel(STAR_LEVELS, star as StarLevelId, 'vi');

describe('the rows behind the overview charts', () => {
  it('writes Hà Nội’s 2020 stars as the SQL gives them, headed in Vietnamese', async () => {
    const filters = { ...DEFAULT_FILTERS, provinces: ['01'], yearFrom: 2020, yearTo: 2020 };
    const table = ocopByStarTable(await ocopByYearAndStar(db, filters), starLabel, 'vi');
    expect(table.columns.map((c) => c.label)).toEqual([
      'Năm',
      'Hạng sao',
      'Số sản phẩm',
      'Trong đó dữ liệu minh họa',
    ]);
    expect(table.rows).toEqual([
      { year: 2020, star: '3 sao', products: 88, illustrative: 0 },
      { year: 2020, star: '4 sao', products: 207, illustrative: 0 },
      { year: 2020, star: 'Tiềm năng 5 sao', products: 6, illustrative: 0 },
    ]);
    const csv = csvForReader(
      [
        table.columns.map((c) => c.label),
        ...table.rows.map((r) => table.columns.map((c) => r[c.key] ?? null)),
      ],
      'vi',
    );
    expect(csv).toBe(
      '\uFEFF"Năm";"Hạng sao";"Số sản phẩm";"Trong đó dữ liệu minh họa"\r\n' +
        '2020;"3 sao";88;0\r\n2020;"4 sao";207;0\r\n2020;"Tiềm năng 5 sao";6;0\r\n',
    );
  });

  it('puts MoUs and products of a year on one row, a missing one left empty', async () => {
    const series = await kpiSeries(db, DEFAULT_FILTERS);
    const table = linkageTrendTable(series.mous, series.distributionProducts, 'vi');
    const years = [...new Set([...series.mous, ...series.distributionProducts].map((p) => p.year))];
    expect(table.rows.map((r) => r.year)).toEqual(years.sort((a, b) => a - b));
    for (const row of table.rows) {
      expect(row.mous).toBe(series.mous.find((p) => p.year === row.year)?.value ?? null);
      expect(row.products).toBe(series.distributionProducts.find((p) => p.year === row.year)?.value ?? null);
    }
    const empty = linkageTrendTable([{ year: 2020, value: 56, illustrative: 0 }], [], 'en');
    expect(empty.rows).toEqual([
      { year: 2020, mous: 56, mousIllustrative: 0, products: null, productsIllustrative: null },
    ]);
  });

  it('ranks the partners as the chart does, with totals', async () => {
    const partners = await topPartners(db, DEFAULT_FILTERS, 2024);
    const table = topPartnersTable(partners, (p) => p.name, 'vi');
    expect(table.rows.map((r) => r.province)).toEqual(partners.map((p) => p.name));
    for (const row of table.rows) expect(row.total).toBe(Number(row.toHcmc) + Number(row.toHanoi));
    const totals = table.rows.map((r) => Number(r.total));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });
});
