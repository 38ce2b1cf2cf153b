/**
 * The illustrative data set that ships with the dashboard, as pure functions: real CSV bytes in, CSV text
 * out, no I/O, no clock, no Math.random. scripts/generateData.ts does the file work; tests call these.
 *
 * Reproducibility: one seeded PRNG (mulberry32) per dataset, fixed iteration orders (arrays sorted by
 * code, never by locale), only + − × ÷ and Math.round/floor on the random numbers (no Math.exp/log,
 * whose last bits may differ between engines). The same seed always gives the same bytes.
 *
 * Honesty rules (see data/README.md, "Dữ liệu thật và dữ liệu minh họa"):
 * - the generator never writes a row into a cell that the real files cover: ocop_products (province,
 *   every year up to a published cumulative total), mous (either party's province, year), events (host,
 *   year), distribution (origin, destination, year), targets (metric, province, year);
 * - an illustrative distribution series that meets a real figure is scaled to pass through it;
 * - HCMC has partners in 44 provinces ("hơn 40"), Hanoi in 42, as the press reports;
 * - the generator works in the 63-unit layout and maps to the 34 units for dates from 1 July 2025 and
 *   for 2026, so post-merger rows of several old units add up under their new unit.
 */

import { type IngestResult, ingestCsv } from '../src/ingest/ingestCsv.ts';
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
import { toCsv } from '../src/model/referenceCsv.ts';
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
  return { ocopCumulativeUntil, mous, events, distribution, targets, totals };
}

export const NO_REAL_DATA: RealCoverage = {
  ocopCumulativeUntil: new Map(),
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
}

function p63(code: string): Province63 {
  const p = province63(code);
  if (!p) throw new Error(`No province ${code} in the 63 layout`);
  return p;
}

/** The unit an old (63) province is in a given layout: itself before the merger, its new unit after. */
export function unitIn(code63: string, layout: Layout): Unit {
  const old = p63(code63);
  if (layout === '63') return { code: old.code, layout, name: old.name };
  const unit = province34(old.newCode);
  if (!unit) throw new Error(`No unit ${old.newCode} in the 34 layout`);
  return { code: unit.code, layout, name: unit.name };
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

/** Mean number of products a partner province gets rated per year (its own factor scales this). */
const OCOP_NEW_PER_YEAR: Readonly<Record<number, number>> = {
  2019: 14,
  2020: 20,
  2021: 22,
  2022: 30,
  2023: 30,
  2024: 48,
  2025: 44,
  2026: 26,
};

const STAR_WEIGHTS: readonly (readonly [StarLevelId, number])[] = [
  ['3', 0.716],
  ['4', 0.268],
  ['potential-5', 0.011],
  ['5', 0.005],
];
const STAR_ORDER: readonly StarLevelId[] = ['3', '4', '5', 'potential-5'];

const GROUP_WEIGHTS: readonly (readonly [ProductGroupId, number])[] = [
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

function generateOcop(seed: number, real: RealCoverage, provinces: readonly string[]): OcopCell[] {
  const rng = new Rng(seed, 'ocop_products');
  const cells = new Map<string, OcopCell>();
  for (const code of provinces) {
    // Hanoi rates by far the most products, HCMC (mostly urban) few and only from 2021 on.
    const factor = code === '01' ? 5 : code === '79' ? 0.5 : 0.45 + rng.float() * 1.3;
    const firstYear = code === '79' ? 2021 : rng.chance(0.7) ? 2019 : 2020;
    const groups = GROUP_WEIGHTS.map(([g, w]) => [g, w * (0.5 + rng.float())] as const);
    for (const year of YEARS) {
      const n = Math.round((OCOP_NEW_PER_YEAR[year] ?? 0) * factor * (0.75 + 0.5 * rng.float()));
      // Draw before deciding to keep, so real data only removes rows and never reshuffles the rest.
      const drawn: [StarLevelId, ProductGroupId][] = [];
      for (let i = 0; i < n; i++) {
        const star = rng.weighted(STAR_WEIGHTS);
        // National 5-star ratings started with the 2020 round.
        drawn.push([star === '5' && year < 2020 ? '4' : star, rng.weighted(groups)]);
      }
      const layout = layoutForYear(year);
      const unit = unitIn(code, layout);
      if (
        year < firstYear ||
        ocopCovered(real, '63', code, year) ||
        ocopCovered(real, layout, unit.code, year)
      )
        continue;
      for (const [star, group] of drawn) {
        const key = `${year}|${unit.code}|${star}|${group}`;
        const cell = cells.get(key);
        if (cell) cell.count++;
        else cells.set(key, { year, unit, star, group, count: 1 });
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
  2026: 3,
};
const PARTNER_EVENTS_PER_YEAR: Readonly<Record<number, number>> = {
  2019: 2,
  2020: 1,
  2021: 1,
  2022: 2,
  2023: 3,
  2024: 3,
  2025: 3,
  2026: 2,
};
/** 2026 is the current year of the data: events only in its first half. */
const LAST_MONTH: Readonly<Record<number, number>> = { 2026: 6 };

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
  real: RealCoverage,
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
      const lastMonth = LAST_MONTH[year] ?? 12;

      const nHosted = HUB_EVENTS_PER_YEAR[year] ?? 0;
      for (let k = 0; k < nHosted; k++) {
        const month = 1 + Math.floor(((k + rng.float()) * lastMonth) / nHosted);
        const date = `${year}-${pad2(month)}-${pad2(rng.int(1, 28))}`;
        const layout = layoutForDate(date);
        const hubUnit = unitIn(hub, layout);
        const regions = [...new Set(active.map(regionOf))].sort();
        const theme = rng.chance(0.5) && regions.length > 0 ? rng.pick(regions) : undefined;
        const pool = theme ? active.filter((c) => regionOf(c) === theme) : active;
        let chosen = rng.sample(pool, theme ? rng.int(3, 12) : rng.int(5, 14));
        if (k === 0) chosen = [...new Set([...newcomers, ...chosen])];
        chosen.sort();
        const kind = rng.int(0, 2);
        const baseName = theme
          ? `Hội nghị kết nối cung cầu giữa ${hubUnit.name} và các tỉnh ${regionName(theme)} năm ${year}`
          : kind === 0
            ? `Hội nghị kết nối cung cầu hàng hóa giữa ${hubUnit.name} và các tỉnh, thành phố năm ${year}`
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
        const month = rng.int(1, lastMonth);
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

  // Real data wins: drop events whose host-year is real, and MoUs touching a real province-year.
  const keptEvents: EventRow[] = [];
  const keptMous: MouRow[] = [];
  for (const { row, mous } of events) {
    const year = Number(row.date.slice(0, 4));
    if (real.events.has(cellKey(row.host.layout, row.host.code, year))) continue;
    const kept = mous.filter(
      (m) =>
        !real.mous.has(cellKey(m.partyAUnit.layout, m.partyAUnit.code, year)) &&
        !real.mous.has(cellKey(m.partyBUnit.layout, m.partyBUnit.code, year)),
    );
    row.mousSigned = kept.reduce((sum, m) => sum + m.count, 0);
    keptEvents.push(row);
    keptMous.push(...kept);
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
  const provinces = [...HUBS, ...partnerProvinceCodes(seed, real)].sort();
  const ocop = generateOcop(seed, real, provinces);
  const { events, mous } = generateLinkage(seed, real, partners);
  const distribution = generateDistribution(seed, real, partners);
  const targets = generateTargets(seed, real, ocop, mous, distribution);

  return {
    ocop_products: toCsv(
      ['province', 'year', 'star', 'product_group', 'count', 'source', 'data_kind'],
      ocop.map((c) => [c.unit.name, String(c.year), c.star, c.group, String(c.count), source, kind]),
    ),
    mous: toCsv(
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
    distribution: toCsv(
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
    events: toCsv(
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
    targets: toCsv(
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

const PRODUCT_BASES: Readonly<Record<ProductGroupId, readonly string[]>> = {
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
const VARIANTS: readonly string[] = [
  '',
  ' loại 1',
  ' hộp 500 g',
  ' túi 1 kg',
  ' đặc biệt',
  ' truyền thống',
  ' hữu cơ',
];
const PRODUCER_WORDS: readonly string[] = [
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
const PRODUCER_TYPE_WEIGHTS: readonly (readonly [ProducerTypeId, number])[] = [
  ['cooperative', 0.38],
  ['enterprise', 0.26],
  ['household', 0.33],
  ['cooperative_group', 0.03],
];
const PRODUCER_PREFIX: Readonly<Record<ProducerTypeId, string>> = {
  cooperative: 'HTX',
  enterprise: 'Công ty TNHH',
  household: 'Hộ kinh doanh',
  cooperative_group: 'Tổ hợp tác',
};
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = YEARS.map((y) => [y, OCOP_NEW_PER_YEAR[y] ?? 1]);

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
  return first ? toCsv(first, rest) : '';
}
