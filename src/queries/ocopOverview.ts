import type { Database } from '../db/database';

/** Metrics of the overview's first row. Every figure keeps how much of it is illustrative. */
export interface OcopTotal {
  readonly products: number;
  readonly illustrativeProducts: number;
  readonly sources: readonly string[];
}

export interface OcopStarYear {
  readonly year: number;
  readonly star: string;
  readonly products: number;
  readonly illustrativeProducts: number;
}

export async function ocopTotal(db: Database): Promise<OcopTotal> {
  const [row] = await db.query<{ products: number; illustrative_products: number; sources: string[] | null }>(
    `SELECT coalesce(sum(count), 0)::INTEGER AS products,
            coalesce(sum(count) FILTER (WHERE data_kind = ?), 0)::INTEGER AS illustrative_products,
            list_sort(list_distinct(list(source) FILTER (WHERE source IS NOT NULL AND data_kind = ?))) AS sources
       FROM ocop_products`,
    ['illustrative', 'real'],
  );
  return {
    products: row?.products ?? 0,
    illustrativeProducts: row?.illustrative_products ?? 0,
    sources: row?.sources ?? [],
  };
}

export async function ocopByYearAndStar(db: Database): Promise<OcopStarYear[]> {
  const rows = await db.query<{
    year: number;
    star: string;
    products: number;
    illustrative_products: number;
  }>(
    `SELECT year::INTEGER AS year, star,
            sum(count)::INTEGER AS products,
            coalesce(sum(count) FILTER (WHERE data_kind = ?), 0)::INTEGER AS illustrative_products
       FROM ocop_products
      GROUP BY year, star
      ORDER BY year, star`,
    ['illustrative'],
  );
  return rows.map((r) => ({
    year: r.year,
    star: r.star,
    products: r.products,
    illustrativeProducts: r.illustrative_products,
  }));
}
