/**
 * Small tables of what JavaScript decided once per distinct value (a province name's code, a star
 * spelling's level), for the SQL import to join: written as csvForDuckDb text and read by DuckDB's
 * reader with their types, like every other table we load.
 */

import { csvForDuckDb, type MachineValue } from '../../model/csv';
import type { Database } from '../database';
import { replaceTableFromCsv, type TableColumn } from '../loadTable';

export async function createValueTable(
  db: Database,
  name: string,
  columns: readonly TableColumn[],
  rows: readonly (readonly MachineValue[])[],
): Promise<void> {
  const records = rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i] ?? null])));
  await replaceTableFromCsv(db, name, columns, csvForDuckDb(columns, records));
}
