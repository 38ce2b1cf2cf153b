/**
 * The illustrative data set that ships with the dashboard, as pure functions: real CSV bytes in, CSV text
 * out, no I/O, no clock, no Math.random. scripts/generateData.ts does the file work; tests call these.
 *
 * Reproducibility: one seeded PRNG (mulberry32) per dataset, fixed iteration orders (arrays sorted by
 * code, never by locale), only + − × ÷ and Math.round/floor on the random numbers (no Math.exp/log,
 * whose last bits may differ between engines). The same seed always gives the same bytes.
 *
 * Honesty rules (see data/README.md, "Real and illustrative data"):
 * - a real row adds to its year: the generator writes no row only where a real row holds the same
 *   quantity: ocop_products (province, every year up to a published cumulative total), distribution
 *   (origin, destination, year), targets (metric, province, year); real events and MoUs come on top;
 * - the national OCOP series follows the published stocks (national_totals), Hanoi and HCMC their
 *   published totals, and 5-star products never exceed a published count at its date;
 * - an illustrative distribution series that meets a real figure is scaled to pass through it, and no
 *   origin has more products in the hubs' channels than OCOP products to date;
 * - a conference named after a region draws its participants from that region, at least two;
 * - HCMC has partners in 44 provinces ("hơn 40"), Hanoi in 42, as the press reports;
 * - the generator works in the 63-unit layout and maps to the 34 units for dates from 1 July 2025 and
 *   for 2026, so post-merger rows of several old units add up under their new unit.
 */

import { type IngestResult, ingestCsv } from '../src/ingest/ingestCsv.ts';
import { csvForReference } from '../src/model/csv.ts';
import type { DatasetId } from '../src/model/datasets.ts';
import type {
  ChannelTypeId,
  MouTypeId,
  ProducerTypeId,
  ProductGroupId,
  StarLevelId,
} from '../src/model/ocop.ts';
import {
  type Layout,
  layoutForDate,
  layoutForYear,
  PROVINCES_63,
  type Province63,
  province34,
  province63,
} from '../src/model/provinces.ts';
import { REGIONS, type RegionId } from '../src/model/regions.ts';

export const SEED = 6334;
export const YEARS: readonly number[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
export const ILLUSTRATIVE_DATASETS = ['ocop_products', 'mous', 'distribution', 'events', 'targets'] as const;
export type IllustrativeDataset = (typeof ILLUSTRATIVE_DATASETS)[number];

export function illustrativeSource(seed: number): string {
  return `Dữ liệu minh họa, sinh bởi scripts/generateData.ts (seed ${seed})`;
}

// ---------------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a 32-bit state PRNG, uniform in [0, 1). Small, fast and the same on every engine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, so each dataset draws from its own stream: changing one does not reshuffle the others. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number, label: string) {
    this.next = mulberry32((seed ^ hashLabel(label)) >>> 0);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [item, w] of entries) {
      r -= w;
      if (r < 0) return item;
    }
    const last = entries.at(-1);
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }
  /** k distinct items in a random order (Fisher–Yates on a copy). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy.slice(0, n);
  }
}

// ---------------------------------------------------------------------------------------------------
// What the real files cover

export interface RealCoverage {
  /** `${layout}:${code}` → the latest year for which a cumulative OCOP total was published. */
  readonly ocopCumulativeUntil: ReadonlyMap<string, number>;
  /** `${layout}:${code}:${year}` → real OCOP products recorded for that province-year. */
  readonly ocopCounts: ReadonlyMap<string, number>;
  /** `${layout}:${code}:${year}`: a province that is a party of a real MoU row that year. */
  readonly mous: ReadonlySet<string>;
  /** `${layout}:${code}:${year}`: the host of a real event that year. */
  readonly events: ReadonlySet<string>;
  /** `${layout}:${origin}>${destination}:${year}` → real product_count of that cell. */
  readonly distribution: ReadonlyMap<string, number>;
  /** `${metric}|${province code or 'all'}|${year}`. */
  readonly targets: ReadonlySet<string>;
  /** `${metric}|${year}` → what the real rows add to a target metric nationwide (see TARGET_METRICS). */
  readonly totals: ReadonlyMap<string, number>;
}

export interface RealFile {
  readonly path: string;
  readonly dataset: DatasetId;
  readonly bytes: Uint8Array;
}

const cellKey = (layout: Layout | string, code: string, year: number): string => `${layout}:${code}:${year}`;

function str(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Reads the real files through the same ingest as the app; a real file that does not load cleanly is a bug. */
export function realCoverage(files: readonly RealFile[]): RealCoverage {
  const ocopCumulativeUntil = new Map<string, number>();
  const ocopCounts = new Map<string, number>();
  const mous = new Set<string>();
  const events = new Set<string>();
  const distribution = new Map<string, number>();
  const targets = new Set<string>();
  const totals = new Map<string, number>();
  const addTotal = (metric: string, year: number, value: number): void => {
    totals.set(`${metric}|${year}`, (totals.get(`${metric}|${year}`) ?? 0) + value);
  };
  for (const file of files) {
    const result: IngestResult = ingestCsv(file.bytes, { dataset: file.dataset });
    const firstReject = result.table.rejected[0];
    if (result.error || firstReject) {
      throw new Error(`${file.path} does not load cleanly: ${JSON.stringify(result.error ?? firstReject)}`);
    }
    for (const row of result.table.rows) {
      switch (file.dataset) {
        case 'ocop_products': {
          const key = `${str(row.province_layout)}:${str(row.province_code)}`;
          ocopCumulativeUntil.set(key, Math.max(ocopCumulativeUntil.get(key) ?? 0, num(row.year)));
          const cell = cellKey(str(row.province_layout), str(row.province_code), num(row.year));
          ocopCounts.set(cell, (ocopCounts.get(cell) ?? 0) + num(row.count));
          addTotal('ocop_products', num(row.year), num(row.count));
          break;
        }
        case 'mous': {
          const year = Number(str(row.date).slice(0, 4));
          mous.add(cellKey(str(row.party_a_province_layout), str(row.party_a_province_code), year));
          mous.add(cellKey(str(row.party_b_province_layout), str(row.party_b_province_code), year));
          addTotal('mous_signed', year, num(row.count));
          break;
        }
        case 'events':
          events.add(
            cellKey(
              str(row.host_province_layout),
              str(row.host_province_code),
              Number(str(row.date).slice(0, 4)),
            ),
          );
          break;
        case 'distribution': {
          const key = `${str(row.origin_province_layout)}:${str(row.origin_province_code)}>${str(row.destination_code)}:${num(row.year)}`;
          distribution.set(key, (distribution.get(key) ?? 0) + num(row.product_count));
          if (HUBS.includes(str(row.destination_code) as HubCode)) {
            addTotal('products_in_hcmc_hanoi', num(row.year), num(row.product_count));
          }
          break;
        }
        case 'targets':
          targets.add(`${str(row.metric)}|${str(row.province_code)}|${num(row.year)}`);
          break;
      }
    }
  }
  return { ocopCumulativeUntil, ocopCounts, mous, events, distribution, targets, totals };
}

export const NO_REAL_DATA: RealCoverage = {
  ocopCumulativeUntil: new Map(),
  ocopCounts: new Map(),
  mous: new Set(),
  events: new Set(),
  distribution: new Map(),
  targets: new Set(),
  totals: new Map(),
};

// ---------------------------------------------------------------------------------------------------
// Provinces in the layout of a period

interface Unit {
  readonly code: string;
  readonly layout: Layout;
  readonly name: string;
  /** The unit's region in its own layout (a new unit may sit in another region than an old part of it). */
  readonly region: RegionId;
}

function p63(code: string): Province63 {
  const p = province63(code);
  if (!p) throw new Error(`No province ${code} in the 63 layout`);
  return p;
}

/** The unit an old (63) province is in a given layout: itself before the merger, its new unit after. */
export function unitIn(code63: string, layout: Layout): Unit {
  const old = p63(code63);
  if (layout === '63') return { code: old.code, layout, name: old.name, region: old.region };
  const unit = province34(old.newCode);
  if (!unit) throw new Error(`No unit ${old.newCode} in the 34 layout`);
  return { code: unit.code, layout, name: unit.name, region: unit.region };
}

const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

// ---------------------------------------------------------------------------------------------------
// Hubs, partners and distributors

export type HubCode = '79' | '01';
export const HUBS: readonly HubCode[] = ['79', '01'];

/** Partner provinces per hub: HCMC "hơn 40" (VTV, 22/09/2023), Hanoi 42 (BNEWS, 06/12/2023). */
export const HUB_PARTNER_COUNT: Readonly<Record<HubCode, number>> = { '79': 44, '01': 42 };

/**
 * Partners every draw keeps: the provinces the real data ties to a hub (Đồng Tháp's products in HCMC,
 * Sóc Trăng, the five Central Highlands provinces of the April 2024 conference) and, for Hanoi, the
 * northern mountain provinces of its July 2020 event.
 */
const FORCED_PARTNERS: Readonly<Record<HubCode, readonly string[]>> = {
  '79': ['87', '94', '62', '64', '66', '67', '68'],
  '01': PROVINCES_63.filter((p) => p.region === 'TDMNPB').map((p) => p.code),
};

const REGION_AFFINITY: Readonly<Record<HubCode, Readonly<Record<RegionId, number>>>> = {
  '79': { DNB: 1, DBSCL: 1, TN: 0.9, BTB_DHMT: 0.55, DBSH: 0.3, TDMNPB: 0.25 },
  '01': { TDMNPB: 1, DBSH: 1, BTB_DHMT: 0.8, TN: 0.45, DNB: 0.35, DBSCL: 0.45 },
};

export interface Distributor {
  readonly name: string;
  readonly hubs: readonly HubCode[];
}

/**
 * Retail systems named in seed 004 (Sóc Trăng, 2020) that the generator puts OCOP products into in
 * HCMC or Hanoi. Chánh Thu (fruit import–export) and siêu thị Tứ Sơn, named in the same article, are
 * not used: nothing in the sources places them in HCMC or Hanoi (data/README.md lists all eight).
 */
export const DISTRIBUTORS: readonly Distributor[] = [
  { name: 'Saigon Co.op', hubs: ['79'] },
  { name: 'Central Retail (Big C)', hubs: ['79', '01'] },
  { name: 'MM Mega Market', hubs: ['79', '01'] },
  { name: 'Bách Hóa Xanh', hubs: ['79'] },
  { name: 'VinaGreenCo', hubs: ['79'] },
  { name: 'BRG Retail', hubs: ['01'] },
];

export interface Partner {
  readonly code: string;
  /** First year of the relationship: its first MoU (gov–gov) is signed at the hub's first event that year. */
  readonly start: number;
  /** 0.5–1.5: how much happens between the hub and this partner. */
  readonly weight: number;
}

const START_YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2019, 5],
  [2020, 1],
  [2021, 2],
  [2022, 2],
  [2023, 1],
];

function choosePartners(seed: number, real: RealCoverage): Record<HubCode, Partner[]> {
  const rng = new Rng(seed, 'partners');
  const out = {} as Record<HubCode, Partner[]>;
  for (const hub of HUBS) {
    const candidates = PROVINCES_63.filter((p) => !HUBS.includes(p.code as HubCode));
    const scored = candidates.map((p) => ({
      code: p.code,
      forced: FORCED_PARTNERS[hub].includes(p.code),
      score: REGION_AFFINITY[hub][p.region] + rng.float() * 0.8,
    }));
    scored.sort((a, b) => Number(b.forced) - Number(a.forced) || b.score - a.score || byCode(a, b));
    const chosen = scored.slice(0, HUB_PARTNER_COUNT[hub]).sort(byCode);
    out[hub] = chosen.map(({ code }) => {
      // A relationship starts in a year where neither side's MoUs nor the hub's events are real data,
      // so its first MoU is never dropped; the figures in the press are reached by 2023.
      const allowed = START_YEAR_WEIGHTS.filter(
        ([year]) =>
          !real.mous.has(cellKey('63', hub, year)) &&
          !real.mous.has(cellKey('63', code, year)) &&
          !real.events.has(cellKey('63', hub, year)),
      );
      const start =
        code === '87' && hub === '79'
          ? 2019
          : rng.weighted(allowed.length > 0 ? allowed : START_YEAR_WEIGHTS);
      return { code, start, weight: 0.5 + rng.float() };
    });
  }
  return out;
}

/** The provinces the illustrative data speaks of besides the hubs: every partner of either hub. */
export function partnerProvinceCodes(seed = SEED, real: RealCoverage = NO_REAL_DATA): string[] {
  const partners = choosePartners(seed, real);
  return [...new Set(HUBS.flatMap((h) => partners[h].map((p) => p.code)))].sort();
}

// ---------------------------------------------------------------------------------------------------
// ocop_products

/**
 * The national cumulative the illustrative series follows, at the end of each year. The published
 * figures (data/real/national_totals.csv) are stocks of valid certificates: 5,401 early 2022 (→ end of
 * 2021), 8,689 at 31/12/2022, 10,322 in December 2023, 15,590 in December 2024, 18,243 in December
 * 2025. The dashboard's cumulative counts every product rated to date, expired certificates included,
 * so it runs a little above each stock (0.9–4.6 %, within the 5 % the consistency suite allows); this
 * also keeps 2023's ratings from looking like a collapse (the stock grew by only 1,633 that year).
 * 2019, 2020 and 2026 have no published figure: assumptions for illustration (2026 a full year, as
 * 2025: the dashboard is opened in December 2026).
 */
export const NATIONAL_CUMULATIVE: Readonly<Record<number, number>> = {
  2019: 1000,
  2020: 2900,
  2021: 5450,
  2022: 8760,
  2023: 10800,
  2024: 16100,
  2025: 18900,
  2026: 21550,
};

/**
 * National 5-star products recognised per year: 20 in the 2020 round (Báo Tuyên Quang: "20 sản phẩm
 * OCOP 5 sao, được Bộ NN&PTNT phân hạng năm 2020"), none in 2021–2022, 22 more by 2023 (42 in
 * December 2023), 37 more by December 2024 (79), 47 in the first 2025 round (Decision 2361/QĐ-BNNMT).
 * The cumulative never exceeds a published count at its date.
 */
export const FIVE_STAR_NEW: Readonly<Record<number, number>> = { 2020: 20, 2023: 22, 2024: 37, 2025: 47 };

/**
 * Hanoi's products rated per year beside its real rows: the real 301 were counted in mid-2020 (seed 002,
 * "toàn TP hiện có 301 sản phẩm"), and 1,054 were rated in 2019–2020 (nongnghiep.vn d309512), so 753
 * more in 2020; 1,649 by 2021 (lamgiau.laodongthudo.vn); 2,711 rated since 2019 by early 2024 (VNA, via
 * qdnd.vn: 6 five-star, 12 potential, 1,473 four-star, 1,220 three-star), 3,463 by December 2025
 * (Nhân Dân, Festival OCOP Việt Nam 2025). A year listed here adds to the hub's real rows of that year.
 * HCMC's: 66 by 30/6/2022, 39 of them recognised in 2022 (hoanhap.vn).
 */
const HUB_NEW_PER_YEAR: Readonly<Record<HubCode, Readonly<Record<number, number>>>> = {
  // 606 rated in the 2024 round (Báo Đầu tư), 3,317 by mid-2025 (Hanoi's new-countryside office, via
  // thuonghieusanpham.vn), so 146 more to 3,463.
  '01': { 2020: 753, 2021: 595, 2022: 520, 2023: 542, 2024: 606, 2025: 146, 2026: 300 },
  // 419 products by 29/6/2025 (SGGP, sggp.org.vn post801713).
  '79': { 2021: 27, 2022: 39, 2023: 150, 2024: 203, 2025: 30, 2026: 25 },
};

/**
 * Provinces' published OCOP totals (63 layout, to the end of the year; the sources' dates in brackets),
 * which the illustrative series reaches exactly: from none before 2019, straight between two of them;
 * after the last, the province takes a weighted share of each year's increase as the others do. Found
 * by the fact-check of session 7 (scripts' comments name each article; a stock at a date is met by the
 * end of the year before or of that year).
 */
export const PROVINCE_STOCKS: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  '10': { 2024: 269 }, // Lào Cai: 269 (baolaocai.vn post396860, 31/1/2025)
  '14': { 2019: 28 }, // Sơn La: 28 in 2019 (mekongsean.vn; Tạp chí Công Thương 73075)
  '19': { 2022: 173, 2024: 313 }, // Thái Nguyên: 173 (Thainguyentv, 2022); 313 (Dân Việt, 17/01/2025)
  '22': { 2023: 346, 2025: 437 }, // Quảng Ninh: 346 (thuonghieuquangninh.gov.vn, 2023); 437 (VietNamNet 2458806, 03/11/2025)
  '27': { 2023: 93, 2024: 302 }, // Bắc Ninh: 93 (vietnamhoinhap.vn 46333, 11/2023); 302 (bacninh.gov.vn, 2024)
  '38': { 2020: 69, 2021: 100 }, // Thanh Hóa: 69 in 2018–2020 (ocoptinhthanhhoa.com.vn); 100 (langnghethanhhoa.vn, 8/2021)
  '40': { 2019: 48, 2022: 403 }, // Nghệ An: 48 (Báo Nghệ An, 2019); 403 (Dân Việt, 11/2023, to the end of 2022)
  '68': { 2021: 123 }, // Lâm Đồng: 123 (Báo Lâm Đồng, 17/11/2021)
  '72': { 2021: 26, 2023: 68, 2025: 139 }, // Tây Ninh: 26 (VietnamPlus 835744); 68 (nongnghiep.vn d360736, 06/09/2023); 139 (2025)
  '83': { 2022: 131 }, // Bến Tre: 131 (Nhân Dân post709438, 2022)
  '86': { 2024: 230 }, // Vĩnh Long: 230 (Báo Vĩnh Long, 4/2025)
  '87': { 2022: 357, 2023: 453 }, // Đồng Tháp: 357 (Báo Đồng Tháp, 02/01/2023); 453 (thuonghieunongnghiep.com.vn)
  '89': { 2020: 37, 2021: 62 }, // An Giang: 37 (Dân Việt, 01/2021); 62 (Dân Việt, 09/12/2021)
};

/**
 * Provinces whose published five-star count is smaller than a random share could make it: no random
 * five-star product goes there. TP.HCM with Bình Dương and Bà Rịa – Vũng Tàu had none in November 2025
 * (Dân Việt, 25/11/2025); Tây Ninh one, Sơn La one (Báo Mới, 2/2025); Vĩnh Long and Lào Cai their first
 * two in the 2024 round (Báo Vĩnh Long; Báo Lào Cai post392978), Yên Bái none with Lào Cai (Dân Việt, 7/2025).
 */
const FIVE_STAR_PUBLISHED_FEWER: ReadonlySet<string> = new Set([
  '79',
  '74',
  '77',
  '72',
  '14',
  '86',
  '10',
  '15',
]);

/**
 * Five-star products of provinces with a published count, by the year they are placed in (the national
 * rounds of 2020, 2023, 2024 and 2025; a count published later is met by then): Thái Nguyên 2 in the
 * 2020 round and 4 by January 2025 (Dân Việt, 05/07/2021 and 17/01/2025); An Giang 2 (Dân Việt,
 * 09/12/2021); Lâm Đồng 2 (Báo Lâm Đồng, 17/11/2021); Thanh Hóa 1 (langnghethanhhoa.vn, 8/2021);
 * Kiên Giang at least 6 and Trà Vinh 3 by July 2023 (doanhnghiephoinhap.vn, 24/07/2023); Quảng Ninh 4 in
 * 2023 and 8 by November 2025 (thuonghieuquangninh.gov.vn; VietNamNet 2458806); Bến Tre 4 (2023
 * council, kenhhot.vn 37805); Sơn La 1 (Báo Mới, 2/2025); Vĩnh Long and Lào Cai their first 2 in the 2024
 * round; Tây Ninh 1 (2025). Hanoi's are in HANOI_FIVE_STAR.
 */
const FIVE_STAR_PINNED: Readonly<Record<number, Readonly<Record<string, number>>>> = {
  2020: { '19': 2, '89': 2, '68': 2, '38': 1, '91': 2 },
  2023: { '22': 4, '83': 4, '84': 3, '91': 4 },
  2024: { '19': 2, '14': 1, '86': 2, '10': 2 },
  2025: { '22': 4, '72': 1 },
};
const FIVE_STAR_PINNED_CODES: ReadonlySet<string> = new Set(
  Object.values(FIVE_STAR_PINNED).flatMap((byCode) => Object.keys(byCode)),
);

/** A pinned province's cumulative at the end of `year`, or undefined past its last published total. */
export function pinnedStock(stocks: Readonly<Record<number, number>>, year: number): number | undefined {
  let fromYear = (YEARS[0] ?? 2019) - 1;
  let fromValue = 0;
  for (const [y, value] of Object.entries(stocks)
    .map(([y, v]) => [Number(y), v] as const)
    .sort((a, b) => a[0] - b[0])) {
    if (year <= y) return Math.round(fromValue + ((value - fromValue) * (year - fromYear)) / (y - fromYear));
    fromYear = y;
    fromValue = value;
  }
  return undefined;
}
/** Hanoi's 5-star products: four (Quang Vinh's) in the 2020 round (nongnghiep.vn d309512), six by early 2024 (VNA). */
const HANOI_FIVE_STAR: Readonly<Record<number, number>> = { 2020: 4, 2023: 2 };

/**
 * Shares of 3-star, 4-star and potential 5-star among a year's new products (5-star apart), so that
 * the cumulative shares follow the published ones: 62.6 / 35.8 % early 2022, 67.3 / 31.2 % in 2023,
 * 76.2 / 22.9 % in December 2024. Hanoi rates more 4-star products (1,473 of 2,711).
 */
const STAR_SHARES: Readonly<Record<number, readonly (readonly [StarLevelId, number])[]>> = {
  2019: [
    ['3', 0.6],
    ['4', 0.38],
    ['potential-5', 0.02],
  ],
  2020: [
    ['3', 0.6],
    ['4', 0.38],
    ['potential-5', 0.02],
  ],
  2021: [
    ['3', 0.64],
    ['4', 0.345],
    ['potential-5', 0.015],
  ],
  2022: [
    ['3', 0.7],
    ['4', 0.293],
    ['potential-5', 0.007],
  ],
  2023: [
    ['3', 0.72],
    ['4', 0.27],
    ['potential-5', 0.01],
  ],
  2024: [
    ['3', 0.93],
    ['4', 0.065],
    ['potential-5', 0.005],
  ],
  2025: [
    ['3', 0.8],
    ['4', 0.19],
    ['potential-5', 0.01],
  ],
  2026: [
    ['3', 0.8],
    ['4', 0.19],
    ['potential-5', 0.01],
  ],
};
const HANOI_STAR_SHARES: readonly (readonly [StarLevelId, number])[] = [
  ['3', 0.47],
  ['4', 0.525],
  ['potential-5', 0.005],
];

/** For --rows N: one product per row, stars drawn with the shares of the whole period. */
export const STAR_WEIGHTS: readonly (readonly [StarLevelId, number])[] = [
  ['3', 0.716],
  ['4', 0.268],
  ['potential-5', 0.011],
  ['5', 0.005],
];
const STAR_ORDER: readonly StarLevelId[] = ['3', '4', '5', 'potential-5'];

/** The groups of Decision 148/QĐ-TTg (2023); ornamental plants are a small group. */
export const GROUP_WEIGHTS: readonly (readonly [ProductGroupId, number])[] = [
  ['food', 0.58],
  ['beverage', 0.14],
  ['herbal', 0.11],
  ['handicraft', 0.11],
  ['ornamental', 0.02],
  ['tourism', 0.04],
];
const GROUP_ORDER: readonly ProductGroupId[] = GROUP_WEIGHTS.map(([g]) => g);

function ocopCovered(real: RealCoverage, layout: Layout, code: string, year: number): boolean {
  const until = real.ocopCumulativeUntil.get(`${layout}:${code}`);
  return until !== undefined && year <= until;
}

interface OcopCell {
  year: number;
  unit: Unit;
  star: StarLevelId;
  group: ProductGroupId;
  count: number;
}

/** `total` split over the keys in proportion to their weights, in integers (largest remainder). */
function apportion(total: number, weights: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  let sum = 0;
  for (const w of weights.values()) sum += w;
  if (total <= 0 || sum <= 0) return out;
  const remainders: [string, number][] = [];
  let given = 0;
  for (const [key, w] of weights) {
    const exact = (total * w) / sum;
    const whole = Math.floor(exact);
    out.set(key, whole);
    given += whole;
    remainders.push([key, exact - whole]);
  }
  remainders.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (let i = 0; i < total - given; i++) {
    const key = remainders[i % remainders.length]?.[0];
    if (key !== undefined) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * OCOP products for all 63 provinces (34 units in 2026): each year's national increase (the published
 * stocks above, less what the real rows record) is shared among the provinces not covered by a real
 * cumulative total, in proportion to a fixed weight per province; the hubs follow their published
 * figures. Five-star products are placed first, so their count per year is exact.
 */
function generateOcop(seed: number, real: RealCoverage): OcopCell[] {
  const rng = new Rng(seed, 'ocop_products');
  const codes = PROVINCES_63.map((p) => p.code).sort();
  const weight = new Map<string, number>();
  const firstYear = new Map<string, number>();
  const groupsOf = new Map<string, readonly (readonly [ProductGroupId, number])[]>();
  for (const code of codes) {
    // Đồng Tháp is among the provinces with the most OCOP products; its real "trên 300" products in
    // HCMC's channels in 2023 (VTV) need a stock of at least that many.
    weight.set(code, code === '87' ? 3.6 : 0.45 + rng.float() * 1.3);
    firstYear.set(code, rng.chance(0.65) ? 2019 : rng.chance(0.8) ? 2020 : 2021);
    groupsOf.set(
      code,
      GROUP_WEIGHTS.map(([g, w]) => [g, w * (0.5 + rng.float())] as const),
    );
  }
  const realInYear = (year: number): number => {
    let n = 0;
    for (const [key, value] of real.ocopCounts) if (key.endsWith(`:${year}`)) n += value;
    return n;
  };
  const cells = new Map<string, OcopCell>();
  const add = (year: number, code63: string, star: StarLevelId, group: ProductGroupId, n: number): void => {
    if (n <= 0) return;
    const unit = unitIn(code63, layoutForYear(year));
    const key = `${year}|${unit.code}|${star}|${group}`;
    const cell = cells.get(key);
    if (cell) cell.count += n;
    else cells.set(key, { year, unit, star, group, count: n });
  };
  let previous = 0;
  for (const year of YEARS) {
    const increase = (NATIONAL_CUMULATIVE[year] ?? previous) - previous;
    previous = NATIONAL_CUMULATIVE[year] ?? previous;
    const eligible = (code: string): boolean =>
      (firstYear.get(code) ?? 2019) <= year && !ocopCovered(real, '63', code, year);
    const perProvince = new Map<string, number>();
    let others = increase - realInYear(year);
    for (const hub of HUBS) {
      const listed = HUB_NEW_PER_YEAR[hub][year];
      const n = listed !== undefined || eligible(hub) ? (listed ?? 0) : 0;
      perProvince.set(hub, n);
      others -= n;
    }
    // Provinces with a published total take what reaches it, before the others share the rest.
    const pinned = new Set<string>();
    for (const [code, stocks] of Object.entries(PROVINCE_STOCKS)) {
      const to = pinnedStock(stocks, year);
      if (to === undefined) continue;
      const n = to - (pinnedStock(stocks, year - 1) ?? 0);
      pinned.add(code);
      perProvince.set(code, n);
      others -= n;
    }
    const weights = new Map<string, number>();
    for (const code of codes) {
      if (HUBS.includes(code as HubCode) || pinned.has(code) || !eligible(code)) continue;
      weights.set(code, (weight.get(code) ?? 1) * (0.75 + 0.5 * rng.float()));
    }
    for (const [code, n] of apportion(others, weights)) perProvince.set(code, n);
    // Five-star products go to a pinned province as to another, by its share of the year.
    for (const code of pinned) if ((perProvince.get(code) ?? 0) > 0) weights.set(code, weight.get(code) ?? 1);

    // Five-star first: Hanoi's and the other published ones, then the rest over the provinces of the
    // year, by weight. A province given published five-star products has at least that many that year.
    const fiveStar = new Map<string, number>();
    const hanoiFive = HANOI_FIVE_STAR[year] ?? 0;
    if (hanoiFive > 0) fiveStar.set('01', hanoiFive);
    let restFive = (FIVE_STAR_NEW[year] ?? 0) - hanoiFive;
    for (const [code, n] of Object.entries(FIVE_STAR_PINNED[year] ?? {})) {
      fiveStar.set(code, n);
      restFive -= n;
      if ((perProvince.get(code) ?? 0) < n) perProvince.set(code, n);
    }
    const candidates = [...weights.keys()].filter(
      (code) => !FIVE_STAR_PUBLISHED_FEWER.has(code) && !FIVE_STAR_PINNED_CODES.has(code),
    );
    while (restFive > 0 && candidates.length > 0) {
      const code = rng.weighted(candidates.map((c) => [c, weights.get(c) ?? 1] as const));
      if ((fiveStar.get(code) ?? 0) < (perProvince.get(code) ?? 0)) {
        fiveStar.set(code, (fiveStar.get(code) ?? 0) + 1);
        restFive--;
      } else candidates.splice(candidates.indexOf(code), 1);
    }
    for (const code of codes) {
      const n = perProvince.get(code) ?? 0;
      if (n <= 0) continue;
      const groups = groupsOf.get(code) ?? GROUP_WEIGHTS;
      const shares = code === '01' && year <= 2023 ? HANOI_STAR_SHARES : (STAR_SHARES[year] ?? STAR_WEIGHTS);
      const five = fiveStar.get(code) ?? 0;
      const drawn = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const star = i < five ? '5' : rng.weighted(shares);
        const key = `${star}|${rng.weighted(groups)}`;
        drawn.set(key, (drawn.get(key) ?? 0) + 1);
      }
      for (const [key, count] of drawn) {
        const [star, group] = key.split('|') as [StarLevelId, ProductGroupId];
        add(year, code, star, group, count);
      }
    }
  }
  return [...cells.values()].sort(
    (a, b) =>
      a.year - b.year ||
      byCode(a.unit, b.unit) ||
      STAR_ORDER.indexOf(a.star) - STAR_ORDER.indexOf(b.star) ||
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group),
  );
}

/** Cumulative OCOP products (illustrative + real) of a unit up to a year, in that year's layout. */
function ocopStock(ocop: readonly OcopCell[], real: RealCoverage): (unit: Unit, year: number) => number {
  return (unit, year) => {
    let n = 0;
    const sameUnit = (layout: string, code: string, y: number): boolean => {
      if (y > year) return false;
      if (layout === unit.layout) return code === unit.code;
      // A '63' row counts for the 34 unit its province merged into.
      return unit.layout === '34' && layout === '63' && unitIn(code, '34').code === unit.code;
    };
    for (const c of ocop) if (sameUnit(c.unit.layout, c.unit.code, c.year)) n += c.count;
    for (const [key, value] of real.ocopCounts) {
      const [layout = '', code = '', y = ''] = key.split(':');
      if (sameUnit(layout, code, Number(y))) n += value;
    }
    return n;
  };
}

// ---------------------------------------------------------------------------------------------------
// events and mous

const HUB_EVENTS_PER_YEAR: Readonly<Record<number, number>> = {
  2019: 4,
  2020: 2,
  2021: 2,
  2022: 4,
  2023: 5,
  2024: 5,
  2025: 5,
  2026: 6,
};
const PARTNER_EVENTS_PER_YEAR: Readonly<Record<number, number>> = {
  2019: 2,
  2020: 1,
  2021: 1,
  2022: 2,
  2023: 3,
  2024: 3,
  2025: 3,
  2026: 3,
};

interface EventRow {
  date: string;
  name: string;
  host: Unit;
  participants: Unit[];
  businesses: number;
  productsShown: number;
  mousSigned: number;
}

interface MouRow {
  date: string;
  event: string;
  partyA: string;
  partyAUnit: Unit;
  partyB: string;
  partyBUnit: Unit;
  type: MouTypeId;
  count: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const department = (unit: Unit): string => `Sở Công Thương ${unit.name}`;
const businessesOf = (unit: Unit): string => `Doanh nghiệp, HTX ${unit.name}`;

function regionOf(code63: string): RegionId {
  return p63(code63).region;
}

function regionName(id: RegionId): string {
  return REGIONS.find((r) => r.id === id)?.nameVi ?? id;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let k = 2; taken.has(candidate); k++) candidate = `${name} (đợt ${k})`;
  taken.add(candidate);
  return candidate;
}

/** Participants of an event in the layout of its date: old units merged into one new unit appear once. */
function unitsOf(
  codes63: readonly string[],
  layout: Layout,
  exclude: Unit,
): { unit: Unit; weight: number; olds: string[] }[] {
  const out = new Map<string, { unit: Unit; weight: number; olds: string[] }>();
  for (const code of codes63) {
    const unit = unitIn(code, layout);
    if (unit.code === exclude.code) continue;
    const entry = out.get(unit.code);
    if (entry) entry.olds.push(code);
    else out.set(unit.code, { unit, weight: 0, olds: [code] });
  }
  return [...out.values()];
}

function generateLinkage(
  seed: number,
  partners: Readonly<Record<HubCode, readonly Partner[]>>,
): { events: EventRow[]; mous: MouRow[] } {
  const rng = new Rng(seed, 'events_mous');
  const names = new Set<string>();
  const events: { row: EventRow; mous: MouRow[] }[] = [];

  for (const year of YEARS) {
    for (const hub of HUBS) {
      const weightOf = new Map(partners[hub].map((p) => [p.code, p.weight]));
      const active = partners[hub].filter((p) => p.start <= year).map((p) => p.code);
      const newcomers = partners[hub].filter((p) => p.start === year).map((p) => p.code);
      const chains = DISTRIBUTORS.filter((d) => d.hubs.includes(hub)).map((d) => d.name);

      const nHosted = HUB_EVENTS_PER_YEAR[year] ?? 0;
      for (let k = 0; k < nHosted; k++) {
        const month = 1 + Math.floor(((k + rng.float()) * 12) / nHosted);
        const date = `${year}-${pad2(month)}-${pad2(rng.int(1, 28))}`;
        const layout = layoutForDate(date);
        const hubUnit = unitIn(hub, layout);
        // A conference named after a region draws all its participants from that region (in the
        // layout of its date), at least two; the year's first event, where newcomers sign, names none.
        const inRegion = (c: string, region: RegionId): boolean => unitIn(c, layout).region === region;
        const regions = [...new Set(active.map((c) => unitIn(c, layout).region))]
          .filter(
            (r) =>
              unitsOf(
                active.filter((c) => inRegion(c, r)),
                layout,
                hubUnit,
              ).length >= 2,
          )
          .sort();
        const themeDraw = rng.chance(0.5) && regions.length > 0 ? rng.pick(regions) : undefined;
        const theme = k === 0 ? undefined : themeDraw;
        const pool = theme ? active.filter((c) => inRegion(c, theme)) : active;
        let chosen = rng.sample(pool, theme ? rng.int(3, 12) : rng.int(5, 14));
        if (theme && unitsOf(chosen, layout, hubUnit).length < 2) chosen = [...pool];
        if (k === 0) chosen = [...new Set([...newcomers, ...chosen])];
        chosen.sort();
        const kind = rng.int(0, 2);
        // Not the titles of the hubs' real recurring conferences ("Hội nghị kết nối cung cầu hàng hóa giữa
        // TP. Hồ Chí Minh và các tỉnh, thành phố năm 2023" had 45 localities): an illustrative event under
        // that title, with other figures, reads as a false report of the real one.
        const baseName = theme
          ? `Chương trình giao thương giữa ${hubUnit.name} và các tỉnh ${regionName(theme)} năm ${year}`
          : kind === 0
            ? `Chương trình giao thương hàng hóa tại ${hubUnit.name} năm ${year}`
            : kind === 1
              ? `Tuần lễ giới thiệu sản phẩm OCOP và đặc sản vùng miền tại ${hubUnit.name} năm ${year}`
              : `Hội chợ sản phẩm OCOP các tỉnh, thành tại ${hubUnit.name} năm ${year}`;
        const name = uniqueName(baseName, names);
        const participants = unitsOf(chosen, layout, hubUnit);
        const mous: MouRow[] = [];
        let businesses = rng.int(10, 40);
        for (const p of participants) {
          const weight = Math.max(...p.olds.map((c) => weightOf.get(c) ?? 1));
          const isNew = k === 0 && p.olds.some((c) => newcomers.includes(c));
          businesses += rng.int(4, 14);
          const base = { date, event: name, partyAUnit: hubUnit, partyBUnit: p.unit };
          if (isNew || rng.chance(0.25)) {
            mous.push({
              ...base,
              partyA: department(hubUnit),
              partyB: department(p.unit),
              type: 'gov_gov',
              count: 1,
            });
          }
          if (rng.chance(0.45)) {
            mous.push({
              ...base,
              partyA: rng.pick(chains),
              partyB: department(p.unit),
              type: 'gov_business',
              count: rng.int(1, 2),
            });
          }
          if (rng.chance(0.75)) {
            mous.push({
              ...base,
              partyA: rng.pick(chains),
              partyB: businessesOf(p.unit),
              type: 'business_business',
              count: rng.int(1, 3 + Math.round(8 * weight)),
            });
          }
        }
        const productsShown = businesses * rng.int(3, 7);
        events.push({
          row: {
            date,
            name,
            host: hubUnit,
            participants: participants.map((p) => p.unit),
            businesses,
            productsShown,
            mousSigned: 0,
          },
          mous,
        });
      }

      const nPartnerHosted = PARTNER_EVENTS_PER_YEAR[year] ?? 0;
      for (const host of rng.sample(active, nPartnerHosted).sort()) {
        const month = rng.int(1, 12);
        const date = `${year}-${pad2(month)}-${pad2(rng.int(1, 28))}`;
        const layout = layoutForDate(date);
        const hubUnit = unitIn(hub, layout);
        const hostUnit = unitIn(host, layout);
        if (hostUnit.code === hubUnit.code) continue; // merged into the hub: no longer a partner
        const neighbours = rng.sample(
          active.filter((c) => c !== host && regionOf(c) === regionOf(host)),
          rng.int(0, 4),
        );
        const participants = [
          hubUnit,
          ...unitsOf(neighbours.sort(), layout, hubUnit).map((p) => p.unit),
        ].filter((u, i, all) => u.code !== hostUnit.code && all.findIndex((v) => v.code === u.code) === i);
        const name = uniqueName(
          rng.chance(0.6)
            ? `Hội nghị kết nối cung cầu ${hostUnit.name} – ${hubUnit.name} năm ${year}`
            : `Hội chợ sản phẩm OCOP và đặc sản ${hostUnit.name} năm ${year}`,
          names,
        );
        const weight = weightOf.get(host) ?? 1;
        const base = { date, event: name, partyAUnit: hubUnit, partyBUnit: hostUnit };
        const mous: MouRow[] = [];
        if (rng.chance(0.5)) {
          mous.push({
            ...base,
            partyA: department(hubUnit),
            partyB: department(hostUnit),
            type: 'gov_gov',
            count: 1,
          });
        }
        if (rng.chance(0.6)) {
          mous.push({
            ...base,
            partyA: rng.pick(chains),
            partyB: department(hostUnit),
            type: 'gov_business',
            count: rng.int(1, 3),
          });
        }
        mous.push({
          ...base,
          partyA: rng.pick(chains),
          partyB: businessesOf(hostUnit),
          type: 'business_business',
          count: rng.int(2, 4 + Math.round(10 * weight)),
        });
        const businesses = rng.int(40, 180);
        events.push({
          row: {
            date,
            name,
            host: hostUnit,
            participants,
            businesses,
            productsShown: businesses * rng.int(2, 5),
            mousSigned: 0,
          },
          mous,
        });
      }
    }
  }

  // A real row adds to its year: the illustrative events and MoUs of a province-year with real rows
  // are kept (dropping them blanked, e.g., every illustrative HCMC event of 2024 for one real event).
  const keptEvents: EventRow[] = [];
  const keptMous: MouRow[] = [];
  for (const { row, mous } of events) {
    row.mousSigned = mous.reduce((sum, m) => sum + m.count, 0);
    keptEvents.push(row);
    keptMous.push(...mous);
  }
  keptEvents.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : 1));
  const order = new Map(keptEvents.map((e, i) => [e.name, i]));
  const typeOrder: readonly MouTypeId[] = ['gov_gov', 'gov_business', 'business_business'];
  keptMous.sort(
    (a, b) =>
      (order.get(a.event) ?? 0) - (order.get(b.event) ?? 0) ||
      byCode(a.partyBUnit, b.partyBUnit) ||
      typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) ||
      (a.partyA < b.partyA ? -1 : a.partyA > b.partyA ? 1 : 0),
  );
  return { events: keptEvents, mous: keptMous };
}

// ---------------------------------------------------------------------------------------------------
// distribution

interface DistributionRow {
  year: number;
  origin: Unit;
  destination: Unit;
  distributor: string;
  channel: ChannelTypeId;
  group: ProductGroupId;
  count: number;
}

interface Channel {
  distributor: string;
  channel: ChannelTypeId;
  group: ProductGroupId;
  start: number;
  values: Map<number, number>;
}

function generateDistribution(
  seed: number,
  real: RealCoverage,
  partners: Readonly<Record<HubCode, readonly Partner[]>>,
  stock: (unit: Unit, year: number) => number,
): DistributionRow[] {
  const rng = new Rng(seed, 'distribution');
  const rows = new Map<string, DistributionRow>();
  for (const hub of HUBS) {
    const chains = DISTRIBUTORS.filter((d) => d.hubs.includes(hub)).map((d) => d.name);
    for (const partner of partners[hub]) {
      const channels: Channel[] = [];
      const add = (distributor: string, channel: ChannelTypeId, earliest: number): void => {
        const start = Math.max(partner.start, earliest);
        const group = rng.weighted(GROUP_WEIGHTS.filter(([g]) => g !== 'tourism'));
        let value = 2 + rng.float() * 10 * partner.weight;
        const growth = 1.12 + rng.float() * 0.28;
        const values = new Map<number, number>();
        for (const year of YEARS) {
          if (year < start) continue;
          values.set(year, value * (0.9 + 0.2 * rng.float()));
          value *= growth;
        }
        channels.push({ distributor, channel, group, start, values });
      };
      for (const chain of rng.sample(chains, rng.int(1, Math.min(3, chains.length))).sort()) {
        add(chain, 'modern_retail', 2019);
      }
      if (rng.chance(0.5)) add('', 'ocop_showroom', 2019);
      if (rng.chance(0.4)) add('', 'ecommerce', 2020);

      // A real figure for this origin → hub in some year: scale the whole series to pass through it.
      for (const year of YEARS) {
        const realValue = real.distribution.get(`63:${partner.code}>${hub}:${year}`);
        if (realValue === undefined || year > 2025) continue;
        const drawnTotal = channels.reduce((sum, c) => sum + (c.values.get(year) ?? 0), 0);
        if (drawnTotal <= 0) continue;
        const scale = realValue / drawnTotal;
        for (const c of channels) for (const [y, v] of c.values) c.values.set(y, v * scale);
      }

      for (const c of channels) {
        for (const [year, value] of c.values) {
          const layout = layoutForYear(year);
          const origin = unitIn(partner.code, layout);
          const destination = unitIn(hub, layout);
          if (origin.code === destination.code) continue; // merged into the hub in 2026
          if (real.distribution.has(`${layout}:${origin.code}>${destination.code}:${year}`)) continue;
          const count = Math.max(1, Math.round(value));
          const key = `${year}|${destination.code}|${origin.code}|${c.distributor}|${c.channel}|${c.group}`;
          const row = rows.get(key);
          if (row) row.count += count;
          else
            rows.set(key, {
              year,
              origin,
              destination,
              distributor: c.distributor,
              channel: c.channel,
              group: c.group,
              count,
            });
        }
      }
    }
  }
  // `product_count` counts OCOP products, so an origin never has more products in the hubs' channels
  // than it has OCOP products to date: the illustrative rows of an origin-year are scaled down to fit
  // 90 % of its stock, after what real rows already place there.
  const byOrigin = new Map<string, DistributionRow[]>();
  for (const row of rows.values()) {
    const key = `${row.year}|${row.origin.layout}:${row.origin.code}`;
    byOrigin.set(key, [...(byOrigin.get(key) ?? []), row]);
  }
  for (const group of byOrigin.values()) {
    const first = group[0];
    if (!first) continue;
    let realThere = 0;
    for (const [cell, value] of real.distribution) {
      if (cell.startsWith(`${first.origin.layout}:${first.origin.code}>`) && cell.endsWith(`:${first.year}`))
        realThere += value;
    }
    const room = Math.floor(stock(first.origin, first.year) * 0.9) - realThere;
    const drawn = group.reduce((sum, r) => sum + r.count, 0);
    if (drawn <= room) continue;
    for (const r of group) {
      r.count = room <= 0 ? 0 : Math.floor((r.count * room) / drawn);
      if (r.count === 0)
        rows.delete(
          `${r.year}|${r.destination.code}|${r.origin.code}|${r.distributor}|${r.channel}|${r.group}`,
        );
    }
  }
  const channelOrder: readonly ChannelTypeId[] = [
    'modern_retail',
    'ocop_showroom',
    'ecommerce',
    'traditional_market',
    'food_service',
  ];
  return [...rows.values()].sort(
    (a, b) =>
      a.year - b.year ||
      byCode(a.destination, b.destination) ||
      byCode(a.origin, b.origin) ||
      channelOrder.indexOf(a.channel) - channelOrder.indexOf(b.channel) ||
      (a.distributor < b.distributor ? -1 : a.distributor > b.distributor ? 1 : 0) ||
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group),
  );
}

// ---------------------------------------------------------------------------------------------------
// targets

export const TARGET_METRICS = ['ocop_products', 'mous_signed', 'products_in_hcmc_hanoi'] as const;

interface TargetRow {
  metric: (typeof TARGET_METRICS)[number];
  province: Unit | 'all';
  year: number;
  target: number;
}

/** Provinces with their own targets besides 'all' (old codes; 2026 targets go to their new unit). */
const TARGET_PROVINCES: Readonly<Record<(typeof TARGET_METRICS)[number], readonly string[]>> = {
  ocop_products: ['01', '14', '68', '87'],
  mous_signed: ['01', '79'],
  products_in_hcmc_hanoi: ['14', '68', '87'],
};

const roundTo = (value: number, step: number): number => Math.max(step, Math.round(value / step) * step);

function generateTargets(
  seed: number,
  real: RealCoverage,
  ocop: readonly OcopCell[],
  mous: readonly MouRow[],
  distribution: readonly DistributionRow[],
): TargetRow[] {
  const rng = new Rng(seed, 'targets');
  const actual = new Map<string, number>();
  const add = (metric: string, province: string, year: number, value: number): void => {
    const key = `${metric}|${province}|${year}`;
    actual.set(key, (actual.get(key) ?? 0) + value);
  };
  for (const c of ocop) {
    add('ocop_products', 'all', c.year, c.count);
    add('ocop_products', c.unit.code, c.year, c.count);
  }
  for (const m of mous) {
    const year = Number(m.date.slice(0, 4));
    add('mous_signed', 'all', year, m.count);
    add('mous_signed', m.partyAUnit.code, year, m.count);
  }
  for (const d of distribution) {
    add('products_in_hcmc_hanoi', 'all', d.year, d.count);
    add('products_in_hcmc_hanoi', d.origin.code, d.year, d.count);
  }
  // Nationwide targets are set against everything reached, real figures included.
  for (const [key, value] of real.totals) {
    const [metric = '', year = ''] = key.split('|');
    add(metric, 'all', Number(year), value);
  }
  const rows: TargetRow[] = [];
  for (const metric of TARGET_METRICS) {
    for (const year of YEARS) {
      const layout = layoutForYear(year);
      const units: (Unit | 'all')[] = ['all'];
      for (const code of TARGET_PROVINCES[metric]) {
        const unit = unitIn(code, layout);
        if (!units.some((u) => u !== 'all' && u.code === unit.code)) units.push(unit);
      }
      for (const unit of units) {
        const code = unit === 'all' ? 'all' : unit.code;
        // A plan set a little above what was reached, so progress bars show both sides of 100%.
        const factor = 0.92 + rng.float() * 0.28;
        const value = actual.get(`${metric}|${code}|${year}`);
        if (value === undefined || value === 0) continue;
        if (real.targets.has(`${metric}|${code}|${year}`)) continue;
        rows.push({ metric, province: unit, year, target: roundTo(value * factor, value > 500 ? 50 : 5) });
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// The files

export interface IllustrativeFiles {
  readonly ocop_products: string;
  readonly mous: string;
  readonly distribution: string;
  readonly events: string;
  readonly targets: string;
}

/** All five illustrative CSVs, as the text written to data/illustrative/<dataset>.csv. */
export function generateIllustrativeData(real: RealCoverage, seed = SEED): IllustrativeFiles {
  const source = illustrativeSource(seed);
  const kind = 'illustrative';
  const partners = choosePartners(seed, real);
  const ocop = generateOcop(seed, real);
  const { events, mous } = generateLinkage(seed, partners);
  const distribution = generateDistribution(seed, real, partners, ocopStock(ocop, real));
  const targets = generateTargets(seed, real, ocop, mous, distribution);

  return {
    ocop_products: csvForReference(
      ['province', 'year', 'star', 'product_group', 'count', 'source', 'data_kind'],
      ocop.map((c) => [c.unit.name, String(c.year), c.star, c.group, String(c.count), source, kind]),
    ),
    mous: csvForReference(
      [
        'date',
        'event',
        'party_a',
        'party_a_province',
        'party_b',
        'party_b_province',
        'mou_type',
        'count',
        'source',
        'data_kind',
      ],
      mous.map((m) => [
        m.date,
        m.event,
        m.partyA,
        m.partyAUnit.name,
        m.partyB,
        m.partyBUnit.name,
        m.type,
        String(m.count),
        source,
        kind,
      ]),
    ),
    distribution: csvForReference(
      [
        'year',
        'origin_province',
        'destination',
        'distributor',
        'channel_type',
        'product_count',
        'product_group',
        'source',
        'data_kind',
      ],
      distribution.map((d) => [
        String(d.year),
        d.origin.name,
        d.destination.name,
        d.distributor,
        d.channel,
        String(d.count),
        d.group,
        source,
        kind,
      ]),
    ),
    events: csvForReference(
      [
        'date',
        'name',
        'host_province',
        'participating_provinces',
        'businesses',
        'products_shown',
        'mous_signed',
        'source',
        'data_kind',
      ],
      events.map((e) => [
        e.date,
        e.name,
        e.host.name,
        e.participants.map((p) => p.name).join('; '),
        String(e.businesses),
        String(e.productsShown),
        String(e.mousSigned),
        source,
        kind,
      ]),
    ),
    targets: csvForReference(
      ['metric', 'province', 'year', 'target', 'source', 'data_kind'],
      targets.map((t) => [
        t.metric,
        t.province === 'all' ? 'all' : t.province.name,
        String(t.year),
        String(t.target),
        source,
        kind,
      ]),
    ),
  };
}

// ---------------------------------------------------------------------------------------------------
// One row per product, for benchmarks and import tests (scripts/generateData.ts --rows N)

export const PRODUCT_BASES: Readonly<Record<ProductGroupId, readonly string[]>> = {
  food: [
    'Gạo',
    'Mật ong',
    'Nước mắm',
    'Chả cá',
    'Nem chua',
    'Bánh pía',
    'Lạp xưởng',
    'Miến dong',
    'Hạt điều rang',
    'Khô cá',
    'Mứt',
    'Trái cây sấy',
    'Tương ớt',
    'Bánh tráng',
  ],
  beverage: ['Trà', 'Cà phê', 'Rượu', 'Nước cốt chanh dây', 'Trà atiso', 'Nước ép', 'Sữa hạt'],
  herbal: ['Tinh bột nghệ', 'Cao dược liệu', 'Trà thảo mộc', 'Tinh dầu sả', 'Sâm', 'Cao gắm'],
  handicraft: ['Gốm', 'Mây tre đan', 'Đồ gỗ mỹ nghệ', 'Nón lá', 'Chiếu cói', 'Thổ cẩm', 'Khăn lụa'],
  ornamental: ['Lan', 'Bonsai', 'Cây cảnh', 'Hoa mai'],
  tourism: ['Điểm du lịch cộng đồng', 'Homestay', 'Làng nghề trải nghiệm'],
  unspecified: ['Sản phẩm'],
};
export const VARIANTS: readonly string[] = [
  '',
  ' loại 1',
  ' hộp 500 g',
  ' túi 1 kg',
  ' đặc biệt',
  ' truyền thống',
  ' hữu cơ',
];
export const PRODUCER_WORDS: readonly string[] = [
  'An Phú',
  'Bình Minh',
  'Hòa Lợi',
  'Tân Tiến',
  'Phúc Thịnh',
  'Hưng Thịnh',
  'Thành Công',
  'Đồng Xanh',
  'Minh Châu',
  'Sông Quê',
  'Hương Việt',
  'Kim Long',
];
export const PRODUCER_TYPE_WEIGHTS: readonly (readonly [ProducerTypeId, number])[] = [
  ['cooperative', 0.38],
  ['enterprise', 0.26],
  ['household', 0.33],
  ['cooperative_group', 0.03],
];
export const PRODUCER_PREFIX: Readonly<Record<ProducerTypeId, string>> = {
  cooperative: 'HTX',
  enterprise: 'Công ty TNHH',
  household: 'Hộ kinh doanh',
  cooperative_group: 'Tổ hợp tác',
};
export const YEAR_WEIGHTS: readonly (readonly [number, number])[] = YEARS.map((y) => [
  y,
  (NATIONAL_CUMULATIVE[y] ?? 0) - (NATIONAL_CUMULATIVE[y - 1] ?? 0),
]);

export const PRODUCT_ROWS_HEADER: readonly string[] = [
  'province',
  'year',
  'star',
  'product_group',
  'product_name',
  'producer',
  'producer_type',
  'source',
  'data_kind',
];

/**
 * CSV text of `n` one-product rows, in chunks of `chunkRows` rows (the header in the first chunk), so a
 * writer can stream a million rows without holding them: only one chunk exists at a time.
 */
export function* productRowChunks(n: number, seed = SEED, chunkRows = 10_000): Generator<string> {
  const rng = new Rng(seed, 'product_rows');
  const source = illustrativeSource(seed);
  const codes63 = PROVINCES_63.map((p) => p.code);
  let chunk: string[][] = [[...PRODUCT_ROWS_HEADER]];
  for (let i = 0; i < n; i++) {
    const year = rng.weighted(YEAR_WEIGHTS);
    const unit = unitIn(rng.pick(codes63), layoutForYear(year));
    const group = rng.weighted(GROUP_WEIGHTS);
    const star = rng.weighted(STAR_WEIGHTS);
    const producerType = rng.weighted(PRODUCER_TYPE_WEIGHTS);
    chunk.push([
      unit.name,
      String(year),
      star === '5' && year < 2020 ? '4' : star,
      group,
      `${rng.pick(PRODUCT_BASES[group])} ${unit.name}${rng.pick(VARIANTS)}`,
      `${PRODUCER_PREFIX[producerType]} ${rng.pick(PRODUCER_WORDS)} ${unit.name}`,
      producerType,
      source,
      'illustrative',
    ]);
    if (chunk.length >= chunkRows) {
      yield csvLines(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) yield csvLines(chunk);
}

/** Rows as CSV lines with the shared RFC 4180 writer (its first argument is just the first line). */
function csvLines(rows: readonly (readonly string[])[]): string {
  const [first, ...rest] = rows;
  return first ? csvForReference(first, rest) : '';
}
