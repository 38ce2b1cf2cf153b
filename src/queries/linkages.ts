import type { Database } from '../db/database';
import { runSql, type Sql, sql } from '../db/sql';
import type { FilterState } from '../filters/filterState';
import { eventFacts, HUB_LIST, illustrativeSum, mouFacts, type UnitOfRow } from './facts';

/** A flow that can be drawn: MoUs of one type between a named partner province and one hub. */
export interface MouFlow extends UnitOfRow {
  readonly hubCode: string;
  readonly mouType: string;
  readonly mous: number;
  readonly illustrative: number;
}

/**
 * MoUs by partner, hub and type over the filtered years: the flows of the linkage diagram. Only MoUs
 * that have both ends: a named counterpart (not the contract's self-pair), a hub, and a partner that
 * is not itself a hub (see `undrawnMous` for the rest).
 */
export async function mouFlows(db: Database, filters: FilterState): Promise<MouFlow[]> {
  return runSql<MouFlow>(
    db,
    sql`SELECT unit_key AS "unitKey", unit_code AS "unitCode", unit_layout AS "unitLayout", any_value(unit_name) AS name,
        any_value(unit_name_en) AS "nameEn", bool_or(post_merger) AS "postMerger", hub_code AS "hubCode",
        mou_type AS "mouType", sum(mous)::INTEGER AS mous, ${illustrativeSum('mous')}::INTEGER AS illustrative
      FROM ${mouFacts(filters)}
      WHERE counterpart_named AND hub_code IS NOT NULL AND unit_code NOT IN ${HUB_LIST}
      GROUP BY unit_key, unit_code, unit_layout, hub_code, mou_type
      ORDER BY unit_key, hub_code, mou_type`,
  );
}

/**
 * Why an MoU has no flow: the source did not name the counterpart (the self-pair rule of
 * data/README.md); neither party is HCMC or Hanoi; or the partner is itself a hub (an MoU between the
 * two hubs, or, in the 34 layout, a province since merged into a hub).
 */
export type UndrawnReason = 'unnamed' | 'noHub' | 'withinHub';

export interface UndrawnMous {
  readonly reason: UndrawnReason;
  readonly event: string | null;
  /** yyyy-mm-dd of the first MoU of the group. */
  readonly date: string;
  readonly name: string;
  readonly nameEn: string;
  readonly mous: number;
  readonly illustrative: number;
}

const UNDRAWN_REASON: Sql = sql`CASE WHEN NOT m.counterpart_named THEN ${'unnamed'}
    WHEN m.hub_code IS NULL THEN ${'noHub'} ELSE ${'withinHub'} END`;

/** The MoUs counted in the totals but not drawn as flows, by reason and event, largest first. */
export async function undrawnMous(db: Database, filters: FilterState): Promise<UndrawnMous[]> {
  return runSql<UndrawnMous>(
    db,
    // With no province stated for either party, the place is the event's host (where they were signed).
    sql`SELECT ${UNDRAWN_REASON} AS reason, m.event, strftime(min(m.date), '%Y-%m-%d') AS date,
        coalesce(any_value(m.unit_name), any_value(e.unit_name)) AS name,
        coalesce(any_value(m.unit_name_en), any_value(e.unit_name_en)) AS "nameEn",
        sum(m.mous)::INTEGER AS mous,
        coalesce(sum(m.mous) FILTER (WHERE m.data_kind = ${'illustrative'}), 0)::INTEGER AS illustrative
      FROM ${mouFacts(filters)} m
      LEFT JOIN (SELECT name, date, any_value(unit_name) AS unit_name, any_value(unit_name_en) AS unit_name_en
          FROM ${eventFacts(filters, { skip: ['provinces', 'regions'] })} GROUP BY name, date) e
        ON e.name = m.event AND e.date = m.date
      WHERE NOT (m.counterpart_named AND m.hub_code IS NOT NULL AND m.unit_code NOT IN ${HUB_LIST})
      GROUP BY reason, m.event, m.unit_key
      ORDER BY sum(m.mous) DESC, date, m.event`,
  );
}

/** A trade event with its published figures; counts are null when the source did not report them. */
export interface TradeEvent {
  /** yyyy-mm-dd */
  readonly date: string;
  readonly name: string;
  readonly hostCode: string;
  readonly hostLayout: string;
  readonly hostName: string;
  readonly hostNameEn: string;
  readonly hubCode: string | null;
  readonly provincesCount: number | null;
  /** The participants named by the source, in the active layout (merged units once). */
  readonly participants: readonly string[];
  readonly participantsEn: readonly string[];
  readonly businesses: number | null;
  readonly productsShown: number | null;
  readonly mousSigned: number | null;
  readonly dataKind: 'real' | 'illustrative';
  readonly source: string | null;
}

/**
 * Events under the filters, by date. A province filter keeps the events the province hosted or took
 * part in: on the linkage page a partner's events are mostly hosted by the hubs.
 */
export async function tradeEvents(db: Database, filters: FilterState): Promise<TradeEvent[]> {
  const codes = sql`unnest(string_split(e.participating_provinces_codes, ';'))`;
  const participantUnits = sql`(SELECT DISTINCT m.unit_code, m.unit_layout, m.name, m.name_en
      FROM (SELECT trim(${codes}) AS code) p
      JOIN unit_map m ON m.view_layout = ${filters.layout} AND m.src_layout = e.participants_layout AND m.src_code = p.code)`;
  const provinceCondition =
    filters.provinces.length === 0
      ? sql``
      : sql`WHERE (e.unit_layout = ${filters.layout} AND e.unit_code IN ${filters.provinces})
          OR EXISTS (SELECT 1 FROM ${participantUnits} u
            WHERE u.unit_layout = ${filters.layout} AND u.unit_code IN ${filters.provinces})`;
  return runSql<TradeEvent>(
    db,
    sql`SELECT strftime(e.date, '%Y-%m-%d') AS date, e.name, e.unit_code AS "hostCode", e.unit_layout AS "hostLayout",
        e.unit_name AS "hostName", e.unit_name_en AS "hostNameEn", e.hub_code AS "hubCode",
        e.participating_provinces_count AS "provincesCount",
        coalesce((SELECT list(u.name) FROM ${participantUnits} u), []) AS participants,
        coalesce((SELECT list(u.name_en) FROM ${participantUnits} u), []) AS "participantsEn",
        e.businesses, e.products_shown AS "productsShown", e.mous_signed AS "mousSigned",
        e.data_kind AS "dataKind", e.source
      FROM ${eventFacts(filters, { skip: ['provinces'] })} e
      ${provinceCondition}
      ORDER BY e.date, e.name`,
  );
}
