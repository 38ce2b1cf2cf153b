import type { Database } from '../db/database';
import { runSql, sql } from '../db/sql';

/** One published nationwide figure (dataset `national_totals`): a stock of OCOP products at a date. */
export interface NationalTotal {
  /** yyyy-mm-dd, the date the figure is "as of" (or published). */
  readonly date: string;
  readonly year: number;
  /** Products rated 3 stars or more, nationwide. */
  readonly products: number;
  /** 5-star (national-level) products, where the source gives them. */
  readonly fiveStar: number | null;
  /** Shares of the stock, in percent, where given. */
  readonly threeStarShare: number | null;
  readonly fourStarShare: number | null;
  readonly source: string | null;
  readonly dataKind: 'real' | 'illustrative';
}

/**
 * The published national figures, oldest first: the reference a filtered total is read against (its
 * share of the nation). They are not summed with the provincial rows; each is a stock at its date.
 */
export async function nationalTotals(db: Database): Promise<NationalTotal[]> {
  return runSql<NationalTotal>(
    db,
    sql`SELECT strftime(date, '%Y-%m-%d') AS date, year(date)::INTEGER AS year, products,
        five_star AS "fiveStar", three_star_share AS "threeStarShare", four_star_share AS "fourStarShare",
        source, data_kind AS "dataKind"
      FROM national_totals ORDER BY date, products`,
  );
}

/** The latest published national figure dated in or before `year` (null if none is). */
export async function nationalTotalAsOf(db: Database, year: number): Promise<NationalTotal | null> {
  const rows = await nationalTotals(db);
  return rows.filter((r) => r.year <= year).at(-1) ?? null;
}
