/**
 * Loading the rows a SQL check staged (ingestSql.ts): one INSERT … SELECT into the dataset's table, in the
 * load's transaction (dataLoads.ts insertLoadWith), and the same rows as Arrow bytes for the browser's
 * storage (upload/uploadStore.ts).
 */

import type { OutputColumn } from '../../ingest/normalizeRows';
import type { Database } from '../database';
import { type DataLoad, insertLoadSelecting } from '../dataLoads';
import { validRowsSql } from './ingestSql';

export function insertLoadFromStaged(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  columns: readonly OutputColumn[],
  staged: string,
  rowCount: number,
  replaces: readonly string[] = [],
): Promise<DataLoad> {
  return insertLoadSelecting(db, load, columns, validRowsSql(staged, columns), rowCount, replaces);
}

/**
 * The staged valid rows as an Arrow IPC stream of `columns`: what the browser keeps of an upload read by
 * DuckDB (restored by dataLoads.ts insertLoadFromArrow). Taken as the engine's own bytes, no row passes
 * through JavaScript (writing them as CSV text took 5.7 s for 1M rows in the browser).
 */
export function stagedArrowIpc(
  db: Database,
  columns: readonly OutputColumn[],
  staged: string,
): Promise<Uint8Array> {
  return db.queryArrowIpc(validRowsSql(staged, columns));
}
