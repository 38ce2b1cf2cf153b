import type { Database } from '../../db/database';
import type { FilterState } from '../../filters/filterState';
import { type AnyChartSpec, loadCharts } from '../chartSpec';
import { eventTimelineChart } from '../event-timeline/spec';
import { loadScope } from '../loadScope';
import { mouSankeyChart } from '../mou-sankey/spec';

/** The linkages page's charts, in page order. */
export const LINKAGES_CHARTS: readonly AnyChartSpec[] = [mouSankeyChart, eventTimelineChart];

/** Everything the linkages page shows, fetched together so the page changes in one step. */
export async function linkagesData(db: Database, filters: FilterState) {
  return { charts: await loadCharts(LINKAGES_CHARTS, loadScope(db, filters)) };
}

export type LinkagesData = Awaited<ReturnType<typeof linkagesData>>;
