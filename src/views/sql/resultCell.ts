import type { ConsoleColumn } from '../../queries/readOnlySql';

/** Whole-number types as DuckDB names them in a result's schema. */
const WHOLE_NUMBER =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|INT\d*)$/i;
/** A year column: `year`, `nam`/`năm`, or a name ending in `_year` / starting with `year_`. */
const YEAR_NAME = /^(year|nam|năm)$|_year$|^year_/i;

/**
 * A number in the SQL console's grid: years as written (2019, not "2.019" with the thousands dot), every
 * other number in the page's format with up to six decimals.
 */
export function consoleNumber(
  value: number,
  column: Pick<ConsoleColumn, 'name' | 'type'>,
  num: (value: number, maximumFractionDigits?: number) => string,
): string {
  if (YEAR_NAME.test(column.name) && WHOLE_NUMBER.test(column.type) && Number.isInteger(value)) {
    return String(value);
  }
  return num(value, 6);
}
