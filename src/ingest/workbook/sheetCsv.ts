/**
 * A sheet's rows → CSV text the ingest reads exactly as it reads an export (readCsv, ingestCsvStream):
 * one record per Excel row, blank rows as empty lines, so the ingest's row numbers are Excel's. Every
 * non-empty cell is quoted (quotes doubled), so commas, quotes and line breaks inside a cell stay in it.
 */

const field = (cell: string): string => (cell === '' ? '' : `"${cell.replaceAll('"', '""')}"`);

export function sheetCsv(rows: readonly (readonly string[])[]): string {
  let text = '';
  for (const row of rows) text += `${row.map(field).join(',')}\n`;
  return text;
}

/** The sheet as the bytes of a UTF-8 CSV file: what ingestCsv and ingestCsvStream take. */
export const sheetCsvBytes = (rows: readonly (readonly string[])[]): Uint8Array =>
  new TextEncoder().encode(sheetCsv(rows));
