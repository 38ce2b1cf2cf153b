import type { AnyChartSpec } from '../../charts/chartSpec';
import { linkageTrendChart } from '../../charts/linkage-trend/spec';
import { ocopByStarChart } from '../../charts/ocop-by-star/spec';
import { topPartnersChart } from '../../charts/top-partners/spec';

/** The overview's charts, in page order; the yearly report draws the same specs. */
export const OVERVIEW_CHARTS: readonly AnyChartSpec[] = [
  ocopByStarChart,
  linkageTrendChart,
  topPartnersChart,
];
