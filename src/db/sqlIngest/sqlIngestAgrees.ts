/**
 * For the tests: one file imported along the old path (ingestCsvStream, rows as CSV text) and along the
 * SQL path (planBulkRead + ingestWithSql), with the report and the loaded rows of each, so that a test
 * can require them to be the same.
 */

import { planBulkRead } from '../../ingest/bulkPlan';
import {
  bytesSource,
  type IngestTarget,
  ingestCsvStream,
  type StreamedIngest,
} from '../../ingest/ingestCsvStream';
import type { Database } from '../database';
import { createTableSql, replaceTableFromCsv } from '../loadTable';
import { dropStaged, ingestWithSql, SqlIngestUnreadable, validRowsSql } from './ingestSql';
import { stagedArrowIpc } from './stagedLoad';

export interface BothPaths {
  readonly old: Omit<StreamedIngest, 'csvText'>;
  readonly oldRows: readonly object[];
  /** Undefined when the file is read the old way (`fallback` says why). */
  readonly sql?: Omit<StreamedIngest, 'csvText'>;
  readonly sqlRows?: readonly object[];
  /** The SQL path's rows as stored in the browser (stagedArrowIpc) and read back. */
  readonly storedRows?: readonly object[];
  readonly fallback?: string;
}

let compared = 0;

export async function importBothWays(
  db: Database,
  bytes: Uint8Array,
  target: IngestTarget,
): Promise<BothPaths> {
  const { csvText, ...old } = await ingestCsvStream(bytesSource(bytes), target);
  const oldTable = `compare_old_${++compared}`;
  await replaceTableFromCsv(db, oldTable, old.columns, csvText);
  const oldRows = await db.query<object>(`SELECT * FROM ${oldTable}`);
  await db.exec(`DROP TABLE ${oldTable}`);
  const reading = await planBulkRead(bytes, target.headerRowNumber);
  if (reading.fallback) return { old, oldRows, fallback: reading.fallback };
  try {
    const { staged, ...sql } = await ingestWithSql(db, reading.plan, target);
    const sqlRows = await db.query<object>(validRowsSql(staged, sql.columns));
    const storedTable = `compare_stored_${compared}`;
    await db.exec(createTableSql(storedTable, sql.columns));
    await db.insertArrowIpc(storedTable, await stagedArrowIpc(db, sql.columns, staged));
    const storedRows = await db.query<object>(`SELECT * FROM ${storedTable}`);
    await db.exec(`DROP TABLE ${storedTable}`);
    await dropStaged(db, staged);
    return { old, oldRows, sql, sqlRows, storedRows };
  } catch (error) {
    if (error instanceof SqlIngestUnreadable)
      return { old, oldRows, fallback: `unreadable: ${error.message}` };
    throw error;
  }
}
