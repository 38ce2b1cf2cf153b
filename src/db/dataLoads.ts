import type { NormalizedTable } from '../ingest/normalizeRows';
import { outputColumns } from '../ingest/normalizeRows';
import { toCsvText } from '../ingest/toCsvText';
import { DATASET_IDS, type DatasetId } from '../model/datasets';
import type { Database } from './database';
import { appendRowsFromCsv, checkedIdentifier, createTableSql, inTransaction } from './loadTable';

/**
 * Every dataset table holds the rows of one or more loads (a bundled file, a user's upload); the
 * `data_loads` registry says which, so a load can be listed and removed without touching the others.
 */
export type LoadOrigin = 'bundled' | 'uploaded';

export interface DataLoad {
  readonly loadId: string;
  readonly dataset: DatasetId;
  readonly origin: LoadOrigin;
  readonly fileName: string;
  readonly rowCount: number;
  /** ISO timestamp of the load. */
  readonly loadedAt: string;
}

export async function createDatasetTables(db: Database): Promise<void> {
  for (const dataset of DATASET_IDS) {
    await db.exec(
      createTableSql(dataset, [...outputColumns(dataset), { name: 'load_id', sqlType: 'VARCHAR' }]),
    );
  }
  await db.exec(
    'CREATE TABLE IF NOT EXISTS data_loads (load_id VARCHAR PRIMARY KEY, dataset VARCHAR, origin VARCHAR, file_name VARCHAR, row_count INTEGER, loaded_at VARCHAR)',
  );
}

/** Adds the rows of one normalized file as one load, atomically with its registry entry. */
export async function insertLoad(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  table: NormalizedTable,
): Promise<DataLoad> {
  if (table.dataset !== load.dataset)
    throw new Error(`A ${table.dataset} table cannot load as ${load.dataset}`);
  const entry: DataLoad = { ...load, rowCount: table.rows.length };
  await inTransaction(db, async () => {
    await appendRowsFromCsv(
      db,
      load.dataset,
      table.columns,
      toCsvText(table.columns, table.rows),
      load.loadId,
    );
    await db.query('INSERT INTO data_loads VALUES (?, ?, ?, ?, ?, ?)', [
      entry.loadId,
      entry.dataset,
      entry.origin,
      entry.fileName,
      entry.rowCount,
      entry.loadedAt,
    ]);
  });
  return entry;
}

/** Removes one load's rows and its registry entry, atomically. */
export async function removeLoad(db: Database, loadId: string): Promise<void> {
  const [entry] = await db.query<{ dataset: string }>('SELECT dataset FROM data_loads WHERE load_id = ?', [
    loadId,
  ]);
  const dataset = DATASET_IDS.find((id) => id === entry?.dataset);
  if (!dataset) return;
  await inTransaction(db, async () => {
    await db.query(`DELETE FROM ${checkedIdentifier(dataset)} WHERE load_id = ?`, [loadId]);
    await db.query('DELETE FROM data_loads WHERE load_id = ?', [loadId]);
  });
}

export async function listLoads(db: Database): Promise<DataLoad[]> {
  const rows = await db.query<{
    load_id: string;
    dataset: DatasetId;
    origin: LoadOrigin;
    file_name: string;
    row_count: number;
    loaded_at: string;
  }>('SELECT * FROM data_loads ORDER BY loaded_at, load_id');
  return rows.map((r) => ({
    loadId: r.load_id,
    dataset: r.dataset,
    origin: r.origin,
    fileName: r.file_name,
    rowCount: r.row_count,
    loadedAt: r.loaded_at,
  }));
}
