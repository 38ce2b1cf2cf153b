import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { runSql, sql } from '../db/sql';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { eventFacts } from './facts';
import { mouFlows, tradeEvents, undrawnMous } from './linkages';
import { kpiSeries } from './overviewMetrics';

// These figures are the 63 layout's (history before the 2025 merger); the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

const filters = (change: Partial<FilterState>): FilterState => ({ ...FILTERS_63, ...change });
const sum = (rows: readonly { mous: number }[]) => rows.reduce((s, r) => s + r.mous, 0);
const collator = new Intl.Collator('vi');

describe('linkages on the real, sourced figures alone', () => {
  const db = bundledDatabaseForFile({ only: 'real' });

  it('counts Hanoi’s 175 MoUs of 2020 in the totals, credits them to no province and draws none', async () => {
    // Kinh tế & Đô thị (2020): the parties are the Central NTM Coordination Office, the Vietnam Retailers
    // Association and unnamed corporations, with unnamed provinces: both provinces are "không xác định".
    const in2020 = filters({ yearFrom: 2020, yearTo: 2020 });
    expect((await kpiSeries(db, in2020)).mous).toMatchObject([
      { year: 2020, value: 175 + 56, illustrative: 0 },
    ]);
    // Not a Hanoi MoU: no party is Hanoi, so the Hanoi destination filter leaves them out.
    const hanoi2020 = filters({ destinations: ['hanoi'], yearFrom: 2020, yearTo: 2020 });
    expect((await kpiSeries(db, hanoi2020)).mous).toEqual([]);
    expect(await mouFlows(db, in2020)).toEqual([]);
    const undrawn = await undrawnMous(db, in2020);
    // The place shown is the event's host, where they were signed.
    expect(undrawn.map((u) => [u.reason, u.date, u.name, u.mous])).toEqual([
      ['unnamed', '2020-07-24', 'Hà Nội', 175],
      ['unnamed', '2020-10-27', 'Sóc Trăng', 56],
    ]);
    expect(undrawn[0]?.event).toBe(
      'Sự kiện giới thiệu, quảng bá sản phẩm OCOP gắn với văn hóa các tỉnh miền núi phía Bắc',
    );
    const credited = await runSql<{ unit: string | null; mous: number }>(
      db,
      sql`SELECT unit_name AS unit, sum(mous)::INTEGER AS mous FROM facts_mous
        WHERE view_layout = '63' AND year = 2020 GROUP BY ALL ORDER BY unit NULLS FIRST`,
    );
    expect(credited).toEqual([
      { unit: null, mous: 175 },
      { unit: 'Sóc Trăng', mous: 56 },
    ]);
  });

  it('keeps Sóc Trăng’s 56 MoUs in the totals, undrawn, under Cần Thơ in the 34 layout', async () => {
    const undrawn = await undrawnMous(db, FILTERS_63);
    expect(undrawn.map((u) => [u.reason, u.name, u.mous])).toEqual([
      ['unnamed', 'Hà Nội', 175],
      ['unnamed', 'Sóc Trăng', 56],
    ]);
    const merged = await undrawnMous(db, filters({ layout: '34' }));
    expect(merged.map((u) => [u.name, u.mous])).toEqual([
      ['Hà Nội', 175],
      ['Cần Thơ', 56],
    ]);
  });

  it('lists the three reported events with their figures, unreported ones as null', async () => {
    const events = await tradeEvents(db, FILTERS_63);
    expect(
      events.map((e) => [
        e.date,
        e.hostName,
        e.hubCode,
        e.provincesCount,
        e.businesses,
        e.productsShown,
        e.mousSigned,
      ]),
    ).toEqual([
      ['2020-07-24', 'Hà Nội', '01', 27, null, 600, 175],
      ['2020-10-27', 'Sóc Trăng', null, 20, 150, null, 56],
      ['2024-04-03', 'TP. Hồ Chí Minh', '79', 5, null, null, null],
    ]);
    expect(events.every((e) => e.dataKind === 'real' && e.source)).toBe(true);
  });

  it('names the participants in the active layout, merged units once', async () => {
    const names = async (f: FilterState) =>
      [...((await tradeEvents(db, f)).find((e) => e.date === '2024-04-03')?.participants ?? [])].sort(
        collator.compare,
      );
    expect(await names(FILTERS_63)).toEqual(['Đắk Lắk', 'Đắk Nông', 'Gia Lai', 'Kon Tum', 'Lâm Đồng']);
    // Đắk Nông joined Lâm Đồng and Kon Tum joined Quảng Ngãi on 1 July 2025.
    expect(await names(filters({ layout: '34' }))).toEqual(['Đắk Lắk', 'Gia Lai', 'Lâm Đồng', 'Quảng Ngãi']);
  });

  it('keeps, for a province filter, the events the province hosted or took part in', async () => {
    const dakNong = filters({ provinces: ['67'] });
    // Hosted by HCMC: the host filter of the event facts alone would drop it.
    const hosted = await runSql<{ n: number }>(
      db,
      sql`SELECT count(*)::INTEGER AS n FROM ${eventFacts(dakNong)}`,
    );
    expect(hosted[0]?.n).toBe(0);
    expect((await tradeEvents(db, dakNong)).map((e) => e.date)).toEqual(['2024-04-03']);
    expect((await tradeEvents(db, filters({ provinces: ['94'] }))).map((e) => e.date)).toEqual([
      '2020-10-27',
    ]);
    expect(await tradeEvents(db, filters({ provinces: ['87'] }))).toEqual([]);
  });
});

describe('linkages on all bundled data', () => {
  const db = bundledDatabaseForFile();

  const cases: [string, FilterState][] = [
    ['default', FILTERS_63],
    ['34 layout', filters({ layout: '34' })],
    ['Mekong delta, 2022–2025', filters({ regions: ['DBSCL'], yearFrom: 2022, yearTo: 2025 })],
    ['HCMC only, 34 layout', filters({ layout: '34', destinations: ['hcmc'] })],
    ['Quảng Bình', filters({ provinces: ['44'] })],
  ];
  for (const [name, f] of cases) {
    it(`draws every MoU the KPIs count but the undrawn ones (${name})`, async () => {
      const kpiTotal = (await kpiSeries(db, f)).mous.reduce((s, y) => s + y.value, 0);
      const flows = await mouFlows(db, f);
      const undrawn = await undrawnMous(db, f);
      expect(kpiTotal).toBeGreaterThan(0);
      expect(sum(flows)).toBe(kpiTotal - sum(undrawn));
      expect(flows.every((r) => r.unitCode !== '79' && r.unitCode !== '01')).toBe(true);
    });
  }

  it('does not draw, in the 34 layout, the MoUs of provinces since merged into HCMC', async () => {
    expect((await undrawnMous(db, FILTERS_63)).filter((u) => u.reason === 'withinHub')).toEqual([]);
    const merged = (await undrawnMous(db, filters({ layout: '34' }))).filter((u) => u.reason === 'withinHub');
    expect(sum(merged)).toBeGreaterThan(0);
    expect(new Set(merged.map((u) => u.name))).toEqual(new Set(['TP. Hồ Chí Minh']));
  });

  it('splits a partner’s MoUs by hub and type, real and illustrative apart', async () => {
    const flows = await mouFlows(db, filters({ provinces: ['44'] }));
    expect(new Set(flows.map((f) => f.name))).toEqual(new Set(['Quảng Bình']));
    expect(flows.every((f) => f.mous > 0 && f.illustrative === f.mous)).toBe(true);
    expect(new Set(flows.map((f) => f.mouType))).toEqual(
      new Set(['gov_gov', 'gov_business', 'business_business']),
    );
  });

  it('lists real and illustrative events together, in date order', async () => {
    const events = await tradeEvents(db, FILTERS_63);
    const [{ n } = { n: 0 }] = await runSql<{ n: number }>(
      db,
      sql`SELECT count(*)::INTEGER AS n FROM events`,
    );
    expect(events.length).toBe(n);
    expect(events.filter((e) => e.dataKind === 'real').length).toBe(3);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
  });
});
