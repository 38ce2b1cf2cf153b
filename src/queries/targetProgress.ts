import type { Database } from '../db/database';
import { join, runSql, sql } from '../db/sql';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { distributionFacts, mouFacts, ocopFacts } from './facts';

export const TARGET_METRICS = ['ocop_products', 'mous_signed', 'products_in_hcmc_hanoi'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export interface TargetProgress {
  readonly metric: TargetMetric;
  /** 'all' for a national target, else the unit_key of the province in the active layout. */
  readonly unitKey: string;
  readonly unitCode: string | null;
  readonly name: string | null;
  readonly nameEn: string | null;
  readonly target: number;
  readonly actual: number;
  readonly illustrative: boolean;
}

/**
 * Targets of one year against what was achieved. Targets are set on totals, so the actual figures
 * ignore the star, group and destination filters (a 4-star count against an all-star target would
 * mislead); the layout decides which unit a provincial target belongs to, and a province or region
 * filter narrows which targets are shown. Several old provinces' targets under one new unit add up.
 *
 * Two queries joined here: what was achieved depends on the layout and the year only, so the page's
 * database answers it from its cache on most filter changes, and only the cheap targets query runs.
 */
export async function targetProgress(
  db: Database,
  filters: FilterState,
  year: number,
): Promise<TargetProgress[]> {
  const [targets, actuals] = await Promise.all([
    targetsOf(db, filters, year),
    achievedOf(db, filters.layout, year),
  ]);
  const achieved = new Map(actuals.map((a) => [`${a.metric}\u0000${a.unit_key}`, a]));
  const rows = targets.map((t): TargetProgress => {
    const a = achieved.get(`${t.metric}\u0000${t.unit_key}`);
    return {
      metric: t.metric,
      unitKey: t.unit_key,
      unitCode: t.unit_code,
      name: t.name,
      nameEn: t.name_en,
      target: t.target,
      actual: a?.actual ?? 0,
      illustrative: t.illustrative || (a?.illustrative ?? false),
    };
  });
  // By metric, the national target first, then by name (code point order, as DuckDB's, names missing last).
  const byName = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  return rows.sort(
    (a, b) =>
      (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0) ||
      Number(b.unitKey === 'all') - Number(a.unitKey === 'all') ||
      byName(a.name, b.name),
  );
}

/** The targets of a year shown under the filters, added up by unit of the active layout. */
function targetsOf(db: Database, filters: FilterState, year: number) {
  const scope = [
    ...(filters.provinces.length > 0
      ? [sql`u.unit_layout = ${filters.layout} AND u.unit_code IN ${filters.provinces}`]
      : []),
    ...(filters.regions.length > 0 ? [sql`u.region IN ${filters.regions}`] : []),
  ];
  return runSql<{
    metric: TargetMetric;
    unit_key: string;
    unit_code: string | null;
    name: string | null;
    name_en: string | null;
    target: number;
    illustrative: boolean;
  }>(
    db,
    sql`SELECT t.metric, CASE WHEN t.province_code = 'all' THEN 'all' ELSE u.unit_key END AS unit_key,
           any_value(u.unit_code) AS unit_code, any_value(u.name) AS name, any_value(u.name_en) AS name_en,
           sum(t.target)::DOUBLE AS target, bool_or(t.data_kind = 'illustrative') AS illustrative
      FROM targets t
      LEFT JOIN unit_map u ON u.view_layout = ${filters.layout} AND u.src_layout = t.province_layout AND u.src_code = t.province_code
     WHERE t.year = ${year} AND ${scope.length > 0 ? sql`t.province_code <> 'all' AND ${join(scope, ' AND ')}` : sql`TRUE`}
     GROUP BY 1, 2`,
  );
}

/** What was achieved in a year, by target metric and unit of the layout ('all' for the country), whatever the filters. */
function achievedOf(db: Database, layout: FilterState['layout'], year: number) {
  const base: FilterState = { ...DEFAULT_FILTERS, layout };
  // grouping() tells the total row from the rows with no unit (a "not stated" province), which must not add to it.
  const actual = sql`
    SELECT 'ocop_products' AS metric, CASE WHEN grouping(unit_key) = 1 THEN 'all' ELSE unit_key END AS unit_key, sum(products) AS actual, bool_or(data_kind = 'illustrative') AS illustrative
      FROM ${ocopFacts(base)} WHERE year = ${year} GROUP BY GROUPING SETS ((unit_key), ())
    UNION ALL
    SELECT 'mous_signed', CASE WHEN grouping(unit_key) = 1 THEN 'all' ELSE unit_key END, sum(mous), bool_or(data_kind = 'illustrative')
      FROM ${mouFacts(base)} WHERE year = ${year} GROUP BY GROUPING SETS ((unit_key), ())
    UNION ALL
    -- A hub's own MoU target counts the MoUs it signed (the rows above attribute them to the partner).
    SELECT 'mous_signed', h.unit_key, sum(m.mous), bool_or(m.data_kind = 'illustrative')
      FROM ${mouFacts(base)} m
      JOIN unit_map h ON h.view_layout = ${layout} AND h.src_layout = m.hub_layout AND h.src_code = m.hub_code
     WHERE m.year = ${year} AND h.unit_key <> m.unit_key GROUP BY h.unit_key
    UNION ALL
    SELECT 'products_in_hcmc_hanoi', CASE WHEN grouping(unit_key) = 1 THEN 'all' ELSE unit_key END, sum(products), bool_or(data_kind = 'illustrative')
      FROM ${distributionFacts(base)} WHERE year = ${year} AND hub_code IS NOT NULL GROUP BY GROUPING SETS ((unit_key), ())`;
  return runSql<{ metric: TargetMetric; unit_key: string; actual: number; illustrative: boolean }>(
    db,
    sql`SELECT metric, unit_key, sum(actual)::DOUBLE AS actual, bool_or(illustrative) AS illustrative
          FROM (${actual}) GROUP BY ALL`,
  );
}
