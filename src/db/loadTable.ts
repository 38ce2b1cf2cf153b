import type { Database } from './database';

/** A column of a table we create; names come from our own schema, never from a user's file. */
export interface TableColumn {
  readonly name: string;
  readonly sqlType: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function checkedIdentifier(name: string): string {
  // Identifiers cannot be bound as parameters; ours are schema constants, and this guard keeps it so.
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return name;
}

let fileCounter = 0;

/**
 * SQL that reads CSV text registered under `fileName` whose header is exactly `columns`, as
 * model/csv.ts' csvForDuckDb writes it: strings quoted, so "" is an empty string and only a bare empty is
 * NULL. DuckDB's own reader does the work, with the types given so nothing is re-guessed.
 */
function readCsvSql(fileName: string, columns: readonly TableColumn[]): string {
  const typeStruct = columns.map((c) => `'${checkedIdentifier(c.name)}': '${c.sqlType}'`).join(', ');
  return `read_csv('${fileName}', header = true, delim = ',', quote = '"', escape = '"', columns = {${typeStruct}}, dateformat = '%Y-%m-%d', null_padding = false, allow_quoted_nulls = false)`;
}

/** Registers `csvText` as a file for the duration of `use`, under a name we generate. */
export async function withCsvFile<T>(
  db: Database,
  csvText: string,
  use: (fileName: string) => Promise<T>,
): Promise<T> {
  const fileName = `load_${++fileCounter}.csv`;
  await db.registerText(fileName, csvText);
  try {
    return await use(fileName);
  } finally {
    await db.dropFile(fileName);
  }
}

/** Runs `work` in one transaction: all of it lands, or the tables stay exactly as they were. */
export async function inTransaction<T>(db: Database, work: () => Promise<T>): Promise<T> {
  await db.exec('BEGIN TRANSACTION');
  try {
    const result = await work();
    await db.exec('COMMIT');
    return result;
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  }
}

export function createTableSql(table: string, columns: readonly TableColumn[]): string {
  const columnList = columns.map((c) => `${checkedIdentifier(c.name)} ${c.sqlType}`).join(', ');
  return `CREATE TABLE IF NOT EXISTS ${checkedIdentifier(table)} (${columnList})`;
}

/** (Re)creates `table` with exactly the rows of `csvText`; used for the reference tables. */
export async function replaceTableFromCsv(
  db: Database,
  table: string,
  columns: readonly TableColumn[],
  csvText: string,
): Promise<void> {
  const name = checkedIdentifier(table);
  await withCsvFile(db, csvText, (fileName) =>
    inTransaction(db, async () => {
      await db.exec(`DROP TABLE IF EXISTS ${name}`);
      await db.exec(createTableSql(name, columns));
      await db.exec(`INSERT INTO ${name} SELECT * FROM ${readCsvSql(fileName, columns)}`);
    }),
  );
}

/**
 * Appends the rows of `csvText` to `table`, each tagged with `loadId` in the table's `load_id` column,
 * so that one load can later be listed or removed. Call inside `inTransaction` with the registry write.
 */
export async function appendRowsFromCsv(
  db: Database,
  table: string,
  columns: readonly TableColumn[],
  csvText: string,
  loadId: string,
): Promise<void> {
  const name = checkedIdentifier(table);
  await withCsvFile(db, csvText, (fileName) =>
    // By name: an upload stored before a column was added restores with that column NULL.
    db.query(
      `INSERT INTO ${name} (${[...columns.map((c) => checkedIdentifier(c.name)), 'load_id'].join(', ')}) SELECT *, ?::VARCHAR AS load_id FROM ${readCsvSql(fileName, columns)}`,
      [loadId],
    ),
  );
}
