import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import type { Database } from '../db/database';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { type ProvinceDetail, provinceDetail } from './provinceDetail';
import { provinceTable } from './provinceTable';

// These figures are the 63 layout's (history before the 2025 merger); the default layout is the 34.
const FILTERS_63 = { ...DEFAULT_FILTERS, layout: '63' as const };

const page = (change: Partial<FilterState>): FilterState => ({
  ...FILTERS_63,
  view: 'province',
  ...change,
});
const SOC_TRANG_CONFERENCE =
  'Hội nghị kết nối cung cầu, liên kết sản xuất, tiêu thụ sản phẩm OCOP và đặc sản vùng miền - tỉnh Sóc Trăng năm 2020';
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function detail(db: Database, change: Partial<FilterState>): Promise<ProvinceDetail> {
  const result = await provinceDetail(db, page(change));
  if (!result) throw new Error('no detail');
  return result;
}

describe('a province’s page on the real, sourced figures alone', () => {
  const db = bundledDatabaseForFile({ only: 'real' });

  it('gives Hà Nội 2020 by star as the article does: 88 / 207 / 6, with the article as source', async () => {
    const hanoi = await detail(db, { focus: '01' });
    expect(hanoi.profile).toMatchObject({ name: 'Hà Nội', region: 'DBSH', layout: '63', isHub: true });
    expect(hanoi.profile.mergedInto).toMatchObject({ code: '01', layout: '34', name: 'Hà Nội' });
    expect(hanoi.profile.mergedWith).toEqual([]); // Hà Nội was left as it was
    expect(hanoi.ocopRows.map((r) => [r.year, r.star, r.products, r.illustrative])).toEqual([
      [2020, '3', 88, 0],
      [2020, '4', 207, 0],
      [2020, 'potential-5', 6, 0],
    ]);
    expect(hanoi.ocopSources).toHaveLength(1);
    expect(hanoi.ocopSources[0]).toContain('Kinh tế & Đô thị');
    // The 175 MoUs of its July 2020 event name neither party's province (Kinh tế & Đô thị, 2020):
    // the parties were the Central NTM Coordination Office, the Vietnam Retailers Association and
    // unnamed corporations, not Hà Nội, so none is credited to it and no partner is invented.
    expect(hanoi.summary).toMatchObject({ ocopTotal: 301, mous: 0 });
    expect(hanoi.partners.partners).toEqual([]);
    expect(hanoi.mous).toEqual([]);
  });

  it('shows Sóc Trăng’s real 2020 conference, its 56 MoUs, and that it joined Cần Thơ on 1/7/2025', async () => {
    const socTrang = await detail(db, { focus: '94' });
    expect(socTrang.profile.mergedInto).toMatchObject({ code: '92', name: 'Cần Thơ' });
    expect(socTrang.profile.mergedWith.map((u) => u.name)).toEqual(['Cần Thơ', 'Hậu Giang']);
    expect(socTrang.events).toHaveLength(1);
    const [conference] = socTrang.events;
    expect(conference).toMatchObject({
      name: SOC_TRANG_CONFERENCE,
      role: 'host',
      hostName: 'Sóc Trăng',
      participatingProvinces: 20,
      businesses: 150,
      mousSigned: 56,
      dataKind: 'real',
    });
    expect(isoDate(conference?.date ?? 0)).toBe('2020-10-27');
    expect(conference?.source).toContain('Báo Sóc Trăng');
    expect(socTrang.mous.reduce((n, m) => n + m.count, 0)).toBe(56);
    expect(socTrang.mous.every((m) => m.event === SOC_TRANG_CONFERENCE && !m.counterpartNamed)).toBe(true);
    expect(socTrang.summary).toMatchObject({ star3: 75, star4: 24, ocopTotal: 99 });
  });

  it('lists the old units of a new one, and its page carries theirs', async () => {
    const canTho = await detail(db, { layout: '34', focus: '92' });
    expect(canTho.profile.constituents.map((c) => c.name)).toEqual(['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']);
    expect(canTho.profile.mergedInto).toBeNull();
    expect(canTho.summary?.ocopTotal).toBe(99);
    expect(canTho.events.map((e) => [e.name, e.role, e.hostName])).toEqual([
      [SOC_TRANG_CONFERENCE, 'host', 'Cần Thơ'],
    ]);
  });

  it('shows events a province attended, hosted elsewhere', async () => {
    const konTum = await detail(db, { focus: '62' });
    expect(konTum.events.map((e) => [e.role, e.hostName, isoDate(e.date)])).toEqual([
      ['participant', 'TP. Hồ Chí Minh', '2024-04-03'],
    ]);
    // In the 34 layout Kon Tum is part of Quảng Ngãi, which therefore attended too.
    const quangNgai = await detail(db, { layout: '34', focus: '51' });
    expect(quangNgai.events.map((e) => e.role)).toEqual(['participant']);
  });

  it('links Đồng Tháp to HCMC through its 300 products of 2023, by distributor and channel', async () => {
    const dongThap = await detail(db, { focus: '87' });
    expect(dongThap.distribution).toEqual([
      {
        year: 2023,
        hubCode: '79',
        distributor: null,
        channelType: null,
        products: 300,
        illustrative: false,
        sources: [expect.stringContaining('VTV')],
      },
    ]);
    expect(dongThap.partners.partners).toEqual([
      expect.objectContaining({
        code: '79',
        name: 'TP. Hồ Chí Minh',
        products: 300,
        productsYear: 2023,
        mous: 0,
      }),
    ]);
  });

  it('has no page for a code the layout does not have', async () => {
    expect(await provinceDetail(db, page({ focus: '99' }))).toBeNull();
    expect(await provinceDetail(db, page({ focus: null }))).toBeNull();
  });
});

describe('a province’s page on all bundled data', () => {
  const db = bundledDatabaseForFile();

  it('agrees with the provinces table, and its OCOP chart adds up to the table’s total', async () => {
    const all = await provinceTable(db, FILTERS_63);
    for (const code of ['01', '79', '87', '94']) {
      const d = await detail(db, { focus: code });
      // The page compares the province's own latest year, as the overview filtered to it does.
      const own = await provinceTable(db, { ...FILTERS_63, provinces: [code] });
      expect(d.year).toBe(own.year);
      expect(d.summary).toEqual(own.rows[0]);
      const row = all.rows.find((r) => r.code === code && !r.postMerger);
      expect(d.summary?.ocopTotal).toBe(row?.ocopTotal);
      expect(d.ocopRows.reduce((n, r) => n + r.products, 0)).toBe(row?.ocopTotal);
    }
    expect((await detail(db, { focus: '01' })).year).toBe(2025); // Hà Nội as an old unit ends in 2025
  });

  it('gives a hub’s page the MoUs it signed as its figure, and another province the table’s', async () => {
    for (const code of ['01', '79']) {
      const hub = await detail(db, { focus: code });
      expect(hub.mousSigned).toBeGreaterThan(0);
      expect(hub.mousSigned).toBe(hub.mous.reduce((n, m) => n + m.count, 0));
      // The provinces table credits a MoU to the partner, never to the hub.
      expect(hub.mousSigned).toBeGreaterThan(hub.summary?.mous ?? 0);
    }
    const socTrang = await detail(db, { focus: '94' });
    expect(socTrang.mousSigned).toBe(socTrang.summary?.mous);
  });

  it('gives a hub’s page the other provinces’ products in its own channels, as the provinces table adds them up', async () => {
    for (const [code, column, layout] of [
      ['01', 'toHanoi', '34'],
      ['79', 'toHcmc', '34'],
      ['01', 'toHanoi', '63'],
    ] as const) {
      const hub = await detail(db, { focus: code, layout });
      const year = hub.year ?? 0;
      expect(hub.hubInbound).toBeGreaterThan(0);
      // The table credits each product to its origin: the hub's own row holds only its own products.
      const table = await provinceTable(db, { ...DEFAULT_FILTERS, layout, year });
      const others = table.rows.filter((r) => r.unitKey !== hub.profile.unitKey);
      expect(hub.hubInbound).toBe(others.reduce((n, r) => n + (r[column] ?? 0), 0));
    }
    const socTrang = await detail(db, { focus: '94' });
    expect(socTrang.hubInbound).toBeNull();
  });

  it('gives a hub its partner provinces, and a partner its hubs, with the same MoUs on both sides', async () => {
    const hcmc = await detail(db, { focus: '79' });
    const dongThapAtHub = hcmc.partners.partners.find((p) => p.code === '87' && p.layout === '63');
    const dongThap = await detail(db, { focus: '87' });
    const hubAtDongThap = dongThap.partners.partners.find((p) => p.code === '79');
    expect(dongThapAtHub?.mous).toBeGreaterThan(0);
    expect(hubAtDongThap?.mous).toBe(dongThapAtHub?.mous);
    expect(hubAtDongThap?.products).toBe(dongThapAtHub?.products);
    expect(hcmc.partners.partners.length).toBeGreaterThan(40); // "linked with more than 40 provinces"
    // Every MoU of Đồng Tháp with HCMC is on HCMC's page too.
    const withHcmc = dongThap.mous.filter((m) => m.hubCode === '79');
    const atHub = hcmc.mous.filter((m) => m.partnerKey === '63:87');
    expect(atHub.reduce((n, m) => n + m.count, 0)).toBe(withHcmc.reduce((n, m) => n + m.count, 0));
  });

  it('narrows every section to the year range', async () => {
    const d = await detail(db, { focus: '87', yearFrom: 2023, yearTo: 2023 });
    const years = [
      ...d.ocopRows.map((r) => r.year),
      ...d.mous.map((m) => new Date(m.date).getUTCFullYear()),
      ...d.distribution.map((r) => r.year),
      ...d.events.map((e) => new Date(e.date).getUTCFullYear()),
    ];
    expect(years.length).toBeGreaterThan(0);
    // Illustrative rows have no real source: an empty list, never NULL.
    expect(
      d.distribution.every((r) => Array.isArray(r.sources) && (r.illustrative || r.sources.length > 0)),
    ).toBe(true);
    expect(new Set(years)).toEqual(new Set([2023]));
  });
});
