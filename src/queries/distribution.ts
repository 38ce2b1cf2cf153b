import type { Database } from '../db/database';
import { raw, runSql, sql } from '../db/sql';
import type { FilterState } from '../filters/filterState';
import { distributionFacts, HUB_LIST, illustrativeSum, type UnitOfRow } from './facts';

/**
 * Products of the provinces in HCMC's and Hanoi's distribution. `product_count` is a stock (the
 * products present in a year, data/README.md), so a year's figures add up across provinces,
 * distributors and channels, but never across years.
 */

export interface OriginProducts extends UnitOfRow {
  readonly toHcmc: number;
  readonly toHanoi: number;
  readonly illustrative: number;
}

/**
 * Products present in each hub's channels in `year`, by origin province, largest first: the one
 * definition of a hub's partner provinces (the overview's top partners are its first rows). A
 * province's products in its own hub (in the 34 layout, those of a province since merged into the hub)
 * are not "entering" the hub and are left out: `withinHubProducts` counts them. Hanoi's products in
 * HCMC's channels do enter HCMC, and count. A distribution row counts the products on the hub's shelves
 * that year (a stock, like Đồng Tháp's "300+"), so years are never added up.
 */
export async function productsByOrigin(
  db: Database,
  filters: FilterState,
  year: number,
  limit?: number,
): Promise<OriginProducts[]> {
  return runSql<OriginProducts>(
    db,
    sql`SELECT unit_key AS "unitKey", unit_code AS "unitCode", unit_layout AS "unitLayout", any_value(unit_name) AS name,
        any_value(unit_name_en) AS "nameEn", bool_or(post_merger) AS "postMerger",
        coalesce(sum(products) FILTER (WHERE hub_code = ${'79'}), 0)::INTEGER AS "toHcmc",
        coalesce(sum(products) FILTER (WHERE hub_code = ${'01'}), 0)::INTEGER AS "toHanoi",
        ${illustrativeSum('products')}::INTEGER AS illustrative
      FROM ${distributionFacts(filters)}
      WHERE year = ${year} AND hub_code IS NOT NULL AND unit_code <> hub_code
      GROUP BY unit_key, unit_code, unit_layout
      ORDER BY sum(products) DESC, unit_key
      ${limit === undefined ? raw('') : sql`LIMIT ${limit}`}`,
  );
}

/** Products in `year` whose origin is the hub they are distributed in (see `productsByOrigin`). */
export async function withinHubProducts(db: Database, filters: FilterState, year: number): Promise<number> {
  const [row] = await runSql<{ n: number }>(
    db,
    sql`SELECT coalesce(sum(products), 0)::INTEGER AS n FROM ${distributionFacts(filters)}
      WHERE year = ${year} AND hub_code IS NOT NULL AND unit_code = hub_code`,
  );
  return row?.n ?? 0;
}

export interface DistributorYear {
  readonly year: number;
  /** As written in the data; null when the row names none (OCOP showrooms, e-commerce, unsplit totals). */
  readonly distributor: string | null;
  readonly hubCode: string;
  readonly products: number;
  readonly illustrative: number;
}

/** Products in the hubs' channels by year, distributor and hub. */
export async function productsByDistributor(db: Database, filters: FilterState): Promise<DistributorYear[]> {
  return runSql<DistributorYear>(
    db,
    sql`SELECT year, distributor, hub_code AS "hubCode", sum(products)::INTEGER AS products,
        ${illustrativeSum('products')}::INTEGER AS illustrative
      FROM ${distributionFacts(filters)} WHERE hub_code IN ${HUB_LIST}
      GROUP BY year, distributor, hub_code ORDER BY year, distributor, hub_code`,
  );
}

export interface ChannelYear {
  readonly year: number;
  /** A CHANNEL_TYPES id; null when the row does not say. */
  readonly channelType: string | null;
  readonly products: number;
  readonly illustrative: number;
}

/** Products in the hubs' channels by year and channel type. */
export async function productsByChannel(db: Database, filters: FilterState): Promise<ChannelYear[]> {
  return runSql<ChannelYear>(
    db,
    sql`SELECT year, channel_type AS "channelType", sum(products)::INTEGER AS products,
        ${illustrativeSum('products')}::INTEGER AS illustrative
      FROM ${distributionFacts(filters)} WHERE hub_code IN ${HUB_LIST}
      GROUP BY year, channel_type ORDER BY year, channel_type`,
  );
}
