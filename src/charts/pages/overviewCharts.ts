import type { AnyChartSpec } from '../chartSpec';
import { linkageTrendChart } from '../linkage-trend/spec';
import { ocopByStarChart } from '../ocop-by-star/spec';
import { topPartnersChart } from '../top-partners/spec';

/** The overview's charts, in page order; the yearly report draws the same specs. */
export const OVERVIEW_CHARTS: readonly AnyChartSpec[] = [
  ocopByStarChart,
  linkageTrendChart,
  topPartnersChart,
];
