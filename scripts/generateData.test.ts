import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestCsv } from '../src/ingest/ingestCsv.ts';
import type { NormalizedRow } from '../src/ingest/normalizeRows.ts';
import { PROVINCES_34 } from '../src/model/provinces.ts';
import {
  ILLUSTRATIVE_DIR,
  illustrativeFilesFromDisk,
  readRealFiles,
  writeProductRows,
} from './generateData.ts';
import {
  generateIllustrativeData,
  HUB_PARTNER_COUNT,
  ILLUSTRATIVE_DATASETS,
  illustrativeSource,
  mulberry32,
  productRowChunks,
  realCoverage,
  SEED,
} from './illustrativeData.ts';

const files = illustrativeFilesFromDisk();

function rowsOf(dataset: (typeof ILLUSTRATIVE_DATASETS)[number]): readonly NormalizedRow[] {
  const result = ingestCsv(new TextEncoder().encode(files[dataset]), { dataset });
  expect(result.table.rejected).toEqual([]);
  return result.table.rows;
}

describe('the illustrative data generator', () => {
  it('is byte-for-byte reproducible', () => {
    const again = generateIllustrativeData(realCoverage(readRealFiles()), SEED);
    for (const dataset of ILLUSTRATIVE_DATASETS) expect(again[dataset]).toBe(files[dataset]);
    // The PRNG itself: a fixed seed gives fixed numbers on every engine.
    const rng = mulberry32(1);
    expect([rng(), rng(), rng()].map((x) => Math.floor(x * 1e6))).toEqual([627073, 2735, 527447]);
  });

  it('matches the committed data/illustrative files (run `npx tsx scripts/generateData.ts` after a change)', () => {
    for (const dataset of ILLUSTRATIVE_DATASETS) {
      const committed = readFileSync(resolve(ILLUSTRATIVE_DIR, `${dataset}.csv`), 'utf8');
      expect(committed, `data/illustrative/${dataset}.csv is stale`).toBe(files[dataset]);
    }
  });

  it('labels every row as illustrative, with the generator and seed as its source', () => {
    for (const dataset of ILLUSTRATIVE_DATASETS) {
      for (const row of rowsOf(dataset)) {
        expect(row.data_kind).toBe('illustrative');
        expect(row.source).toBe(illustrativeSource(SEED));
      }
    }
  });

  it('stays small enough to ship with the site', () => {
    for (const dataset of ILLUSTRATIVE_DATASETS) expect(rowsOf(dataset).length).toBeLessThan(5000);
  });
});

describe('coverage of the illustrative data', () => {
  it('covers 2019–2026 for the hubs and at least 45 partner provinces', () => {
    const ocop = rowsOf('ocop_products');
    expect([...new Set(ocop.map((r) => r.year))].sort()).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    const pre = new Set(ocop.filter((r) => r.province_layout === '63').map((r) => r.province_code));
    expect(pre.has('01') && pre.has('79')).toBe(true);
    expect(pre.size - 2).toBeGreaterThanOrEqual(45);
    const origins = new Set(
      rowsOf('distribution')
        .filter((r) => r.origin_province_layout === '63')
        .map((r) => r.origin_province_code),
    );
    expect(origins.size).toBeGreaterThanOrEqual(45);
    for (const dataset of ['mous', 'events'] as const) {
      const years = new Set(rowsOf(dataset).map((r) => Number(String(r.date).slice(0, 4))));
      expect([...years].sort()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    }
  });

  it('gives HCMC partners in more than 40 provinces and Hanoi in 42, as the press reports', () => {
    const partners = new Map<string, Set<string>>();
    for (const row of rowsOf('mous')) {
      if (row.party_a_province_layout !== '63') continue;
      const hub = String(row.party_a_province_code);
      const set = partners.get(hub) ?? new Set<string>();
      set.add(String(row.party_b_province_code));
      partners.set(hub, set);
    }
    expect(partners.get('79')?.size).toBe(HUB_PARTNER_COUNT['79']);
    expect(HUB_PARTNER_COUNT['79']).toBeGreaterThan(40);
    expect(partners.get('01')?.size).toBe(42);
  });

  it('keys rows from 1 July 2025 and of 2026 by the 34 units, with codes that exist there', () => {
    const codes34 = new Set(PROVINCES_34.map((p) => p.code));
    const ocop2026 = rowsOf('ocop_products').filter((r) => r.year === 2026);
    expect(ocop2026.length).toBeGreaterThan(0);
    for (const r of ocop2026) {
      expect(r.province_layout).toBe('34');
      expect(codes34.has(String(r.province_code))).toBe(true);
    }
    for (const r of rowsOf('distribution').filter((row) => row.year === 2026)) {
      expect([r.origin_province_layout, r.destination_layout]).toEqual(['34', '34']);
      expect(codes34.has(String(r.origin_province_code))).toBe(true);
    }
    const events = rowsOf('events');
    const late = events.filter((r) => String(r.date) >= '2025-07-01');
    expect(late.length).toBeGreaterThan(0);
    for (const r of late) expect(r.host_province_layout).toBe('34');
    for (const r of events.filter((row) => String(row.date) < '2025-07-01'))
      expect(r.host_province_layout).toBe('63');
    const lateMous = rowsOf('mous').filter((r) => String(r.date) >= '2025-07-01');
    expect(lateMous.length).toBeGreaterThan(0);
    for (const r of lateMous)
      expect([r.party_a_province_layout, r.party_b_province_layout]).toEqual(['34', '34']);
    // Sóc Trăng and Hậu Giang are Cần Thơ (92) after the merger: no old unit's code survives in 2026.
    expect(ocop2026.some((r) => r.province_code === '94' || r.province_code === '93')).toBe(false);
  });

  it('signs, at each event, exactly the MoUs its mous rows add up to', () => {
    const signed = new Map<string, number>();
    for (const m of rowsOf('mous')) {
      const key = `${m.date}|${m.event}`;
      signed.set(key, (signed.get(key) ?? 0) + Number(m.count));
    }
    const events = rowsOf('events');
    for (const e of events)
      expect(e.mous_signed, String(e.name)).toBe(signed.get(`${e.date}|${e.name}`) ?? 0);
    expect(new Set(events.map((e) => `${e.date}|${e.name}`)).size).toBe(events.length);
  });
});

describe('the --rows mode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-rows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes exactly N one-product rows that import without a rejection', () => {
    const path = writeProductRows(1000, dir);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n').filter((line) => line !== '').length).toBe(1001);
    const result = ingestCsv(new Uint8Array(readFileSync(path)), { dataset: 'ocop_products' });
    expect(result.table.rejected).toEqual([]);
    expect(result.table.rows.length).toBe(1000);
    for (const row of result.table.rows) {
      expect(row.count).toBe(1);
      expect(row.product_name).not.toBeNull();
      expect(row.producer).not.toBeNull();
      expect(row.producer_type).not.toBeNull();
      expect(row.data_kind).toBe('illustrative');
      if (row.year === 2026) expect(row.province_layout).toBe('34');
    }
  });

  it('streams in chunks that join into the same text', () => {
    const whole = [...productRowChunks(250, SEED, 10_000)];
    const chunked = [...productRowChunks(250, SEED, 7)];
    expect(whole.length).toBe(1);
    expect(chunked.length).toBe(Math.ceil(251 / 7));
    expect(chunked.join('')).toBe(whole.join(''));
  });
});
