import type { Database } from '../db/database';
import { runSql, sql } from '../db/sql';
import type { FilterState } from '../filters/filterState';
import type { ProductGroupId } from '../model/ocop';
import { illustrativeSum, ocopFacts } from './facts';

/** OCOP products rated in one year, per product group. */
export interface GroupProducts {
  readonly group: ProductGroupId;
  readonly products: number;
  readonly illustrative: number;
}

/**
 * The product groups of the OCOP products rated in `year` under every filter, most products first (the
 * year's leading groups). They add up to the year's OCOP KPI, from the same facts.
 */
export async function ocopByGroup(
  db: Database,
  filters: FilterState,
  year: number,
): Promise<GroupProducts[]> {
  return runSql<GroupProducts>(
    db,
    sql`SELECT product_group AS "group", sum(products)::INTEGER AS products,
        ${illustrativeSum('products')}::INTEGER AS illustrative
      FROM ${ocopFacts(filters)} WHERE year = ${year}
      GROUP BY product_group ORDER BY sum(products) DESC, product_group`,
  );
}
