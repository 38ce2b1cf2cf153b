import { MapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import type { Layout } from '../../model/provinces';
import { echarts } from '../echarts';

// Registered here, in the lazily loaded map page, so the first screen does not carry the map code.
echarts.use([MapChart, VisualMapComponent]);

/** A feature that belongs to a province without being one (the archipelagos). */
export interface MapIsland {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly province: string;
}

export interface MapGeometry {
  /** The name the geometry is registered under with ECharts. */
  readonly mapName: string;
  readonly islands: readonly MapIsland[];
}

interface GeoJsonFile {
  readonly type: 'FeatureCollection';
  readonly features: readonly {
    readonly properties: { code: string; name: string; nameEn: string; province?: string };
  }[];
}

const loads = new Map<Layout, Promise<MapGeometry>>();

/**
 * Fetches public/geo/vietnam-<layout>.json (built by scripts/buildMapGeometry.ts) from the site's own
 * origin, relative to the page so the site works under any sub-path, and registers it with ECharts.
 * Loaded once per layout; kept out of the JavaScript bundle.
 */
export function loadMapGeometry(layout: Layout): Promise<MapGeometry> {
  let load = loads.get(layout);
  if (!load) {
    load = (async () => {
      const url = new URL(`geo/vietnam-${layout}.json`, document.baseURI);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
      const geoJson = (await response.json()) as GeoJsonFile;
      if (geoJson.type !== 'FeatureCollection' || !Array.isArray(geoJson.features)) {
        throw new Error(`${url.pathname}: not a GeoJSON FeatureCollection`);
      }
      const mapName = `vietnam-${layout}`;
      echarts.registerMap(mapName, geoJson as unknown as Parameters<typeof echarts.registerMap>[1]);
      const islands = geoJson.features.flatMap((f) => {
        const { code, name, nameEn, province } = f.properties;
        return province === undefined ? [] : [{ code, name, nameEn, province }];
      });
      return { mapName, islands };
    })();
    // A failed load may be retried on the next visit.
    load.catch(() => loads.delete(layout));
    loads.set(layout, load);
  }
  return load;
}
