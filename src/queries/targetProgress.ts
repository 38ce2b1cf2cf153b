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
 */
export async function targetProgress(
  db: Database,
  filters: FilterState,
  year: number,
): Promise<TargetProgress[]> {
  const base: FilterState = { ...DEFAULT_FILTERS, layout: filters.layout };
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
      JOIN unit_map h ON h.view_layout = ${filters.layout} AND h.src_layout = m.hub_layout AND h.src_code = m.hub_code
     WHERE m.year = ${year} AND h.unit_key <> m.unit_key GROUP BY h.unit_key
    UNION ALL
    SELECT 'products_in_hcmc_hanoi', CASE WHEN grouping(unit_key) = 1 THEN 'all' ELSE unit_key END, sum(products), bool_or(data_kind = 'illustrative')
      FROM ${distributionFacts(base)} WHERE year = ${year} AND hub_code IS NOT NULL GROUP BY GROUPING SETS ((unit_key), ())`;
  const scope = [
    ...(filters.provinces.length > 0
      ? [sql`u.unit_layout = ${filters.layout} AND u.unit_code IN ${filters.provinces}`]
      : []),
    ...(filters.regions.length > 0 ? [sql`u.region IN ${filters.regions}`] : []),
  ];
  const targets = sql`
    SELECT t.metric, CASE WHEN t.province_code = 'all' THEN 'all' ELSE u.unit_key END AS unit_key,
           any_value(u.unit_code) AS unit_code, any_value(u.name) AS name, any_value(u.name_en) AS name_en,
           sum(t.target) AS target, bool_or(t.data_kind = 'illustrative') AS illustrative
      FROM targets t
      LEFT JOIN unit_map u ON u.view_layout = ${filters.layout} AND u.src_layout = t.province_layout AND u.src_code = t.province_code
     WHERE t.year = ${year} AND ${scope.length > 0 ? sql`t.province_code <> 'all' AND ${join(scope, ' AND ')}` : sql`TRUE`}
     GROUP BY 1, 2`;
  const rows = await runSql<{
    metric: TargetMetric;
    unit_key: string;
    unit_code: string | null;
    name: string | null;
    name_en: string | null;
    target: number;
    actual: number;
    illustrative: boolean;
  }>(
    db,
    sql`SELECT t.metric, t.unit_key, t.unit_code, t.name, t.name_en, t.target::DOUBLE AS target,
          coalesce(a.actual, 0)::DOUBLE AS actual, t.illustrative OR coalesce(a.illustrative, false) AS illustrative
        FROM (${targets}) t
        LEFT JOIN (SELECT metric, unit_key, sum(actual) AS actual, bool_or(illustrative) AS illustrative FROM (${actual}) GROUP BY ALL) a
          ON a.metric = t.metric AND a.unit_key = t.unit_key
        ORDER BY t.metric, t.unit_key = 'all' DESC, t.name`,
  );
  return rows.map((r) => ({
    metric: r.metric,
    unitKey: r.unit_key,
    unitCode: r.unit_code,
    name: r.name,
    nameEn: r.name_en,
    target: r.target,
    actual: r.actual,
    illustrative: r.illustrative,
  }));
}
