import { DESTINATIONS } from '../filters/filterState';
import { type Layout, NOT_STATED_CODE } from '../model/provinces';
import type { Database } from './database';
import { join, raw, runSql, type Sql, sql } from './sql';

/**
 * The facts_* tables every metric reads (src/queries/facts.ts filters them): each dataset's rows
 * attributed to the province they are shown under in each layout (via unit_map: the 34 layout rolls the
 * 63 up; the 63 layout keeps post-merger rows under their new unit, flagged post_merger), built once per
 * data change, never per click.
 */

export const HUB_CODES: readonly string[] = Object.values(DESTINATIONS);
/** The hubs' codes as an SQL list, for conditions on `unit_code` or `hub_code`. */
export const HUB_LIST = raw(`(${HUB_CODES.map((c) => `'${c}'`).join(', ')})`);
/** The hubs as units of the 34 layout, for conditions on `unit_key_34`. */
export const HUB_KEYS_34 = raw(`(${HUB_CODES.map((c) => `'34:${c}'`).join(', ')})`);

/** Columns every fact subquery exposes for the active layout. */
const UNIT_COLUMNS = raw(
  'u.unit_key, u.unit_code, u.unit_layout, u.name AS unit_name, u.name_en AS unit_name_en, u.region, u.post_merger, u.unit_key_34',
);

function unitJoin(viewLayout: Layout, code: Sql, layout: Sql): Sql {
  return sql`JOIN unit_map u ON u.view_layout = ${viewLayout} AND u.src_layout = ${layout} AND u.src_code = ${code}`;
}

/**
 * As unitJoin, but a row whose province is the contract's "not stated" (code 00, which unit_map does not
 * list) is kept with no unit: it counts in every total, and no grouping, filter or link by province can
 * credit it to one (count(DISTINCT unit_key) skips it, `unit_code IN (…)` never matches it).
 */
function unitLeftJoin(viewLayout: Layout, code: Sql, layout: Sql): Sql {
  return sql`LEFT JOIN unit_map u ON u.view_layout = ${viewLayout} AND u.src_layout = ${layout} AND u.src_code = ${code}`;
}

const NOT_STATED = raw(`'${NOT_STATED_CODE}'`);

/**
 * How each fact set is computed from the dataset tables for one view layout. These run once per data
 * change (materializeFacts), not per click: the join to unit_map and the partner/hub logic are paid
 * then, and every metric reads the small, already-attributed facts_* tables (Mosaic's habit).
 */
const FACT_SOURCES = {
  /** OCOP products, summed per province, year, star, group and source: `products`. */
  facts_ocop: (
    layout: Layout,
  ) => sql`SELECT f.year, ${UNIT_COLUMNS}, f.star, f.product_group, f.data_kind, f.source,
      sum(f.count)::BIGINT AS products
    FROM ocop_products f ${unitLeftJoin(layout, raw('f.province_code'), raw('f.province_layout'))}
    GROUP BY ALL`,
  /**
   * MoUs, attributed to the partner province: the party that is not HCMC or Hanoi when one of them is a
   * hub, else party A (a party whose province is "not stated" is never the one credited while the other
   * is named; with both unnamed the row has no unit). `hub_code` is the hub involved (NULL when none
   * is); `counterpart_named` is false when either province is "not stated" or both parties carry the
   * same province (the older way of saying the source did not name the counterpart).
   */
  facts_mous: (layout: Layout) => {
    // The partner is party B when A is a hub and B is not, or when A's province is not stated.
    const partnerIsB = sql`(f.party_a_province_code = ${NOT_STATED}
      OR (f.party_a_province_code IN ${HUB_LIST} AND f.party_b_province_code NOT IN ${HUB_LIST}
        AND f.party_b_province_code <> ${NOT_STATED}))`;
    return sql`SELECT year(f.date)::INTEGER AS year, f.date, f.event, ${UNIT_COLUMNS}, f.mou_type, f.count AS mous,
        f.party_a, f.party_b,
        CASE WHEN f.party_a_province_code IN ${HUB_LIST} THEN f.party_a_province_code
             WHEN f.party_b_province_code IN ${HUB_LIST} THEN f.party_b_province_code END AS hub_code,
        CASE WHEN f.party_a_province_code IN ${HUB_LIST} THEN f.party_a_province_layout
             WHEN f.party_b_province_code IN ${HUB_LIST} THEN f.party_b_province_layout END AS hub_layout,
        (f.party_a_province_code <> ${NOT_STATED} AND f.party_b_province_code <> ${NOT_STATED}
          AND (f.party_a_province_code <> f.party_b_province_code OR f.party_a_province_layout <> f.party_b_province_layout)) AS counterpart_named,
        f.data_kind, f.source
      FROM mous f ${unitLeftJoin(
        layout,
        sql`CASE WHEN ${partnerIsB} THEN f.party_b_province_code ELSE f.party_a_province_code END`,
        sql`CASE WHEN ${partnerIsB} THEN f.party_b_province_layout ELSE f.party_a_province_layout END`,
      )}`;
  },
  /** Distribution rows, attributed to the origin province; `hub_code` is the destination when it is a hub. */
  facts_distribution: (
    layout: Layout,
  ) => sql`SELECT f.year, ${UNIT_COLUMNS}, f.distributor, f.channel_type, f.product_group,
      f.product_count AS products,
      CASE WHEN f.destination_code IN ${HUB_LIST} THEN f.destination_code END AS hub_code, f.data_kind, f.source
    FROM distribution f ${unitLeftJoin(layout, raw('f.origin_province_code'), raw('f.origin_province_layout'))}`,
  /**
   * Trade events, attributed to the host province; `hub_code` is the host when it is a hub. The
   * participants' codes (`;`-joined) are in `participants_layout`, the row's layout, like the host's.
   */
  facts_events: (layout: Layout) => sql`SELECT year(f.date)::INTEGER AS year, f.date, f.name, ${UNIT_COLUMNS},
      f.participating_provinces_count, f.participating_provinces_codes, f.host_province_layout AS participants_layout,
      f.businesses, f.products_shown, f.mous_signed,
      CASE WHEN f.host_province_code IN ${HUB_LIST} THEN f.host_province_code END AS hub_code, f.data_kind, f.source
    FROM events f ${unitLeftJoin(layout, raw('f.host_province_code'), raw('f.host_province_layout'))}`,
  /**
   * Provinces taking part in trade events: one row per event and participating unit of the layout
   * (events.participating_provinces_codes, codes in the event's own layout joined by ';'; an event that
   * gives only a number of provinces has no rows). Several old units rolled into one new unit count once.
   */
  facts_event_participants: (
    layout: Layout,
  ) => sql`SELECT DISTINCT year(f.date)::INTEGER AS year, f.date, f.name, ${UNIT_COLUMNS},
      h.unit_key AS host_unit_key, h.unit_code AS host_unit_code, h.name AS host_name, h.name_en AS host_name_en,
      f.participating_provinces_count, f.businesses, f.products_shown, f.mous_signed,
      CASE WHEN f.host_province_code IN ${HUB_LIST} THEN f.host_province_code END AS hub_code, f.data_kind, f.source
    FROM events f CROSS JOIN unnest(string_split(f.participating_provinces_codes, ';')) AS p(code)
    ${unitJoin(layout, raw('p.code'), raw('f.host_province_layout'))}
    JOIN unit_map h ON h.view_layout = ${layout} AND h.src_layout = f.host_province_layout
      AND h.src_code = f.host_province_code`,
} as const;

export type FactTable = keyof typeof FACT_SOURCES;
const LAYOUTS: readonly Layout[] = ['63', '34'];

/**
 * (Re)builds every facts_* table from the dataset tables, for both layouts. Called after the bundled
 * data loads and after every change of loaded data (db/dataLoads.ts), so metrics never see stale facts.
 */
export async function materializeFacts(db: Database): Promise<void> {
  for (const [table, source] of Object.entries(FACT_SOURCES) as [FactTable, (layout: Layout) => Sql][]) {
    const parts = LAYOUTS.map(
      (layout) => sql`SELECT ${layout}::VARCHAR AS view_layout, * FROM (${source(layout)})`,
    );
    await runSql(db, sql`CREATE OR REPLACE TABLE ${raw(table)} AS ${join(parts, ' UNION ALL ')}`);
  }
}
