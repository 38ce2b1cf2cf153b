/**
 * Text from users' files made safe to open in a spreadsheet. Exports (the import report, the SQL
 * console's result, any table's CSV) repeat what those files contained, and opening them must not run
 * anything: a cell a spreadsheet would read as a formula gets an apostrophe in front (OWASP "CSV
 * injection").
 */

/**
 * What makes a spreadsheet read a cell as a formula: =, +, -, @ first, or a leading tab or CR; also after
 * leading spaces (some importers trim them) and in the full-width forms (＝＋－＠) that East Asian Excel
 * accepts.
 */
export const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** The cell as a spreadsheet may open it: an apostrophe in front of anything it would run as a formula. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
