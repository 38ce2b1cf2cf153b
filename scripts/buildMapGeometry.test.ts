import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROVINCES_34, PROVINCES_63 } from '../src/model/provinces.ts';
import {
  buildMapGeometry,
  GEO_DIR,
  GEO_FILES,
  type GeoCollection,
  type GeoFeature,
  matchSourceFeatures,
  provinceCodes,
  SOURCE_FILE,
} from './buildMapGeometry.ts';

type Source = Parameters<typeof matchSourceFeatures>[0];
const source = JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as { features: Source };
const committed = (layout: '63' | '34') =>
  JSON.parse(readFileSync(resolve(GEO_DIR, GEO_FILES[layout]), 'utf8')) as GeoCollection;

type Ring = [number, number][];
function polygonsOf(feature: GeoFeature): Ring[][] {
  const g = feature.geometry;
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
}
function inRing(ring: Ring, [x, y]: [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
/** The code of the feature containing a point (holes respected). */
function featureAt(collection: GeoCollection, point: [number, number]): string[] {
  return collection.features
    .filter((f) =>
      polygonsOf(f).some(
        ([outer, ...holes]) => outer && inRing(outer, point) && !holes.some((h) => inRing(h, point)),
      ),
    )
    .map((f) => f.properties.code);
}

describe('the committed map geometry', () => {
  it('has exactly the 63 provinces, and the 34 units of PROVINCES_34, plus the two archipelagos', () => {
    expect(provinceCodes(committed('63')).sort()).toEqual(PROVINCES_63.map((p) => p.code).sort());
    expect(provinceCodes(committed('34')).sort()).toEqual(PROVINCES_34.map((p) => p.code).sort());
    for (const layout of ['63', '34'] as const) {
      const names = new Map(committed(layout).features.map((f) => [f.properties.code, f.properties.name]));
      const units = layout === '63' ? PROVINCES_63 : PROVINCES_34;
      for (const p of units) expect(names.get(p.code)).toBe(p.name);
    }
  });

  it('shows Hoàng Sa as part of Đà Nẵng and Trường Sa as part of Khánh Hòa, within their published extent', () => {
    for (const layout of ['63', '34'] as const) {
      const islands = committed(layout).features.filter((f) => f.properties.province !== undefined);
      expect(islands.map((f) => [f.properties.code, f.properties.province, f.properties.name])).toEqual([
        ['48-HS', '48', 'Quần đảo Hoàng Sa (Đà Nẵng)'],
        ['56-TS', '56', 'Quần đảo Trường Sa (Khánh Hòa)'],
      ]);
      const extent = { '48-HS': [111.0, 112.8, 15.7, 17.1], '56-TS': [111.5, 117.8, 6.5, 11.5] } as const;
      for (const island of islands) {
        const [west, east, south, north] = extent[island.properties.code as keyof typeof extent];
        const points = polygonsOf(island).flatMap((p) => p.flat());
        expect(points.length).toBeGreaterThan(3 * 12);
        for (const [lon, lat] of points) {
          expect(lon).toBeGreaterThanOrEqual(west - 0.1);
          expect(lon).toBeLessThanOrEqual(east + 0.1);
          expect(lat).toBeGreaterThanOrEqual(south - 0.1);
          expect(lat).toBeLessThanOrEqual(north + 0.1);
        }
      }
    }
  });

  it('puts known places in the right province: the 63 as matched, the 34 as dissolved', () => {
    const places: [string, [number, number], string, string][] = [
      ['Hà Nội, Hoàn Kiếm', [105.852, 21.029], '01', '01'],
      ['TP.HCM, Bến Thành', [106.698, 10.773], '79', '79'],
      ['Bắc Kạn town ("Đông Bắc" in the source)', [105.834, 22.147], '06', '19'],
      ['Hưng Yên town ("Đồng Bằng Sông Hồng")', [106.05, 20.65], '33', '33'],
      ['Biên Hòa ("Đông Nam Bộ")', [106.82, 10.95], '75', '75'],
      ['Hội An ("Quàng Nam")', [108.33, 15.88], '49', '48'],
      ['Cao Lãnh (mis-encoded Đồng Tháp)', [105.63, 10.46], '87', '82'],
      ['Sóc Trăng', [105.97, 9.6], '94', '92'],
      ['Thủ Dầu Một, Bình Dương', [106.65, 10.98], '74', '79'],
      ['Bà Rịa', [107.17, 10.5], '77', '79'],
      ['Côn Sơn island, Côn Đảo', [106.585, 8.69], '77', '79'],
      ['Phú Quốc island', [103.96, 10.25], '91', '91'],
      ['Cát Bà island', [107.03, 20.78], '31', '31'],
    ];
    for (const [place, point, code63, code34] of places) {
      expect(featureAt(committed('63'), point), place).toEqual([code63]);
      expect(featureAt(committed('34'), point), place).toEqual([code34]);
    }
  });

  it('is small enough to fetch on a slow intranet', () => {
    for (const layout of ['63', '34'] as const) {
      expect(statSync(resolve(GEO_DIR, GEO_FILES[layout])).size).toBeLessThan(150_000);
    }
  });

  describe('and its build', () => {
    let built: Awaited<ReturnType<typeof buildMapGeometry>>;
    beforeAll(async () => {
      built = await buildMapGeometry(source);
    });

    it('is reproducible: the committed files are what the script writes', () => {
      expect(built['63']).toEqual(committed('63'));
      expect(built['34']).toEqual(committed('34'));
    });
  });
});

describe('matching the source to the 63 provinces', () => {
  const named = (name: string) => source.features.find((f) => f.properties.name === name);

  it('fails loudly when a province is missing', () => {
    const without = source.features.filter((f) => f.properties.name !== 'Sóc Trăng');
    expect(() => matchSourceFeatures(without)).toThrow(/province 94 Sóc Trăng has no source feature/);
  });

  it('fails loudly when a province is matched twice', () => {
    const twice = [...source.features, named('Can Tho') as Source[number]];
    expect(() => matchSourceFeatures(twice)).toThrow(/province 92 matched twice/);
  });

  it('fails loudly on a name it cannot match, and on a correction contradicted by GeoNames', () => {
    const renamed = source.features.map((f) =>
      f.properties.name === 'Hau Giang'
        ? { ...f, properties: { ...f.properties, name: 'Hậu Giang Mới' } }
        : f,
    );
    expect(() => matchSourceFeatures(renamed)).toThrow(/"Hậu Giang Mới" matches no province/);
    const swapped = source.features.map((f) =>
      f.properties.name === 'Ha Tinh' ? { ...f, properties: { ...f.properties, name: 'Nghệ An' } } : f,
    );
    expect(() => matchSourceFeatures(swapped)).toThrow(/gn_name "Tinh Ha Tinh" is 42/);
  });

  it('gives each minor island to its province', () => {
    const polygons = matchSourceFeatures(source.features);
    expect(polygons.size).toBe(63);
    // Bạch Long Vĩ (Hải Phòng) and Lý Sơn (Quảng Ngãi) come from Natural Earth's unassigned islands.
    const near = (code: string, lon: number, lat: number) =>
      (polygons.get(code) ?? []).some((p) =>
        (p[0] ?? []).some(([x, y]) => Math.abs(x - lon) < 0.05 && Math.abs(y - lat) < 0.05),
      );
    expect(near('31', 107.73, 20.13)).toBe(true);
    expect(near('51', 109.12, 15.38)).toBe(true);
  });
});
