/**
 * Loading the rows a SQL check staged (ingestSql.ts): one INSERT … SELECT into the dataset's table, in the
 * load's transaction (dataLoads.ts insertLoadWith), and the same rows as csvForDuckDb text for the
 * browser's storage (upload/uploadStore.ts keeps that text, whichever way the file was read).
 */

import type { OutputColumn } from '../../ingest/normalizeRows';
import type { Database } from '../database';
import { type DataLoad, insertLoadWith } from '../dataLoads';
import { checkedIdentifier } from '../loadTable';
import { validRowsSql } from './ingestSql';

export async function insertLoadFromStaged(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  columns: readonly OutputColumn[],
  staged: string,
  rowCount: number,
  replaces: readonly string[] = [],
): Promise<DataLoad> {
  const table = checkedIdentifier(load.dataset);
  const names = columns.map((c) => checkedIdentifier(c.name));
  return insertLoadWith(
    db,
    load,
    rowCount,
    () =>
      db.query(
        `INSERT INTO ${table} (${[...names, 'load_id'].join(', ')}) SELECT *, ?::VARCHAR AS load_id FROM (${validRowsSql(staged, columns)})`,
        [load.loadId],
      ),
    replaces,
  );
}

let copyCounter = 0;

/**
 * The staged valid rows as csvForDuckDb writes them (header line, strings quoted, NULL an empty field,
 * '\n' line ends), written by DuckDB's COPY: what the browser keeps of an upload.
 */
export async function stagedCsvText(
  db: Database,
  columns: readonly OutputColumn[],
  staged: string,
): Promise<string> {
  const quoted = columns.filter((c) => c.sqlType === 'VARCHAR').map((c) => checkedIdentifier(c.name));
  const bytes = await db.writtenBytes(`staged_${++copyCounter}.csv`, async (path) => {
    if (!/^[\w/.:\\-]+$/.test(path)) throw new Error(`Not a plain path: ${path}`);
    await db.exec(
      `COPY (${validRowsSql(staged, columns)}) TO '${path}' (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"', NEW_LINE '\\n', DATEFORMAT '%Y-%m-%d'${quoted.length > 0 ? `, FORCE_QUOTE (${quoted.join(', ')})` : ''})`,
    );
  });
  return new TextDecoder().decode(bytes);
}
