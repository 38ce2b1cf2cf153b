import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Answer } from './answerCache';
import type { Database, SqlParam } from './database';
import { bundledFileFromPath, loadBundledData } from './loadBundledData';
import { checkedIdentifier } from './loadTable';
import { startNodeDatabase } from './nodeDatabase';
import type { ShippedTable } from './shippedDatabase';

const DATA_DIR = resolve(import.meta.dirname, '..', '..', 'data');

/** The bundled CSVs as the browser gets them, read from disk: the same files, the same ingest, the same SQL. */
export function bundledFilesOnDisk() {
  return ['real', 'illustrative']
    .flatMap((dir) => {
      try {
        return readdirSync(resolve(DATA_DIR, dir)).map((name) => `${dir}/${name}`);
      } catch {
        return [];
      }
    })
    .sort()
    .flatMap((path) => bundledFileFromPath(path) ?? []);
}

export interface BundledDataOptions {
  /** `'real'` leaves the illustrative files out. */
  only?: 'real';
}

/** DuckDB in Node with the bundled data loaded. */
export async function startNodeDatabaseWithBundledData(options: BundledDataOptions = {}): Promise<Database> {
  const db = await startNodeDatabase();
  await loadBundledData(
    db,
    bundledFilesOnDisk().filter((file) => !options.only || file.path.startsWith(`${options.only}/`)),
    async (path) => new Uint8Array(readFileSync(resolve(DATA_DIR, path))),
  );
  return db;
}

/** Every table of `db` (its CREATE statement and rows), as the build ships it (db/shippedDatabase.ts). */
export async function shippedTablesOf(db: Database): Promise<ShippedTable[]> {
  const tables = await db.query<{ name: string; ddl: string }>(
    "SELECT table_name AS name, sql AS ddl FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' ORDER BY table_name",
  );
  const shipped: ShippedTable[] = [];
  for (const { name, ddl } of tables) {
    const table = checkedIdentifier(name);
    const [count] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`);
    shipped.push({ name, ddl, ipc: count?.n ? await db.queryArrowIpc(`SELECT * FROM ${table}`) : null });
  }
  return shipped;
}

/** Runs `ask` against `db` and returns every read query it made, with its answer, in the order asked. */
export async function recordAnswers(
  db: Database,
  ask: (db: Database) => Promise<unknown>,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  const recording: Database = {
    ...db,
    async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
      const rows = await db.query<Row>(sql, params);
      answers.push([sql, params, rows]);
      return rows;
    },
  };
  await ask(recording);
  return answers;
}
