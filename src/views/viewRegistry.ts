import { type ComponentType, createElement, lazy } from 'react';
import type { Database } from '../db/database';
import type { ViewId } from '../filters/filterState';
import type { MessageKey } from '../i18n/messages';

export interface ViewEntry {
  readonly id: ViewId;
  readonly label: MessageKey;
  /** Pages reached from elsewhere (a province's detail page) stay out of the navigation. */
  readonly inNav: boolean;
  /** Whether the shared filter bar is shown above the page. */
  readonly usesFilters: boolean;
  /** Loaded on first visit (or `preload`), so the first screen's JavaScript stays small. */
  readonly component: ComponentType<{ db: Database }>;
  /** Starts loading the page's code, e.g. while DuckDB starts, so the page draws as soon as it is ready. */
  readonly preload: () => void;
}

type ViewModule = { default: ComponentType<{ db: Database }> };

/**
 * A page whose code loads on demand. Once the code is in, the page renders at once: React.lazy suspends
 * on its first render even then, and React then holds the revealed page back for up to 300 ms (its
 * Suspense throttle; measured on the overview: about 250 ms between DuckDB ready and the first query).
 */
function onDemand(load: () => Promise<ViewModule>): Pick<ViewEntry, 'component' | 'preload'> {
  let loaded: ViewModule['default'] | undefined;
  let pending: Promise<ViewModule> | undefined;
  const start = () => {
    pending ??= load().then((module) => {
      loaded = module.default;
      return module;
    });
    return pending;
  };
  const Lazy = lazy(start);
  const component = (props: { db: Database }) => createElement(loaded ?? Lazy, props);
  return {
    component,
    preload: () => {
      // A failed preload is not an error yet: rendering the page retries and shows what went wrong.
      start().catch(() => {
        pending = undefined;
      });
    },
  };
}

/** The pages of the dashboard. A new page adds one entry here (and its id to VIEW_IDS). */
export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'overview',
    label: 'viewOverview',
    inNav: true,
    usesFilters: true,
    ...onDemand(() => import('./overview/OverviewView')),
  },
  {
    id: 'map',
    label: 'mapNav',
    inNav: true,
    usesFilters: true,
    ...onDemand(() => import('./map/MapView')),
  },
  {
    id: 'linkages',
    label: 'linkagesNav',
    inNav: true,
    usesFilters: true,
    ...onDemand(() => import('./linkages/LinkagesView')),
  },
  {
    id: 'distribution',
    label: 'distributionNav',
    inNav: true,
    usesFilters: true,
    ...onDemand(() => import('./distribution/DistributionView')),
  },
  {
    id: 'report',
    label: 'reportNav',
    inNav: true,
    usesFilters: true,
    ...onDemand(() => import('./report/ReportView')),
  },
  {
    id: 'provinces',
    label: 'provincesNav',
    inNav: true,
    usesFilters: true,
    ...onDemand(() => import('./provinces/ProvincesView')),
  },
  {
    id: 'province',
    label: 'provinceDetailNav',
    inNav: false,
    usesFilters: true,
    ...onDemand(() => import('./province/ProvinceDetailView')),
  },
  {
    id: 'sql',
    label: 'sqlNav',
    inNav: true,
    usesFilters: false,
    ...onDemand(() => import('./sql/SqlConsoleView')),
  },
  {
    id: 'data',
    label: 'viewData',
    inNav: true,
    usesFilters: false,
    ...onDemand(() => import('../upload/screen/DataView')),
  },
];
