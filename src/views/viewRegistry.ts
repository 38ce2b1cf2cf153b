import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
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
  /** Loaded on first visit, so the first screen's JavaScript stays small. */
  readonly component: LazyExoticComponent<ComponentType<{ db: Database }>>;
}

/** The pages of the dashboard. A new page adds one entry here (and its id to VIEW_IDS). */
export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'overview',
    label: 'viewOverview',
    inNav: true,
    usesFilters: true,
    component: lazy(() => import('./overview/OverviewView')),
  },
  {
    id: 'map',
    label: 'mapNav',
    inNav: true,
    usesFilters: true,
    component: lazy(() => import('./map/MapView')),
  },
  {
    id: 'linkages',
    label: 'linkagesNav',
    inNav: true,
    usesFilters: true,
    component: lazy(() => import('./linkages/LinkagesView')),
  },
  {
    id: 'distribution',
    label: 'distributionNav',
    inNav: true,
    usesFilters: true,
    component: lazy(() => import('./distribution/DistributionView')),
  },
  {
    id: 'report',
    label: 'reportNav',
    inNav: true,
    usesFilters: true,
    component: lazy(() => import('./report/ReportView')),
  },
  {
    id: 'provinces',
    label: 'provincesNav',
    inNav: true,
    usesFilters: true,
    component: lazy(() => import('./provinces/ProvincesView')),
  },
  {
    id: 'province',
    label: 'provinceDetailNav',
    inNav: false,
    usesFilters: true,
    component: lazy(() => import('./province/ProvinceDetailView')),
  },
  {
    id: 'sql',
    label: 'sqlNav',
    inNav: true,
    usesFilters: false,
    component: lazy(() => import('./sql/SqlConsoleView')),
  },
  {
    id: 'data',
    label: 'viewData',
    inNav: true,
    usesFilters: false,
    component: lazy(() => import('../upload/screen/DataView')),
  },
];
