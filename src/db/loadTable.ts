import type { Database } from './database';

/** A column of a table we create; names come from our own schema, never from a user's file. */
export interface TableColumn {
  readonly name: string;
  readonly sqlType: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function checkedIdentifier(name: string): string {
  // Identifiers cannot be bound as parameters; ours are schema constants, and this guard keeps it so.
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return name;
}

let fileCounter = 0;

/**
 * Replaces or appends to `table` from CSV text whose header is exactly `columns` (as
 * ingest/toCsvText writes it: strings quoted, so "" is an empty string and only a bare empty is NULL), in one
 * transaction: a failed load leaves the table as it was. DuckDB's own CSV reader does the work,
 * with the column types given so nothing is re-guessed.
 */
export async function loadCsvIntoTable(
  db: Database,
  table: string,
  columns: readonly TableColumn[],
  csvText: string,
  mode: 'replace' | 'append' = 'replace',
): Promise<void> {
  const name = checkedIdentifier(table);
  const columnList = columns.map((c) => `${checkedIdentifier(c.name)} ${c.sqlType}`).join(', ');
  const typeStruct = columns.map((c) => `'${checkedIdentifier(c.name)}': '${c.sqlType}'`).join(', ');
  const fileName = `load_${name}_${++fileCounter}.csv`;
  await db.registerText(fileName, csvText);
  try {
    await db.exec('BEGIN TRANSACTION');
    try {
      if (mode === 'replace') await db.exec(`DROP TABLE IF EXISTS ${name}`);
      await db.exec(`CREATE TABLE IF NOT EXISTS ${name} (${columnList})`);
      await db.exec(
        `INSERT INTO ${name} SELECT * FROM read_csv('${fileName}', header = true, delim = ',', quote = '"', escape = '"', columns = {${typeStruct}}, dateformat = '%Y-%m-%d', null_padding = false, allow_quoted_nulls = false)`,
      );
      await db.exec('COMMIT');
    } catch (error) {
      await db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    await db.dropFile(fileName);
  }
}
