import type { Database } from '../db/database';
import { join, raw, runSql, type Sql, sql } from '../db/sql';
import type { FilterState } from '../filters/filterState';
import {
  distributionFacts,
  eventFacts,
  HUB_KEYS_34,
  illustrativeSum,
  linkFacts,
  mouFacts,
  ocopFacts,
} from './facts';

/** A measure per year, with the part of it that comes from illustrative rows. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
  readonly illustrative: number;
  /**
   * A count of provinces in a year whose rows are keyed by both layouts (in the 63 layout, a year with
   * rows from 1 July 2025 on) is made in the 34 units, never over old and new units side by side:
   * `value` is then that count, and this is true.
   */
  readonly countedIn34?: boolean;
  /** The same figure in the 34 units: what a comparison across the merger uses. Equals `value` for sums. */
  readonly value34?: number;
  readonly illustrative34?: number;
}

export const KPI_IDS = ['linkedProvinces', 'ocopProducts', 'mous', 'distributionProducts', 'events'] as const;
export type KpiId = (typeof KPI_IDS)[number];

type YearRow = Required<YearValue>;

/** Every headline figure by year under the filters; the view picks the year and the one before. */
export async function kpiSeries(db: Database, filters: FilterState): Promise<Record<KpiId, YearValue[]>> {
  const illustrativeUnits = (key: Sql) =>
    sql`count(DISTINCT ${key}) FILTER (WHERE data_kind = ${'illustrative'})`;
  // A partner in the 34 units: Bình Dương's links with HCMC are within HCMC there, so they do not count.
  const partner34 = sql`CASE WHEN unit_key_34 NOT IN ${HUB_KEYS_34} THEN unit_key_34 END`;
  const queries: Record<KpiId, Sql> = {
    linkedProvinces: sql`SELECT year,
        CASE WHEN bool_or(post_merger) THEN count(DISTINCT ${partner34}) ELSE count(DISTINCT unit_key) END::INTEGER AS value,
        CASE WHEN bool_or(post_merger) THEN ${illustrativeUnits(partner34)} ELSE ${illustrativeUnits(raw('unit_key'))} END::INTEGER AS illustrative,
        count(DISTINCT ${partner34})::INTEGER AS value34, ${illustrativeUnits(partner34)}::INTEGER AS illustrative34,
        bool_or(post_merger) AS "countedIn34"
      FROM ${linkFacts(filters)} GROUP BY year ORDER BY year`,
    ocopProducts: sql`SELECT year, sum(products)::INTEGER AS value, ${illustrativeSum('products')}::INTEGER AS illustrative
      FROM ${ocopFacts(filters)} GROUP BY year ORDER BY year`,
    mous: sql`SELECT year, sum(mous)::INTEGER AS value, ${illustrativeSum('mous')}::INTEGER AS illustrative
      FROM ${mouFacts(filters)} GROUP BY year ORDER BY year`,
    distributionProducts: sql`SELECT year, sum(products)::INTEGER AS value, ${illustrativeSum('products')}::INTEGER AS illustrative
      FROM ${distributionFacts(filters)} WHERE hub_code IS NOT NULL GROUP BY year ORDER BY year`,
    events: sql`SELECT year, count(*)::INTEGER AS value,
        count(*) FILTER (WHERE data_kind = ${'illustrative'})::INTEGER AS illustrative
      FROM ${eventFacts(filters)} GROUP BY year ORDER BY year`,
  };
  // One round trip to the worker for all five: each query there costs a few milliseconds of overhead.
  // Sums do not depend on the layout, so their 34-unit figure is the figure itself.
  const rows = await runSql<YearRow & { kpi: KpiId }>(
    db,
    join(
      KPI_IDS.map((id) =>
        id === 'linkedProvinces'
          ? sql`SELECT ${id}::VARCHAR AS kpi, * FROM (${queries[id]})`
          : sql`SELECT ${id}::VARCHAR AS kpi, year, value, illustrative, value AS value34,
              illustrative AS illustrative34, false AS "countedIn34" FROM (${queries[id]})`,
      ),
      ' UNION ALL ',
    ),
  );
  const series = Object.fromEntries(KPI_IDS.map((id) => [id, [] as YearValue[]])) as Record<
    KpiId,
    YearValue[]
  >;
  for (const { kpi, ...point } of rows) series[kpi].push(point);
  for (const id of KPI_IDS) series[id].sort((a, b) => a.year - b.year);
  return series;
}

export interface StarYear {
  readonly year: number;
  readonly star: string;
  readonly products: number;
  readonly illustrative: number;
}

/** OCOP products by year and star under every filter (a clicked star narrows the chart to that star). */
export async function ocopByYearAndStar(db: Database, filters: FilterState): Promise<StarYear[]> {
  return runSql<StarYear>(
    db,
    sql`SELECT year, star, sum(products)::INTEGER AS products, ${illustrativeSum('products')}::INTEGER AS illustrative
      FROM ${ocopFacts(filters)} GROUP BY year, star ORDER BY year, star`,
  );
}

export interface TypeYear {
  readonly year: number;
  readonly mouType: string;
  readonly mous: number;
}

export async function mousByYearAndType(db: Database, filters: FilterState): Promise<TypeYear[]> {
  return runSql<TypeYear>(
    db,
    sql`SELECT year, mou_type AS "mouType", sum(mous)::INTEGER AS mous FROM ${mouFacts(filters)}
      GROUP BY year, mou_type ORDER BY year, mou_type`,
  );
}

/** Years that have any data under the filters' dimensions (not the year range): the year choices. */
export async function availableYears(db: Database, filters: FilterState): Promise<number[]> {
  const skip = { skip: ['years'] as const };
  const rows = await runSql<{ year: number }>(
    db,
    sql`SELECT DISTINCT year FROM (
        SELECT year FROM ${ocopFacts(filters, skip)} UNION ALL SELECT year FROM ${mouFacts(filters, skip)}
        UNION ALL SELECT year FROM ${distributionFacts(filters, skip)} UNION ALL SELECT year FROM ${eventFacts(filters, skip)}
      ) ORDER BY year`,
  );
  return rows.map((r) => r.year);
}

export type FactSet = 'ocop' | 'mous' | 'distribution' | 'events';

/** The distinct sources of the real figures under the filters in the given datasets, for a chart's source line. */
export async function realSources(
  db: Database,
  filters: FilterState,
  sets: readonly FactSet[],
): Promise<string[]> {
  if (sets.length === 0) return [];
  const facts = {
    ocop: ocopFacts,
    mous: mouFacts,
    distribution: distributionFacts,
    events: eventFacts,
  } as const;
  // One query for every dataset, whichever are asked: a page's charts ask for different datasets under
  // the same filters, and the same query is run once (shared in flight, then kept by the database).
  const parts = (Object.keys(facts) as FactSet[]).map(
    (set) => sql`SELECT ${set} AS dataset, source, data_kind FROM ${facts[set](filters)}`,
  );
  const rows = await runSql<{ dataset: FactSet; source: string }>(
    db,
    sql`SELECT DISTINCT dataset, source FROM (${join(parts, ' UNION ALL ')}) WHERE data_kind = ${'real'} AND source IS NOT NULL ORDER BY source, dataset`,
  );
  return [...new Set(rows.filter((r) => sets.includes(r.dataset)).map((r) => r.source))];
}

/** How many rows under the filters are keyed by a new unit while the 63 layout is shown (they get a note). */
export async function postMergerRowCount(db: Database, filters: FilterState): Promise<number> {
  if (filters.layout === '34') return 0;
  const [row] = await runSql<{ n: number }>(
    db,
    sql`SELECT count(*)::INTEGER AS n FROM (
        SELECT post_merger FROM ${ocopFacts(filters)} UNION ALL SELECT post_merger FROM ${mouFacts(filters)}
        UNION ALL SELECT post_merger FROM ${distributionFacts(filters)} UNION ALL SELECT post_merger FROM ${eventFacts(filters)}
      ) WHERE post_merger`,
  );
  return row?.n ?? 0;
}
