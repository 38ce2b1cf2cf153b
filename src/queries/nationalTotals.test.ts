import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { nationalTotalAsOf, nationalTotals } from './nationalTotals';

describe('published national figures (data/real/national_totals.csv)', () => {
  const db = bundledDatabaseForFile({ only: 'real' });

  it('loads every published figure with its source, oldest first', async () => {
    const rows = await nationalTotals(db);
    expect(rows.map((r) => [r.date, r.products, r.fiveStar])).toEqual([
      ['2022-01-01', 5401, 20], // Báo Tuyên Quang, after Hànộimới, early 2022
      ['2022-12-31', 8689, null], // Tạp chí Du lịch TP.HCM, Central NTM Coordination Office, 31/12/2022
      ['2023-12-06', 10322, 42], // Liên minh HTX TP.HCM, after baotintuc.vn
      ['2024-12-31', 15590, 79], // Thương hiệu & Sản phẩm, "… Mừng nhưng chưa vui"
      ['2025-12-20', 18243, null], // Thời báo Tài chính Việt Nam, Festival OCOP Việt Nam 2025
    ]);
    expect(rows.every((r) => r.dataKind === 'real' && (r.source ?? '').length > 20)).toBe(true);
    expect(rows.find((r) => r.products === 15590)).toMatchObject({
      threeStarShare: 76.2,
      fourStarShare: 22.9,
    });
    expect(rows[0]?.source).toContain('Báo Tuyên Quang');
    expect(rows[3]?.source).toContain('Mừng nhưng chưa vui');
  });

  it('gives the latest figure dated in or before a year', async () => {
    expect((await nationalTotalAsOf(db, 2024))?.products).toBe(15590);
    expect((await nationalTotalAsOf(db, 2026))?.products).toBe(18243);
    expect(await nationalTotalAsOf(db, 2021)).toBeNull();
  });
});
