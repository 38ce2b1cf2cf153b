import type { Database } from '../db/database';
import { join, raw, runSql, type Sql, sql, where } from '../db/sql';
import { DESTINATIONS, type FilterState } from '../filters/filterState';
import { comparedYear } from '../filters/kpiYear';
import { type Layout, layoutForYear } from '../model/provinces';
import { REGIONS, type RegionId } from '../model/regions';
import { distributionFacts, mouFacts, ocopFacts } from './facts';
import { availableYears } from './overviewMetrics';

/** One province (unit of the active layout) in the analysts' table. */
export interface ProvinceTableRow {
  readonly unitKey: string;
  readonly code: string;
  readonly layout: Layout;
  readonly name: string;
  readonly nameEn: string;
  readonly region: RegionId;
  /** A unit after 1 July 2025 shown in the 63 layout: its figures cannot be split among the old units. */
  readonly postMerger: boolean;
  /** OCOP products rated in the year range, by star and in all. */
  readonly star3: number;
  readonly star4: number;
  readonly star5: number;
  readonly starPotential5: number;
  /** Proposed to the centre for five-star recognition, not yet decided. */
  readonly starProposed5: number;
  readonly ocopTotal: number;
  /** MoUs signed in the year range, attributed to the partner province (see facts.mouFacts). */
  readonly mous: number;
  /**
   * Products in HCMC's / Hanoi's distribution channels in the compared year. The contract makes
   * product_count a stock (products present in a year), so adding years would count a product once per
   * year it stays on the shelf; the table shows the stock of one year, the year the KPI cards compare
   * (null without a year, or when the unit did not exist that year: see ocopYear).
   */
  readonly toHcmc: number | null;
  readonly toHanoi: number | null;
  /**
   * OCOP products rated in the compared year; null when no OCOP data under the filters has that year, or
   * when the unit did not exist then (in the 63 layout an old unit has no year after 2025, a post-merger
   * unit none before 2026: its figures for those years are under the other kind of unit).
   */
  readonly ocopYear: number | null;
  /** The same for the year before the compared year (what the totals row subtracts). */
  readonly ocopPrevious: number | null;
  /** ocopYear minus ocopPrevious; null unless both exist (as on the KPI cards: no fake change). */
  readonly ocopChange: number | null;
  /** Whether any illustrative (generated) row feeds this row's figures. */
  readonly illustrative: boolean;
}

export interface ProvinceTable {
  /** The year the compared-year columns are about (the KPI cards' year), null without data. */
  readonly year: number | null;
  readonly rows: readonly ProvinceTableRow[];
}

/** Region order of the statistics yearbook (north to south), for the default row order. */
function regionRank(column: Sql): Sql {
  const cases = REGIONS.map((r, i) => sql`WHEN ${r.id} THEN ${i}`);
  return sql`CASE ${column} ${join(cases, ' ')} END`;
}

/**
 * Every unit of the active layout, with data or not (from unit_map), under the region and province
 * filters; units seen only in the facts (post-merger units in the 63 layout) come from the facts.
 */
function layoutUnits(filters: FilterState): Sql {
  const conditions = [sql`view_layout = ${filters.layout}`, sql`NOT post_merger`];
  if (filters.regions.length > 0) conditions.push(sql`region IN ${filters.regions}`);
  if (filters.provinces.length > 0) conditions.push(sql`unit_code IN ${filters.provinces}`);
  return sql`SELECT DISTINCT unit_key, unit_code, unit_layout, name AS unit_name, name_en AS unit_name_en, region, post_merger
    FROM unit_map ${where(conditions)}`;
}

/**
 * Whether the unit of a row existed in a year. In the 34 layout every unit spans every year (the old
 * units roll up); in the 63 layout a year belongs to the old units up to 2025 and to the new ones after,
 * so comparing an old unit's 2026 (always 0) with its 2025 would show a fall that is only the merger.
 */
function unitExistsIn(filters: FilterState, year: number): Sql {
  return filters.layout === '34' ? sql`TRUE` : sql`(layout = ${layoutForYear(year)})`;
}

/**
 * The table's SQL for a compared year (null: no year has data); rows in the statistics yearbook's order,
 * after `orderBy` if given (tests compare the page's sorting with it).
 */
export function provinceTableSql(
  filters: FilterState,
  year: number | null,
  options: { orderBy?: Sql } = {},
): Sql {
  const y = year ?? -1;
  const current = sql`p.has_ocop_year AND ${unitExistsIn(filters, y)}`;
  const previous = sql`p.has_ocop_previous AND ${unitExistsIn(filters, y - 1)}`;
  const unitColumns = sql`unit_key, unit_code, unit_layout, unit_name, unit_name_en, region, post_merger`;
  const facts = sql`SELECT ${unitColumns}, year, data_kind, star, products AS ocop, NULL::INTEGER AS mous,
        NULL::INTEGER AS distributed, NULL::VARCHAR AS hub_code
      FROM ${ocopFacts(filters)}
    UNION ALL
    SELECT ${unitColumns}, year, data_kind, NULL, NULL, mous, NULL, NULL FROM ${mouFacts(filters)}
    UNION ALL
    SELECT ${unitColumns}, year, data_kind, NULL, NULL, NULL, products, hub_code FROM ${distributionFacts(filters)}
      WHERE hub_code IS NOT NULL AND year = ${y}`;
  const ocopIn = (star: string) => sql`coalesce(sum(f.ocop) FILTER (WHERE f.star = ${star}), 0)::INTEGER`;
  const toHub = (code: string) =>
    sql`coalesce(sum(f.distributed) FILTER (WHERE f.hub_code = ${code}), 0)::INTEGER`;
  return sql`WITH facts AS (${facts}),
    units AS (${layoutUnits(filters)} UNION SELECT DISTINCT ${unitColumns} FROM facts WHERE unit_key IS NOT NULL),
    presence AS (
      SELECT count(*) FILTER (WHERE ocop IS NOT NULL AND year = ${y}) > 0 AS has_ocop_year,
        count(*) FILTER (WHERE ocop IS NOT NULL AND year = ${y - 1}) > 0 AS has_ocop_previous,
      FROM facts
    ),
    measures AS (
      SELECT u.unit_key, any_value(u.unit_code) AS code, any_value(u.unit_layout) AS layout,
        any_value(u.unit_name) AS name, any_value(u.unit_name_en) AS "nameEn", any_value(u.region) AS region,
        bool_or(u.post_merger) AS "postMerger",
        ${ocopIn('3')} AS star3, ${ocopIn('4')} AS star4, ${ocopIn('5')} AS star5,
        ${ocopIn('potential-5')} AS "starPotential5", ${ocopIn('proposed-5')} AS "starProposed5",
        coalesce(sum(f.ocop), 0)::INTEGER AS "ocopTotal",
        coalesce(sum(f.mous), 0)::INTEGER AS mous,
        ${toHub(DESTINATIONS.hcmc)} AS "toHcmc",
        ${toHub(DESTINATIONS.hanoi)} AS "toHanoi",
        coalesce(sum(f.ocop) FILTER (WHERE f.year = ${y}), 0)::INTEGER AS ocop_year,
        coalesce(sum(f.ocop) FILTER (WHERE f.year = ${y - 1}), 0)::INTEGER AS ocop_previous,
        coalesce(bool_or(f.data_kind = ${'illustrative'}), false) AS illustrative
      FROM units u LEFT JOIN facts f ON f.unit_key = u.unit_key
      GROUP BY u.unit_key
    )
    SELECT unit_key AS "unitKey", code, layout, name, "nameEn", region, "postMerger",
      star3, star4, star5, "starPotential5", "starProposed5", "ocopTotal", mous,
      CASE WHEN ${year !== null} AND ${unitExistsIn(filters, y)} THEN "toHcmc" END AS "toHcmc",
      CASE WHEN ${year !== null} AND ${unitExistsIn(filters, y)} THEN "toHanoi" END AS "toHanoi",
      CASE WHEN ${current} THEN ocop_year END AS "ocopYear",
      CASE WHEN ${previous} THEN ocop_previous END AS "ocopPrevious",
      CASE WHEN ${current} AND ${previous} THEN ocop_year - ocop_previous END AS "ocopChange",
      illustrative
    FROM measures, presence p
    ORDER BY ${options.orderBy ? sql`${options.orderBy}, ` : sql``}${regionRank(raw('region'))}, "postMerger", code`;
}

/** The analysts' table under the filters: one row per unit of the active layout. */
export async function provinceTable(db: Database, filters: FilterState): Promise<ProvinceTable> {
  const year = comparedYear(filters, await availableYears(db, filters));
  const rows = await runSql<ProvinceTableRow>(db, provinceTableSql(filters, year));
  return { year, rows };
}
