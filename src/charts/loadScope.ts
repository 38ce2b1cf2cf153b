import type { Database } from '../db/database';
import type { FilterState } from '../filters/filterState';
import { comparedYear } from '../filters/kpiYear';
import { productsByChannel, productsByDistributor } from '../queries/distribution';
import { availableYears, kpiSeries, ocopByYearAndStar } from '../queries/overviewMetrics';
import { provinceDetail } from '../queries/provinceDetail';

/**
 * What a chart loads with: the database, the filters, and `once`, which runs a load a single time
 * for all the charts of a page (the KPI series feed the cards and the linkage chart; the compared year
 * is read by several charts). Loads are keyed by the function itself, so they are module-level consts.
 */
export interface LoadScope {
  readonly db: Database;
  readonly filters: FilterState;
  once<T>(load: (scope: LoadScope) => Promise<T>): Promise<T>;
}

export function loadScope(db: Database, filters: FilterState): LoadScope {
  const answers = new Map<unknown, Promise<unknown>>();
  const scope: LoadScope = {
    db,
    filters,
    once<T>(load: (scope: LoadScope) => Promise<T>): Promise<T> {
      let answer = answers.get(load) as Promise<T> | undefined;
      if (!answer) {
        answer = load(scope);
        answers.set(load, answer);
      }
      return answer;
    },
  };
  return scope;
}

/** Years with any data under the filters' dimensions: the year choices. */
export const yearsWithData = (s: LoadScope) => availableYears(s.db, s.filters);

/** The year the KPI cards compare (and the charts showing one year show). */
export const comparedYearOf = async (s: LoadScope) => comparedYear(s.filters, await s.once(yearsWithData));

/** Every headline figure by year. */
export const kpiSeriesOf = (s: LoadScope) => kpiSeries(s.db, s.filters);

/** Distribution products by channel and year (the distribution page's years come from it). */
export const productsByChannelOf = (s: LoadScope) => productsByChannel(s.db, s.filters);

/**
 * The year the distribution page shows: the chosen one, else the latest with distribution figures in
 * the range. The figures are stocks, never summed over years.
 */
export const distributionYearOf = async (s: LoadScope) => {
  const rows = await s.once(productsByChannelOf);
  return comparedYear(
    s.filters,
    [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b),
  );
};

/** OCOP products by year and star level (the star chart and the KPI card's breakdown). */
export const ocopByStarOf = (s: LoadScope) => ocopByYearAndStar(s.db, s.filters);

/** Distribution products by distributor, hub and year (the distributors chart and the known-distributor table). */
export const productsByDistributorOf = (s: LoadScope) => productsByDistributor(s.db, s.filters);

/** The province page's figures for the focused province (null when none is focused or it is unknown). */
export const provinceDetailOf = (s: LoadScope) => provinceDetail(s.db, s.filters);
