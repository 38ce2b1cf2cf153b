import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { startNodeDatabaseWithBundledData } from '../db/nodeBundledData';
import { ocopByYearAndStar, ocopTotal } from './ocopOverview';

describe('overview OCOP metrics on the real, sourced figures alone', () => {
  let db: Database;
  beforeAll(async () => {
    db = await startNodeDatabaseWithBundledData({ only: 'real' });
  });
  afterAll(async () => db.close());

  it('adds Hà Nội (88/207/6) and Sóc Trăng (75/24) for 2020', async () => {
    const rows = await ocopByYearAndStar(db);
    const y2020 = Object.fromEntries(rows.filter((r) => r.year === 2020).map((r) => [r.star, r.products]));
    expect(y2020).toEqual({ '3': 88 + 75, '4': 207 + 24, 'potential-5': 6 });
    expect(rows.every((r) => r.illustrativeProducts === 0)).toBe(true);
  });

  it('totals what the yearly chart shows, with sources and no illustrative share', async () => {
    const total = await ocopTotal(db);
    const rows = await ocopByYearAndStar(db);
    expect(total.products).toBe(rows.reduce((sum, r) => sum + r.products, 0));
    expect(total.illustrativeProducts).toBe(0);
    expect(total.sources.some((s) => s.startsWith('Kinh tế & Đô thị'))).toBe(true);
    expect(total.sources.some((s) => s.startsWith('Báo Sóc Trăng'))).toBe(true);
  });
});

describe('overview OCOP metrics on all bundled data', () => {
  let db: Database;
  beforeAll(async () => {
    db = await startNodeDatabaseWithBundledData();
  });
  afterAll(async () => db.close());

  it('keeps the illustrative share apart from the real figures', async () => {
    const total = await ocopTotal(db);
    const rows = await ocopByYearAndStar(db);
    expect(total.products).toBe(rows.reduce((sum, r) => sum + r.products, 0));
    expect(total.illustrativeProducts).toBe(rows.reduce((sum, r) => sum + r.illustrativeProducts, 0));
    expect(total.products - total.illustrativeProducts).toBeGreaterThanOrEqual(400);
  });
});
