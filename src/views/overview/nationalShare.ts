import type { FilterState } from '../../filters/filterState';
import type { NationalTotal } from '../../queries/nationalTotals';
import type { YearValue } from '../../queries/overviewMetrics';

/** The filtered OCOP products to the end of a published national figure's year, beside that figure. */
export interface NationalShare {
  readonly national: NationalTotal;
  /** Products rated up to the end of `national.year` under the filters (every earlier year counted). */
  readonly cumulative: number;
  readonly illustrative: number;
  /** cumulative / national.products, only when the filters narrow the products (else the two are one total). */
  readonly share: number | null;
}

/**
 * The filtered total read against the nation: cumulative products to the end of the year of the latest
 * published national figure not after the compared year. Not shown when a year range cuts the start off
 * (the sum would not be a cumulative total) or when no national figure is that old.
 */
export function nationalShare(
  ocopProducts: readonly YearValue[],
  national: NationalTotal | null,
  filters: FilterState,
): NationalShare | null {
  if (!national || filters.yearFrom !== null) return null;
  const upTo = ocopProducts.filter((p) => p.year <= national.year);
  if (upTo.length === 0) return null;
  const cumulative = upTo.reduce((sum, p) => sum + p.value, 0);
  const illustrative = upTo.reduce((sum, p) => sum + p.illustrative, 0);
  const narrowed =
    filters.provinces.length > 0 ||
    filters.regions.length > 0 ||
    filters.groups.length > 0 ||
    filters.stars.length > 0;
  return { national, cumulative, illustrative, share: narrowed ? cumulative / national.products : null };
}
