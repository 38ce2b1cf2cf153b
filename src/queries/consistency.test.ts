/**
 * The consistency suite: every rule the bundled picture must keep, and every relation the views rely
 * on, as SQL over the bundled tables (real + illustrative, loaded as the browser loads them). Each rule
 * is a query that returns the rows breaking it, so a pass is "no rows"; each has a planted violation
 * (rows changed in a copy of the tables) that must make it fail, so no rule passes for lack of teeth.
 * Published figures name their source where they are checked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { materializeFacts } from '../db/materializeFacts';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { ingestCsv } from '../ingest/ingestCsv';
import { mouFlows } from './linkages';
import { kpiSeries } from './overviewMetrics';
import { provinceMetric } from './provinceMetrics';
import { provinceTable } from './provinceTable';

/** The dataset tables a rule may read; a planted violation changes them in a copy (schema `planted`). */
const TABLES = ['ocop_products', 'mous', 'distribution', 'events', 'targets', 'national_totals'] as const;

/** A published stock dated in its first half describes the year before (5,401 of early 2022 → 2021). */
const STOCK_YEAR = 'CASE WHEN month(n.date) <= 6 THEN year(n.date) - 1 ELSE year(n.date) END';

interface Rule {
  readonly name: string;
  /** SQL returning the rows that break the rule; `s` is the schema of the dataset tables. */
  readonly violations: (s: string) => string;
  /** SQL run on the copy (schema `planted`) so that the rule must fail. */
  readonly plant: string;
}

const cumulative = (s: string, where: string) =>
  `(SELECT coalesce(sum(count), 0) FROM ${s}.ocop_products o WHERE ${where})`;

/** SQL planting one illustrative food row of OCOP products (63 layout) in the copy. */
const plantedOcop = (code: string, year: number, star: string, count: number) =>
  `INSERT INTO planted.ocop_products (province_code, province_layout, year, star, product_group, count, data_kind)
      VALUES ('${code}', '63', ${year}, '${star}', 'food', ${count}, 'illustrative')`;

/** A province's (63 layout) cumulative OCOP products to `toYear` within 5 % of a count it published. */
const provinceNearPublished = (rule: {
  name: string;
  code: string;
  toYear: number;
  published: number;
  plant: string;
}): Rule => ({
  name: rule.name,
  violations: (
    s,
  ) => `SELECT * FROM (SELECT ${cumulative(s, `o.province_layout = '63' AND o.province_code = '${rule.code}' AND o.year <= ${rule.toYear}`)} AS n)
      WHERE abs(n - ${rule.published}) > 0.05 * ${rule.published}`,
  plant: rule.plant,
});

/**
 * Provinces' published OCOP totals (63 layout, cumulative to the end of the year), found by the fact-check
 * of December 2026: the bundled data must not contradict a province's own count.
 */
const PUBLISHED_PROVINCE_TOTALS: readonly (readonly [
  code: string,
  toYear: number,
  published: number,
  source: string,
])[] = [
  ['01', 2020, 1054, 'Hà Nội: 1,054 rated in 2019–2020 (nongnghiep.vn d309512)'],
  ['01', 2021, 1649, 'Hà Nội: 1,649 rated in 2019–2021 (lamgiau.laodongthudo.vn)'],
  ['01', 2024, 3317, "Hà Nội: 3,317 by mid-2025 (Hanoi's new-countryside office, via thuonghieusanpham.vn)"],
  ['01', 2025, 3463, 'Hà Nội: 3,463, December 2025 (Nhân Dân)'],
  ['79', 2024, 419, 'TP. Hồ Chí Minh: 419, 29/6/2025 (SGGP, post801713)'],
  ['10', 2024, 269, 'Lào Cai: 269, 31/1/2025 (Báo Lào Cai, post396860)'],
  ['14', 2019, 28, 'Sơn La: 28 in 2019 (Tạp chí Công Thương 73075)'],
  ['19', 2024, 313, 'Thái Nguyên: 313, 17/01/2025 (Dân Việt)'],
  ['22', 2023, 346, 'Quảng Ninh: 346, 2023 (thuonghieuquangninh.gov.vn)'],
  ['22', 2025, 437, 'Quảng Ninh: 437, 03/11/2025 (VietNamNet 2458806)'],
  ['27', 2024, 302, 'Bắc Ninh: 302, 2024 (bacninh.gov.vn)'],
  ['38', 2020, 69, 'Thanh Hóa: 69 in 2018–2020 (ocoptinhthanhhoa.com.vn)'],
  ['40', 2022, 403, 'Nghệ An: 403 to the end of 2022 (Dân Việt, 11/2023)'],
  ['68', 2021, 123, 'Lâm Đồng: 123, 17/11/2021 (Báo Lâm Đồng)'],
  ['72', 2021, 26, 'Tây Ninh: 26, end of 2021 (VietnamPlus 835744)'],
  ['72', 2025, 139, 'Tây Ninh: 139, 2025'],
  ['83', 2022, 131, 'Bến Tre: 131, 2022 (Nhân Dân post709438)'],
  ['86', 2024, 230, 'Vĩnh Long: 230, 4/2025 (Báo Vĩnh Long)'],
  ['87', 2022, 357, 'Đồng Tháp: 357, 02/01/2023 (Báo Đồng Tháp)'],
  ['89', 2021, 62, 'An Giang: 62, 09/12/2021 (Dân Việt)'],
];

/** Provinces' published five-star counts (63 layout) at a date: the bundled count must be the same. */
const PUBLISHED_FIVE_STAR: readonly (readonly [
  code: string,
  toYear: number,
  published: number,
  source: string,
])[] = [
  ['01', 2020, 4, 'Hà Nội: 4 five-star (Quang Vinh) in the 2020 round (nongnghiep.vn d309512)'],
  ['01', 2023, 6, 'Hà Nội: 6 five-star, early 2024 (VNA, via qdnd.vn)'],
  ['19', 2024, 4, 'Thái Nguyên: 4 five-star, January 2025 (Dân Việt)'],
  ['22', 2025, 8, 'Quảng Ninh: 8 five-star, November 2025 (VietNamNet 2458806)'],
  ['68', 2021, 2, 'Lâm Đồng: 2 national five-star, 11/2021 (Báo Lâm Đồng)'],
  ['84', 2023, 3, 'Trà Vinh: 3 five-star, July 2023 (doanhnghiephoinhap.vn)'],
  ['89', 2021, 2, 'An Giang: 2 five-star, December 2021 (Dân Việt)'],
  ['79', 2025, 0, 'TP. Hồ Chí Minh: no five-star product, 25/11/2025 (Dân Việt)'],
  ['74', 2025, 0, 'Bình Dương, now TP. Hồ Chí Minh: no five-star product, 25/11/2025 (Dân Việt)'],
  ['77', 2025, 0, 'Bà Rịa – Vũng Tàu, now TP. Hồ Chí Minh: no five-star product, 25/11/2025 (Dân Việt)'],
];

const RULES: readonly Rule[] = [
  ...PUBLISHED_PROVINCE_TOTALS.map(([code, toYear, published, source]) =>
    provinceNearPublished({
      name: `${source}: the cumulative to ${toYear} within 5 %`,
      code,
      toYear,
      published,
      plant: plantedOcop(code, toYear, '3', Math.ceil(published * 0.2) + 5),
    }),
  ),
  ...PUBLISHED_FIVE_STAR.map(
    ([code, toYear, published, source]): Rule => ({
      name: `${source}: the same five-star count to ${toYear}`,
      violations: (s) =>
        `SELECT * FROM (SELECT ${cumulative(
          s,
          `o.province_layout = '63' AND o.province_code = '${code}' AND o.year <= ${toYear} AND o.star = '5'`,
        )} AS n) WHERE n <> ${published}`,
      plant: plantedOcop(code, toYear, '5', 1),
    }),
  ),
  {
    // data/real/national_totals.csv: Báo Tuyên Quang (5,401, early 2022); Tạp chí Du lịch TP.HCM
    // (8,689, 31/12/2022); Liên minh HTX TP.HCM after baotintuc.vn (10,322, December 2023); Thương hiệu
    // & Sản phẩm (15,590, December 2024); Thời báo Tài chính Việt Nam (18,243, December 2025).
    name: 'national cumulative OCOP products within 5 % of each published national total',
    violations: (
      s,
    ) => `SELECT n.date, n.products, ${cumulative(s, `o.year <= ${STOCK_YEAR}`)} AS cumulative, n.source
      FROM ${s}.national_totals n
      WHERE abs(${cumulative(s, `o.year <= ${STOCK_YEAR}`)} - n.products) > 0.05 * n.products`,
    plant: plantedOcop('38', 2023, '3', 900),
  },
  {
    // 20 five-star by early 2022 (Báo Tuyên Quang), 42 by December 2023 (Liên minh HTX TP.HCM),
    // 79 by December 2024 (Thương hiệu & Sản phẩm).
    name: 'five-star products never above a published count at its date',
    violations: (s) => `SELECT n.date, n.five_star,
        ${cumulative(s, `o.year <= ${STOCK_YEAR} AND o.star = '5'`)} AS cumulative, n.source
      FROM ${s}.national_totals n
      WHERE n.five_star IS NOT NULL AND ${cumulative(s, `o.year <= ${STOCK_YEAR} AND o.star = '5'`)} > n.five_star`,
    plant: plantedOcop('40', 2021, '5', 3),
  },
  // VNA (qdnd.vn, "Over 12,000 OCOP products rated at least three stars nationwide"): Hanoi has
  // evaluated and classified 2,711 products since 2019 (early 2024).
  provinceNearPublished({
    name: 'Hà Nội: about 2,711 OCOP products to the end of 2023 (±5 %)',
    code: '01',
    toYear: 2023,
    published: 2711,
    plant: plantedOcop('01', 2022, '3', 400),
  }),
  // hoanhap.vn: on 30/6/2022 HCMC recognised 39 more products, 66 in all (36 four-star, 30 three-star).
  provinceNearPublished({
    name: 'TP. Hồ Chí Minh: about 66 OCOP products by mid-2022 (±5 %)',
    code: '79',
    toYear: 2022,
    published: 66,
    plant: plantedOcop('79', 2021, '4', 20),
  }),
  {
    // product_count counts OCOP products (data/README.md), so an origin cannot have more of them in the
    // hubs' channels than it has OCOP products to date: Đồng Tháp's real 300 (VTV, 22/09/2023) included.
    name: "no origin-year with more products in HCMC's and Hanoi's channels than cumulative OCOP products",
    violations: (s) => `WITH shelf AS (
        SELECT year, origin_province_layout AS layout, origin_province_code AS code, sum(product_count) AS n
        FROM ${s}.distribution WHERE destination_code IN ('79', '01') GROUP BY ALL),
      stock AS (
        SELECT d.year, d.layout, d.code, coalesce(sum(o.count), 0) AS n
        FROM shelf d
        LEFT JOIN main.unit_map u ON u.view_layout = d.layout AND u.unit_code = d.code AND u.unit_layout = d.layout
        LEFT JOIN ${s}.ocop_products o ON o.province_layout = u.src_layout AND o.province_code = u.src_code AND o.year <= d.year
        GROUP BY ALL)
      SELECT shelf.*, stock.n AS stock FROM shelf JOIN stock USING (year, layout, code) WHERE shelf.n > stock.n`,
    plant: `INSERT INTO planted.distribution (year, origin_province_code, origin_province_layout, destination_code,
        destination_layout, product_count, product_group, data_kind)
      VALUES (2023, '87', '63', '01', '63', 200, 'food', 'illustrative')`,
  },
  {
    name: 'a cumulative total is never below the yearly figure it includes (no negative counts)',
    violations: (s) => `WITH yearly AS (
        SELECT province_layout, province_code, year, sum(count) AS yearly FROM ${s}.ocop_products
        GROUP BY province_layout, province_code, year)
      SELECT * FROM (SELECT *, sum(yearly) OVER (PARTITION BY province_layout, province_code ORDER BY year) AS cumulative
        FROM yearly)
      WHERE cumulative < yearly OR yearly < 0`,
    plant: plantedOcop('11', 2019, '3', -500),
  },
  {
    name: 'rows from 1 July 2025 (dates) and of 2026 (years) are keyed by the 34 units, earlier ones by the 63',
    violations: (
      s,
    ) => `SELECT 'ocop_products' AS t, year::VARCHAR AS period, province_layout AS layout FROM ${s}.ocop_products
        WHERE province_code <> '00' AND province_layout <> CASE WHEN year >= 2026 THEN '34' ELSE '63' END
      UNION ALL SELECT 'distribution', year::VARCHAR, origin_province_layout FROM ${s}.distribution
        WHERE origin_province_layout <> CASE WHEN year >= 2026 THEN '34' ELSE '63' END
      UNION ALL SELECT 'mous', date::VARCHAR, party_a_province_layout FROM ${s}.mous
        WHERE party_a_province_layout <> CASE WHEN date >= DATE '2025-07-01' THEN '34' ELSE '63' END
      UNION ALL SELECT 'events', date::VARCHAR, host_province_layout FROM ${s}.events
        WHERE host_province_layout <> CASE WHEN date >= DATE '2025-07-01' THEN '34' ELSE '63' END`,
    plant: plantedOcop('94', 2026, '3', 1),
  },
  {
    name: 'an event named after a region has participants from that region only, and more than one',
    violations: (s) => `WITH named AS (
        SELECT date, name, host_province_layout AS layout, participating_provinces_count AS n,
          participating_provinces_codes AS codes,
          CASE WHEN name ILIKE '%Tây Nguyên%' THEN 'TN'
               WHEN name ILIKE '%miền núi phía Bắc%' THEN 'TDMNPB'
               WHEN name ILIKE '%Đồng bằng sông Hồng%' THEN 'DBSH'
               WHEN name ILIKE '%Bắc Trung Bộ%' OR name ILIKE '%duyên hải miền Trung%' THEN 'BTB_DHMT'
               WHEN name ILIKE '%Đông Nam Bộ%' THEN 'DNB'
               WHEN name ILIKE '%Đồng bằng sông Cửu Long%' THEN 'DBSCL' END AS region
        FROM ${s}.events)
      SELECT date, name, n, NULL AS outsider FROM named WHERE region IS NOT NULL AND coalesce(n, 0) < 2
      UNION ALL
      SELECT e.date, e.name, e.n, u.name FROM named e
        CROSS JOIN unnest(string_split(e.codes, ';')) AS p(code)
        JOIN main.unit_map u ON u.view_layout = e.layout AND u.src_layout = e.layout AND u.src_code = p.code
      WHERE e.region IS NOT NULL AND e.codes <> '' AND u.region <> e.region`,
    plant: `INSERT INTO planted.events (date, name, host_province_code, host_province_layout, participating_provinces_count,
        participating_provinces_codes, data_kind)
      VALUES (DATE '2023-05-05', 'Hội nghị kết nối giữa TP. Hồ Chí Minh và các tỉnh Tây Nguyên', '79', '63', 2, '66;87', 'illustrative')`,
  },
  {
    name: "an event's mous_signed equals the MoUs recorded for it",
    violations: (s) => `SELECT e.date, e.name, e.mous_signed,
        (SELECT coalesce(sum(m.count), 0) FROM ${s}.mous m WHERE m.event = e.name AND m.date = e.date) AS recorded
      FROM ${s}.events e
      WHERE e.mous_signed IS NOT NULL
        AND e.mous_signed <> (SELECT coalesce(sum(m.count), 0) FROM ${s}.mous m WHERE m.event = e.name AND m.date = e.date)`,
    plant: `INSERT INTO planted.events (date, name, host_province_code, host_province_layout, mous_signed, data_kind)
      VALUES (DATE '2023-05-06', 'Hội chợ không có biên bản', '01', '63', 12, 'illustrative')`,
  },
  {
    // One real HCMC event of 2024 without counts once blanked all illustrative HCMC events of that year
    // (its MoUs ran 331 → 29 → 232 for 2023–2025).
    name: 'a real row adds to its year: each hub hosts illustrative events and signs MoUs every year',
    violations: (s) => `WITH years AS (SELECT unnest(range(2019, 2027)) AS year),
        hubs AS (SELECT unnest(['79', '01']) AS hub),
        ev AS (SELECT year(date) AS year, host_province_code AS hub, count(*) AS n FROM ${s}.events
          WHERE data_kind = 'illustrative' GROUP BY ALL),
        mo AS (SELECT year(date) AS year, party_a_province_code AS hub, sum(count) AS n FROM ${s}.mous
          WHERE data_kind = 'illustrative' GROUP BY ALL)
      SELECT y.year, h.hub, coalesce(ev.n, 0) AS events, coalesce(mo.n, 0) AS mous
      FROM years y CROSS JOIN hubs h
        LEFT JOIN ev ON ev.year = y.year AND ev.hub = h.hub
        LEFT JOIN mo ON mo.year = y.year AND mo.hub = h.hub
      WHERE coalesce(ev.n, 0) = 0 OR coalesce(mo.n, 0) = 0`,
    plant: `DELETE FROM planted.events WHERE host_province_code = '79' AND year(date) = 2024 AND data_kind = 'illustrative'`,
  },
  {
    // Targets are plans set near what the series reaches, never lowered to match a gap in the data.
    name: 'nationwide targets within 0.8–1.25 × what the series reaches that year',
    violations: (s) => `WITH actual AS (
        SELECT 'ocop_products' AS metric, year, sum(count) AS n FROM ${s}.ocop_products GROUP BY ALL
        UNION ALL SELECT 'mous_signed', year(date), sum(count) FROM ${s}.mous GROUP BY ALL
        UNION ALL SELECT 'products_in_hcmc_hanoi', year, sum(product_count) FROM ${s}.distribution
          WHERE destination_code IN ('79', '01') GROUP BY ALL)
      SELECT t.metric, t.year, t.target, a.n AS actual FROM ${s}.targets t
        LEFT JOIN actual a ON a.metric = t.metric AND a.year = t.year
      WHERE t.province_code = 'all' AND (a.n IS NULL OR t.target < 0.8 * a.n OR t.target > 1.25 * a.n)`,
    plant: `INSERT INTO planted.targets (metric, province_code, province_layout, year, target, data_kind)
      VALUES ('mous_signed', 'all', NULL, 2024, 30, 'illustrative')`,
  },
];

describe('consistency of the bundled data', () => {
  const db = bundledDatabaseForFile();

  /** A fresh copy of the dataset tables in schema `planted`, changed by `plant`. */
  async function plantedCopy(plant: string): Promise<void> {
    await db.exec('DROP SCHEMA IF EXISTS planted CASCADE');
    await db.exec('CREATE SCHEMA planted');
    for (const t of TABLES) await db.exec(`CREATE TABLE planted.${t} AS SELECT * FROM main.${t}`);
    await db.exec(plant);
  }

  for (const rule of RULES) {
    it(`holds: ${rule.name}`, async () => {
      expect(await db.query(rule.violations('main'))).toEqual([]);
    });

    it(`fails on a planted violation: ${rule.name}`, async () => {
      await plantedCopy(rule.plant);
      expect((await db.query(rule.violations('planted'))).length).toBeGreaterThan(0);
    });
  }

  it('checks the rules against every published national figure bundled', async () => {
    const rows = await db.query<{ products: number }>('SELECT products FROM national_totals ORDER BY date');
    expect(rows.map((r) => r.products)).toEqual([5401, 8689, 10322, 15590, 18243]);
  });
});

describe('a "không xác định" province is counted in totals and credited to no province', () => {
  const db = bundledDatabaseForFile();
  const f = (change: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...change });
  const in2024 = f({ yearFrom: 2024, yearTo: 2024 });
  let before: { mous: number; partners: number; flows: number; credited: number };

  async function measure() {
    const kpis = await kpiSeries(db, in2024);
    const flows = await mouFlows(db, in2024);
    const perProvince = await provinceMetric(db, DEFAULT_FILTERS, 'mous', 2024);
    return {
      mous: kpis.mous.find((k) => k.year === 2024)?.value ?? 0,
      partners: kpis.linkedProvinces.find((k) => k.year === 2024)?.value ?? 0,
      flows: flows.reduce((n, r) => n + r.mous, 0),
      credited: perProvince.reduce((n, r) => n + (r.value ?? 0), 0),
    };
  }

  beforeAll(async () => {
    before = await measure();
    // HCMC with an unnamed partner (7), and two unnamed parties (5), as a user's file would state them.
    const csv = [
      'date,event,party_a,party_a_province,party_b,party_b_province,mou_type,count',
      '2024-05-02,Hội nghị thử,Sở Công Thương TP. Hồ Chí Minh,TP. Hồ Chí Minh,Các tỉnh (không nêu tên),không xác định,gov_gov,7',
      '2024-05-02,Hội nghị thử,Các doanh nghiệp,chưa xác định,Các tỉnh,không nêu,business_business,5',
    ].join('\n');
    const { table } = ingestCsv(new TextEncoder().encode(csv), { dataset: 'mous' });
    expect(table.rejected).toEqual([]);
    for (const row of table.rows) {
      await db.query(
        `INSERT INTO mous (date, event, party_a, party_a_province_code, party_a_province_layout, party_b,
          party_b_province_code, party_b_province_layout, mou_type, count, data_kind)
         VALUES (?::DATE, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'real')`,
        [
          String(row.date),
          String(row.event),
          String(row.party_a),
          String(row.party_a_province_code),
          String(row.party_a_province_layout),
          String(row.party_b),
          String(row.party_b_province_code),
          String(row.party_b_province_layout),
          String(row.mou_type),
          Number(row.count),
        ],
      );
    }
    await materializeFacts(db);
  });

  it('adds both rows to the MoU total, draws neither, and counts no new partner province', async () => {
    const after = await measure();
    expect(after.mous).toBe(before.mous + 7 + 5);
    expect(after.flows).toBe(before.flows);
    expect(after.partners).toBe(before.partners);
    // The MoU with a named side is credited to it (HCMC), the other to no province.
    expect(after.credited).toBe(before.credited + 7);
    const table = await provinceTable(db, in2024);
    expect(table.rows).toHaveLength(34); // every unit of the default layout, and no "not stated" row
    expect(table.rows.some((r) => r.code === '00' || r.name === null)).toBe(false);
  });
});
