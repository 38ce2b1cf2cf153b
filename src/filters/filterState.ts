import type { ProductGroupId, StarLevelId } from '../model/ocop';
import type { Layout } from '../model/provinces';
import type { RegionId } from '../model/regions';

/** Every page of the dashboard; a page exists in the app once views/viewRegistry.ts lists it. */
export const VIEW_IDS = [
  'overview',
  'map',
  'provinces',
  'province',
  'linkages',
  'distribution',
  'sql',
  'report',
  'data',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** The two distribution hubs, by their statistics codes (the same in both layouts). */
export const DESTINATIONS = { hcmc: '79', hanoi: '01' } as const;
export type DestinationId = keyof typeof DESTINATIONS;

/**
 * The one state object of the dashboard (OWID Grapher's habit): what is shown and how it is filtered.
 * It lives in the URL, so a view can be shared, bookmarked and reopened exactly; every query reads it.
 * Empty lists mean "all".
 */
export interface FilterState {
  readonly view: ViewId;
  readonly layout: Layout;
  /** The year the KPI cards compare against the one before; null = the latest year with data. */
  readonly year: number | null;
  /** Inclusive year range for trends and totals; null = no bound. */
  readonly yearFrom: number | null;
  readonly yearTo: number | null;
  readonly regions: readonly RegionId[];
  /** Province codes in `layout`. */
  readonly provinces: readonly string[];
  readonly groups: readonly ProductGroupId[];
  readonly stars: readonly StarLevelId[];
  readonly destinations: readonly DestinationId[];
  /** The province a detail page is about (a code in `layout`); null elsewhere. */
  readonly focus: string | null;
  /** A chart a shared link points at (its ChartCard id): scrolled to and highlighted; null = none. */
  readonly chart: string | null;
  /** Embed mode (for an iframe in a news site): the page shows only `chart`, without the app around it. */
  readonly embed: boolean;
  /**
   * A dataset published on a web server (src/remote/): a manifest or one Parquet/CSV file, as the link
   * gave it (resolved against the page when opened); null = the bundled data and the user's uploads.
   */
  readonly data: string | null;
}

export const DEFAULT_FILTERS: FilterState = {
  view: 'overview',
  // The layout of the newest data: figures from 1 July 2025 on are keyed by the 34 units, and the 34
  // layout rolls the 63 up, so every year compares like with like. The 63 layout is one click away.
  layout: '34',
  year: null,
  yearFrom: null,
  yearTo: null,
  regions: [],
  provinces: [],
  groups: [],
  stars: [],
  destinations: [],
  focus: null,
  chart: null,
  embed: false,
  data: null,
};
