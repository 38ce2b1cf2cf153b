/**
 * The figures of the seed articles come back exactly from SQL over the bundled data, loaded the way the
 * app loads it, with and without the data_kind filter (so the illustrative data adds nothing to them).
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../e2e/fixtures/database.ts';
import { bundledFilesOnDisk } from '../src/db/nodeBundledData.ts';
import { ingestCsv } from '../src/ingest/ingestCsv.ts';

const db = bundledDatabaseForFile();

const REAL_ONLY = "AND data_kind = 'real'";

async function byKey(
  sql: string,
  params: readonly (string | number)[] = [],
): Promise<Record<string, number>> {
  const rows = await db.query<{ k: string; n: number }>(sql, params);
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

describe('every bundled file', () => {
  it('ingests with zero rejected rows', () => {
    const files = bundledFilesOnDisk();
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'real/ocop_products.csv',
        'real/mous.csv',
        'real/events.csv',
        'real/distribution.csv',
        'illustrative/ocop_products.csv',
        'illustrative/mous.csv',
        'illustrative/distribution.csv',
        'illustrative/events.csv',
        'illustrative/targets.csv',
      ]),
    );
    for (const file of files) {
      const result = ingestCsv(
        new Uint8Array(readFileSync(resolve(import.meta.dirname, '..', 'data', file.path))),
        {
          dataset: file.dataset,
        },
      );
      expect(result.error, file.path).toBeUndefined();
      expect(result.table.rejected, file.path).toEqual([]);
      expect(result.table.rows.length, file.path).toBeGreaterThan(0);
      const expectedKind = file.path.startsWith('real/') ? 'real' : 'illustrative';
      for (const row of result.table.rows) {
        expect(row.data_kind, file.path).toBe(expectedKind);
        expect(row.source, file.path).not.toBeNull();
      }
    }
  });
});

describe('OCOP products by star (seeds 002 and 004)', () => {
  const sql = (filter: string) =>
    `SELECT star AS k, sum(count)::INTEGER AS n FROM ocop_products
      WHERE province_code = ? AND province_layout = '63' AND year = 2020 ${filter} GROUP BY star`;

  it('Hà Nội 2020: 88 three-star, 207 four-star, 6 potential 5-star (301), then 1,054 by the end of the year', async () => {
    const expected = { '3': 88, '4': 207, 'potential-5': 6 };
    expect(await byKey(sql(REAL_ONLY), ['01'])).toEqual(expected);
    // The 301 were counted in mid-2020; 1,054 were rated in 2019–2020, 4 of them five-star (nongnghiep.vn).
    const all = await byKey(sql(''), ['01']);
    for (const [star, n] of Object.entries(expected)) expect(all[star]).toBeGreaterThanOrEqual(n);
    expect(Object.values(all).reduce((a, b) => a + b, 0)).toBe(1054);
    expect(all['5']).toBe(4);
  });

  it('Sóc Trăng 2020: 75 three-star, 24 four-star (99)', async () => {
    const expected = { '3': 75, '4': 24 };
    expect(await byKey(sql(REAL_ONLY), ['94'])).toEqual(expected);
    expect(await byKey(sql(''), ['94'])).toEqual(expected);
  });

  it('a published cumulative total is the whole stock up to its date: nothing illustrative before it', async () => {
    const rows = await db.query<{ province_code: string; n: number }>(
      `SELECT province_code, sum(count)::INTEGER AS n FROM ocop_products
        WHERE province_layout = '63' AND province_code IN ('01', '94') AND year <= 2020
        GROUP BY province_code ORDER BY province_code`,
    );
    // Hà Nội's 301 (mid-2020) are followed by the 753 more it rated by the end of 2020 (1,054 in all).
    expect(rows).toEqual([
      { province_code: '01', n: 1054 },
      { province_code: '94', n: 99 },
    ]);
    const [before] = await db.query<{ n: number }>(
      `SELECT coalesce(sum(count), 0)::INTEGER AS n FROM ocop_products
        WHERE province_layout = '63' AND province_code IN ('01', '94') AND year < 2020`,
    );
    expect(before?.n).toBe(0);
  });

  it('keeps the cumulative OCOP products within 5 % of each published national total at its date', async () => {
    const rows = await db.query<{ year: number; cumulative: number }>(
      `SELECT year::INTEGER AS year, (sum(sum(count)) OVER (ORDER BY year))::INTEGER AS cumulative
         FROM ocop_products GROUP BY year ORDER BY year`,
    );
    const upTo = (year: number) => rows.find((r) => r.year === year)?.cumulative ?? Number.NaN;
    const near = (value: number, published: number) => Math.abs(value - published) / published;
    expect(near(upTo(2021), 5401)).toBeLessThanOrEqual(0.05); // early 2022, Báo Tuyên Quang
    expect(near(upTo(2022), 8689)).toBeLessThanOrEqual(0.05); // 31/12/2022, Tạp chí Du lịch TP.HCM
    expect(near(upTo(2023), 10322)).toBeLessThanOrEqual(0.05); // December 2023, Liên minh HTX TP.HCM
    expect(near(upTo(2024), 15590)).toBeLessThanOrEqual(0.05); // December 2024, Thương hiệu & Sản phẩm
    expect(near(upTo(2025), 18243)).toBeLessThanOrEqual(0.05); // December 2025, Thời báo Tài chính VN
  });
});

describe('MoUs by type', () => {
  const sql = (filter: string) =>
    `SELECT mou_type AS k, sum(count)::INTEGER AS n FROM mous
      WHERE (party_a_province_code = ? OR party_b_province_code = ?) AND party_a_province_layout = '63'
        AND year(date) = 2020 ${filter} GROUP BY mou_type`;

  it("Sóc Trăng's 2020 conference: 14 gov–gov, 8 gov–business, 34 business–business (seed 004)", async () => {
    const expected = { gov_gov: 14, gov_business: 8, business_business: 34 };
    expect(await byKey(sql(REAL_ONLY), ['94', '94'])).toEqual(expected);
    expect(await byKey(sql(''), ['94', '94'])).toEqual(expected);
  });

  it("Hanoi's July 2020 event: 11 + 24 + 140 (seed 002), both provinces 'không xác định'", async () => {
    // The article names the Central NTM Coordination Office, the Vietnam Retailers Association and
    // unnamed corporations as parties, and no counterpart province: neither side is Hà Nội.
    const expected = { gov_gov: 11, gov_business: 24, business_business: 140 };
    const both = `SELECT mou_type AS k, sum(count)::INTEGER AS n FROM mous WHERE party_a_province_code = '00'
      AND party_b_province_code = '00' AND date = DATE '2020-07-24' ${REAL_ONLY} GROUP BY mou_type`;
    expect(await byKey(both)).toEqual(expected);
    expect(await byKey(sql(REAL_ONLY), ['01', '01'])).toEqual({});
  });

  it('records the two conferences on the days they took place', async () => {
    const rows = await db.query<{ d: string; n: number }>(
      `SELECT strftime(date, '%Y-%m-%d') AS d, sum(count)::INTEGER AS n FROM mous
        WHERE data_kind = 'real' GROUP BY date ORDER BY date`,
    );
    expect(rows).toEqual([
      { d: '2020-07-24', n: 175 },
      { d: '2020-10-27', n: 56 },
    ]);
  });
});

describe('events (seeds 002, 003, 004)', () => {
  it('returns the three real events with their published figures', async () => {
    const rows = await db.query<object>(
      `SELECT strftime(date, '%Y-%m-%d') AS date, host_province_code AS host, participating_provinces_count AS provinces,
              participating_provinces_codes AS codes, businesses, products_shown, mous_signed
         FROM events WHERE data_kind = 'real' ORDER BY date`,
    );
    expect(rows).toEqual([
      {
        date: '2020-07-24',
        host: '01',
        provinces: 27,
        codes: '',
        businesses: null,
        products_shown: 600,
        mous_signed: 175,
      },
      {
        date: '2020-10-27',
        host: '94',
        provinces: 20,
        codes: '',
        businesses: 150,
        products_shown: null,
        mous_signed: 56,
      },
      {
        date: '2024-04-03',
        host: '79',
        provinces: 5,
        codes: '67;66;64;62;68',
        businesses: null,
        products_shown: null,
        mous_signed: null,
      },
    ]);
  });

  it('keeps the illustrative events of a host-year that has a real one: a real row adds, never blanks', async () => {
    const rows = await db.query<{ host: string; y: number; real: number; illustrative: number }>(
      `SELECT host_province_code AS host, year(date)::INTEGER AS y,
          count(*) FILTER (WHERE data_kind = 'real')::INTEGER AS real,
          count(*) FILTER (WHERE data_kind = 'illustrative')::INTEGER AS illustrative FROM events
        WHERE host_province_layout = '63' AND ((host_province_code = '01' AND year(date) = 2020)
           OR (host_province_code = '79' AND year(date) = 2024))
        GROUP BY ALL ORDER BY host`,
    );
    expect(rows.map((r) => [r.host, r.y, r.real])).toEqual([
      ['01', 2020, 1],
      ['79', 2024, 1],
    ]);
    for (const r of rows) expect(r.illustrative, `${r.host} ${r.y}`).toBeGreaterThan(1);
  });
});

describe('distribution (seed 000)', () => {
  it("Đồng Tháp: 300 products in HCMC's channels in 2023, with or without illustrative data", async () => {
    const sql = (filter: string) =>
      `SELECT sum(product_count)::INTEGER AS n FROM distribution
        WHERE origin_province_code = '87' AND origin_province_layout = '63' AND destination_code = '79'
          AND year = 2023 ${filter}`;
    expect(await db.query(sql(REAL_ONLY))).toEqual([{ n: 300 }]);
    expect(await db.query(sql(''))).toEqual([{ n: 300 }]);
  });

  it('the illustrative Đồng Tháp → HCMC series passes through the real figure', async () => {
    const rows = await db.query<{ year: number; n: number }>(
      `SELECT year::INTEGER AS year, sum(product_count)::INTEGER AS n FROM distribution
        WHERE origin_province_code = '87' AND origin_province_layout = '63' AND destination_code = '79'
          AND year IN (2022, 2024) GROUP BY year ORDER BY year`,
    );
    expect(rows.map((r) => r.year)).toEqual([2022, 2024]);
    expect(rows[0]?.n).toBeLessThan(300);
    expect(rows[1]?.n).toBeGreaterThan(300);
  });
});
