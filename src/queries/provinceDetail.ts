import type { Database } from '../db/database';
import { runSql, type Sql, sql } from '../db/sql';
import { DESTINATIONS, type FilterState } from '../filters/filterState';
import type { Layout } from '../model/provinces';
import type { RegionId } from '../model/regions';
import { distributionFacts, eventFacts, eventParticipantFacts, mouFacts } from './facts';
import { ocopByYearAndStar, realSources, type StarYear } from './overviewMetrics';
import { type ProvinceTableRow, provinceTable } from './provinceTable';

/** A unit named by its code in a layout. */
export interface UnitRef {
  readonly code: string;
  readonly layout: Layout;
  readonly name: string;
  readonly nameEn: string;
}

/** Who a province is: its names and region, and how the 1 July 2025 merger touched it. */
export interface ProvinceProfile extends UnitRef {
  readonly unitKey: string;
  readonly region: RegionId;
  readonly kind: 'province' | 'city';
  /** HCMC or Hanoi: its partners are the provinces linked to it. */
  readonly isHub: boolean;
  /** For an old unit (63 layout): the new unit it became part of on 1 July 2025. */
  readonly mergedInto: UnitRef | null;
  /** For an old unit: the other old units merged into the same new unit (none: it was left unchanged). */
  readonly mergedWith: readonly UnitRef[];
  /** For a new unit (34 layout): the old units merged into it, itself included where it kept its name. */
  readonly constituents: readonly UnitRef[];
}

const HUB_CODES: readonly string[] = Object.values(DESTINATIONS);

/** The unit a detail page is about, from the reference tables; null for a code the layout does not have. */
export async function provinceProfile(
  db: Database,
  layout: Layout,
  code: string,
): Promise<ProvinceProfile | null> {
  const table = layout === '63' ? sql`provinces_63` : sql`provinces_34`;
  const [unit] = await runSql<
    Omit<ProvinceProfile, 'layout' | 'unitKey' | 'mergedInto' | 'mergedWith' | 'constituents' | 'isHub'>
  >(db, sql`SELECT code, name, name_en AS "nameEn", region, kind FROM ${table} WHERE code = ${code}`);
  if (!unit) return null;
  const mergedInto =
    layout === '63'
      ? ((
          await runSql<UnitRef>(
            db,
            sql`SELECT n.code, '34' AS layout, n.name, n.name_en AS "nameEn"
              FROM provinces_63 o JOIN provinces_34 n ON n.code = o.new_code WHERE o.code = ${code}`,
          )
        )[0] ?? null)
      : null;
  const mergedWith =
    layout === '63'
      ? await runSql<UnitRef>(
          db,
          sql`SELECT o.code, '63' AS layout, o.name, o.name_en AS "nameEn" FROM provinces_63 o
            WHERE o.new_code = (SELECT new_code FROM provinces_63 WHERE code = ${code}) AND o.code <> ${code}
            ORDER BY o.code`,
        )
      : [];
  const constituents =
    layout === '34'
      ? await runSql<UnitRef>(
          db,
          sql`SELECT code, '63' AS layout, name, name_en AS "nameEn" FROM provinces_63 WHERE new_code = ${code} ORDER BY code`,
        )
      : [];
  return {
    ...unit,
    layout,
    unitKey: `${layout}:${code}`,
    isHub: HUB_CODES.includes(code),
    mergedInto,
    mergedWith,
    constituents,
  };
}

/**
 * The filters a detail page uses: the page's province instead of the province and region filters (a
 * region filter that leaves the province out would empty its own page); years, groups, stars and
 * destinations apply as everywhere.
 */
export function detailFilters(filters: FilterState, code: string): FilterState {
  return { ...filters, provinces: [code], regions: [] };
}

/** The same without the province: for facts where the province is a counterpart, not the attributed unit. */
function counterpartFilters(filters: FilterState): FilterState {
  return { ...filters, provinces: [], regions: [] };
}

/** One partner of a province: a hub for an ordinary province, a partner province for a hub. */
export interface PartnerLink {
  readonly partnerKey: string;
  readonly code: string;
  readonly layout: Layout;
  readonly name: string;
  readonly nameEn: string;
  readonly postMerger: boolean;
  readonly mous: number;
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  /** Products in the other side's distribution channels in `productsYear`, the latest year with any (a stock). */
  readonly products: number | null;
  readonly productsYear: number | null;
  readonly illustrative: boolean;
}

/**
 * Partners: for an ordinary province the hubs (HCMC, Hanoi) it has MoUs with or products in; for a hub,
 * the provinces linked to it. MoUs whose counterpart the source does not name are counted apart
 * (`unnamedMous`), never given to a partner.
 */
export async function partnerLinks(
  db: Database,
  filters: FilterState,
  profile: ProvinceProfile,
): Promise<{ partners: PartnerLink[]; unnamedMous: number; unnamedIllustrative: boolean }> {
  const base = counterpartFilters(filters);
  const isFocus = sql`unit_key = ${profile.unitKey}`;
  // Rows of the MoU and distribution facts with the partner as (key, code, layout, names).
  const links: Sql = profile.isHub
    ? sql`SELECT unit_key AS partner_key, unit_code AS code, unit_layout AS layout, unit_name AS name,
          unit_name_en AS "nameEn", post_merger, year, data_kind, mous, NULL::INTEGER AS products
        FROM ${mouFacts(base)} WHERE hub_code = ${profile.code} AND counterpart_named AND NOT ${isFocus}
      UNION ALL
      SELECT unit_key, unit_code, unit_layout, unit_name, unit_name_en, post_merger, year, data_kind, NULL, products
        FROM ${distributionFacts(base)} WHERE hub_code = ${profile.code} AND NOT ${isFocus}`
    : sql`SELECT h.unit_key AS partner_key, h.unit_code AS code, h.unit_layout AS layout, h.name, h.name_en AS "nameEn",
          h.post_merger, f.year, f.data_kind, f.mous, f.products
        FROM (
          SELECT hub_code, year, data_kind, mous, NULL::INTEGER AS products
            FROM ${mouFacts(base)} WHERE ${isFocus} AND hub_code IS NOT NULL AND counterpart_named
          UNION ALL
          SELECT hub_code, year, data_kind, NULL, products FROM ${distributionFacts(base)}
            WHERE ${isFocus} AND hub_code IS NOT NULL
        ) f
        -- The focus unit is of the active layout, and so are the hubs of its rows (79 and 01 in either layout).
        JOIN unit_map h ON h.view_layout = ${filters.layout} AND h.src_layout = ${filters.layout} AND h.src_code = f.hub_code`;
  const partners = await runSql<PartnerLink>(
    db,
    sql`WITH links AS (${links}),
      stock AS (
        SELECT partner_key, year, sum(products)::INTEGER AS products FROM links WHERE products IS NOT NULL
        GROUP BY partner_key, year
      ),
      latest AS (SELECT partner_key, arg_max(products, year) AS products, max(year) AS year FROM stock GROUP BY partner_key)
      SELECT l.partner_key AS "partnerKey", any_value(l.code) AS code, any_value(l.layout) AS layout,
        any_value(l.name) AS name, any_value(l."nameEn") AS "nameEn", bool_or(l.post_merger) AS "postMerger",
        coalesce(sum(l.mous), 0)::INTEGER AS mous,
        min(l.year) FILTER (WHERE l.mous IS NOT NULL) AS "firstYear",
        max(l.year) FILTER (WHERE l.mous IS NOT NULL) AS "lastYear",
        any_value(s.products) AS products, any_value(s.year) AS "productsYear",
        bool_or(l.data_kind = ${'illustrative'}) AS illustrative
      FROM links l LEFT JOIN latest s ON s.partner_key = l.partner_key
      GROUP BY l.partner_key
      ORDER BY mous DESC, coalesce(any_value(s.products), 0) DESC, any_value(l.layout) DESC, any_value(l.code)`,
  );
  const [unnamed] = await runSql<{ mous: number; illustrative: boolean }>(
    db,
    sql`SELECT coalesce(sum(mous), 0)::INTEGER AS mous, coalesce(bool_or(data_kind = ${'illustrative'}), false) AS illustrative
      FROM ${mouFacts(base)} WHERE ${isFocus} AND NOT counterpart_named`,
  );
  return { partners, unnamedMous: unnamed?.mous ?? 0, unnamedIllustrative: unnamed?.illustrative ?? false };
}

/** One MoU row (or a row of several MoUs of one kind between the same parties) as the source gives it. */
export interface MouEntry {
  readonly date: number;
  readonly event: string | null;
  readonly partyA: string;
  readonly partyB: string;
  readonly mouType: string;
  readonly count: number;
  /** The province the MoU is attributed to (the partner side); on a hub's page, the partner province. */
  readonly partnerKey: string;
  readonly partnerName: string;
  readonly partnerNameEn: string;
  readonly counterpartNamed: boolean;
  /** The hub (79 HCMC, 01 Hanoi) a party of the MoU is, if any. */
  readonly hubCode: string | null;
  readonly dataKind: 'real' | 'illustrative';
  readonly source: string | null;
}

/** MoUs of the province (for a hub: every MoU it signed with a partner), newest first. */
export async function mouEntries(
  db: Database,
  filters: FilterState,
  profile: ProvinceProfile,
): Promise<MouEntry[]> {
  const involves = profile.isHub
    ? sql`(unit_key = ${profile.unitKey} OR hub_code = ${profile.code})`
    : sql`unit_key = ${profile.unitKey}`;
  return runSql<MouEntry>(
    db,
    sql`SELECT date, event, party_a AS "partyA", party_b AS "partyB", mou_type AS "mouType", mous AS count,
        unit_key AS "partnerKey", unit_name AS "partnerName", unit_name_en AS "partnerNameEn", counterpart_named AS "counterpartNamed",
        hub_code AS "hubCode", data_kind AS "dataKind", source
      FROM ${mouFacts(counterpartFilters(filters))} WHERE ${involves}
      ORDER BY date DESC, event, mou_type, unit_name, party_b`,
  );
}

/** Products of the province in HCMC's and Hanoi's channels, by year, hub, distributor and channel. */
export interface DistributionEntry {
  readonly year: number;
  readonly hubCode: string;
  readonly distributor: string | null;
  readonly channelType: string | null;
  readonly products: number;
  readonly illustrative: boolean;
  readonly sources: readonly string[];
}

export async function distributionEntries(
  db: Database,
  filters: FilterState,
  profile: ProvinceProfile,
): Promise<DistributionEntry[]> {
  return runSql<DistributionEntry>(
    db,
    sql`SELECT year, hub_code AS "hubCode", distributor, channel_type AS "channelType",
        sum(products)::INTEGER AS products, bool_or(data_kind = ${'illustrative'}) AS illustrative,
        coalesce(list_sort(list_distinct(list(source) FILTER (WHERE data_kind = ${'real'} AND source IS NOT NULL))), []::VARCHAR[]) AS sources
      FROM ${distributionFacts(counterpartFilters(filters))}
      WHERE unit_key = ${profile.unitKey} AND hub_code IS NOT NULL
      GROUP BY year, hub_code, distributor, channel_type
      ORDER BY year DESC, hub_code DESC, products DESC, distributor NULLS LAST, channel_type`,
  );
}

/** A trade event the province hosted or took part in. */
export interface EventEntry {
  readonly date: number;
  readonly name: string;
  readonly role: 'host' | 'participant';
  readonly hostName: string;
  readonly hostNameEn: string;
  readonly participatingProvinces: number | null;
  readonly businesses: number | null;
  readonly productsShown: number | null;
  readonly mousSigned: number | null;
  readonly dataKind: 'real' | 'illustrative';
  readonly source: string | null;
}

export async function eventEntries(
  db: Database,
  filters: FilterState,
  profile: ProvinceProfile,
): Promise<EventEntry[]> {
  const base = counterpartFilters(filters);
  const columns = sql`date, name, participating_provinces_count AS "participatingProvinces", businesses,
    products_shown AS "productsShown", mous_signed AS "mousSigned", data_kind AS "dataKind", source`;
  return runSql<EventEntry>(
    db,
    sql`SELECT * FROM (
        SELECT ${columns}, 'host' AS role, unit_name AS "hostName", unit_name_en AS "hostNameEn"
          FROM ${eventFacts(base)} WHERE unit_key = ${profile.unitKey}
        UNION ALL
        SELECT ${columns}, 'participant', host_name, host_name_en
          FROM ${eventParticipantFacts(base)} WHERE unit_key = ${profile.unitKey} AND host_unit_key <> ${profile.unitKey}
      ) ORDER BY date DESC, name`,
  );
}

/**
 * A hub's products in its own distribution in `year`: the products of the other provinces there. The
 * provinces table credits a product to its origin, so the hub's own row counts only the hub's products
 * (0 for Hà Nội in Hà Nội), which a reader of the hub's page would take for none at all.
 */
export async function hubInboundProducts(
  db: Database,
  filters: FilterState,
  profile: ProvinceProfile,
  year: number,
): Promise<number | null> {
  const [row] = await runSql<{ products: number | null }>(
    db,
    sql`SELECT sum(products)::INTEGER AS products FROM ${distributionFacts(counterpartFilters(filters))}
      WHERE hub_code = ${profile.code} AND year = ${year} AND unit_key <> ${profile.unitKey}`,
  );
  return row?.products ?? null;
}

/** Everything a province's page shows, fetched together so the page changes in one step. */
export async function provinceDetail(db: Database, filters: FilterState) {
  if (filters.focus === null) return null;
  const profile = await provinceProfile(db, filters.layout, filters.focus);
  if (!profile) return null;
  const own = detailFilters(filters, profile.code);
  const table = await provinceTable(db, own);
  const summary: ProvinceTableRow | null = table.rows.find((r) => r.unitKey === profile.unitKey) ?? null;
  const ocopRows: StarYear[] = await ocopByYearAndStar(db, own);
  const ocopSources = await realSources(db, own, ['ocop']);
  const partners = await partnerLinks(db, filters, profile);
  const mous = await mouEntries(db, filters, profile);
  // The MoU figure over the list: a hub's page lists every MoU it signed, while the provinces table
  // credits each MoU to the partner (a hub's own figure there is 0 by design), so the hub's figure is its
  // list's total; another province's equals the table's.
  const mousSigned = mous.reduce((n, m) => n + m.count, 0);
  const distribution = await distributionEntries(db, filters, profile);
  const events = await eventEntries(db, filters, profile);
  const hubInbound =
    profile.isHub && table.year !== null ? await hubInboundProducts(db, filters, profile, table.year) : null;
  return {
    profile,
    year: table.year,
    summary,
    ocopRows,
    ocopSources,
    partners,
    mous,
    mousSigned,
    distribution,
    events,
    hubInbound,
  };
}

export type ProvinceDetail = NonNullable<Awaited<ReturnType<typeof provinceDetail>>>;
