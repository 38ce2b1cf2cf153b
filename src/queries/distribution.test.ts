import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import {
  productsByChannel,
  productsByDistributor,
  productsByOrigin,
  withinHubProducts,
} from './distribution';
import { kpiSeries } from './overviewMetrics';

// These figures are the 63 layout's (history before the 2025 merger); the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

const filters = (change: Partial<FilterState>): FilterState => ({ ...FILTERS_63, ...change });

/** Products per year of rows with a year and a product count. */
function byYear(rows: readonly { year: number; products: number }[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const r of rows) totals.set(r.year, (totals.get(r.year) ?? 0) + r.products);
  return totals;
}

describe('distribution on the real, sourced figures alone', () => {
  const db = bundledDatabaseForFile({ only: 'real' });

  it('puts Đồng Tháp’s 300 products on HCMC’s shelves in 2023, with no distributor or channel named', async () => {
    const origins = await productsByOrigin(db, FILTERS_63, 2023);
    expect(origins.map((o) => [o.name, o.toHcmc, o.toHanoi, o.illustrative])).toEqual([
      ['Đồng Tháp', 300, 0, 0],
    ]);
    expect(await productsByDistributor(db, FILTERS_63)).toEqual([
      { year: 2023, distributor: null, hubCode: '79', products: 300, illustrative: 0 },
    ]);
    expect(await productsByChannel(db, FILTERS_63)).toEqual([
      { year: 2023, channelType: null, products: 300, illustrative: 0 },
    ]);
    expect(await productsByOrigin(db, FILTERS_63, 2022)).toEqual([]);
    expect(await productsByOrigin(db, filters({ destinations: ['hanoi'] }), 2023)).toEqual([]);
  });
});

describe('distribution on all bundled data', () => {
  const db = bundledDatabaseForFile();

  it('keeps Đồng Tháp → HCMC 2023 at the article’s 300 products', async () => {
    // The generator writes no illustrative row in a cell a real figure covers (data/README.md).
    const dongThap = await productsByOrigin(db, filters({ provinces: ['87'] }), 2023);
    expect(dongThap.map((o) => [o.name, o.toHcmc, o.illustrative])).toEqual([['Đồng Tháp', 300, 0]]);
    const hcmc = await productsByOrigin(db, filters({ provinces: ['87'], destinations: ['hcmc'] }), 2023);
    expect(hcmc[0]?.toHcmc).toBe(300);
    expect(hcmc[0]?.toHanoi).toBe(0);
  });

  const cases: [string, FilterState][] = [
    ['default', FILTERS_63],
    ['34 layout', filters({ layout: '34' })],
    [
      'Hanoi, food, North',
      filters({ destinations: ['hanoi'], groups: ['food'], regions: ['TDMNPB', 'DBSH'] }),
    ],
  ];
  for (const [name, f] of cases) {
    it(`adds up, year by year, to the KPI of products entering HCMC and Hanoi (${name})`, async () => {
      const kpi = new Map((await kpiSeries(db, f)).distributionProducts.map((y) => [y.year, y.value]));
      expect(kpi.size).toBeGreaterThan(0);
      expect(byYear(await productsByDistributor(db, f))).toEqual(kpi);
      expect(byYear(await productsByChannel(db, f))).toEqual(kpi);
      for (const [year, value] of kpi) {
        const origins = await productsByOrigin(db, f, year);
        const fromOrigins = origins.reduce((s, o) => s + o.toHcmc + o.toHanoi, 0);
        expect(fromOrigins + (await withinHubProducts(db, f, year)), String(year)).toBe(value);
      }
    });
  }

  it('does not count a merged province’s products in its own hub as entering it', async () => {
    expect(await withinHubProducts(db, FILTERS_63, 2024)).toBe(0);
    const merged = await withinHubProducts(db, filters({ layout: '34' }), 2024);
    expect(merged).toBeGreaterThan(0);
    const origins = await productsByOrigin(db, filters({ layout: '34' }), 2024);
    expect(origins.find((o) => o.unitCode === '79')?.toHcmc ?? 0).toBe(0);
  });

  it('names the distributors as data/README.md does, one hub or both', async () => {
    const rows = await productsByDistributor(db, FILTERS_63);
    const hubs = new Map<string | null, Set<string>>();
    for (const r of rows) hubs.set(r.distributor, (hubs.get(r.distributor) ?? new Set()).add(r.hubCode));
    expect(Object.fromEntries([...hubs].map(([d, h]) => [String(d), [...h].sort()]))).toEqual({
      'Bách Hóa Xanh': ['79'],
      'BRG Retail': ['01'],
      'Central Retail (Big C)': ['01', '79'],
      'MM Mega Market': ['01', '79'],
      'Saigon Co.op': ['79'],
      VinaGreenCo: ['79'],
      null: ['01', '79'],
    });
  });
});
