import { ingestCsv } from '../ingest/ingestCsv';
import { csvForDuckDb } from '../model/csv';
import { DATASET_IDS, type DatasetId } from '../model/datasets';
import type { Database } from './database';
import { createDatasetTables, insertLoadFromCsv } from './dataLoads';
import { loadReferenceTables } from './loadReferenceTables';
import { materializeFacts } from './materializeFacts';

/** A CSV shipped in data/real or data/illustrative, named after its dataset (ocop_products.csv, …). */
export interface BundledFile {
  /** Path relative to data/, e.g. "real/ocop_products.csv". */
  readonly path: string;
  readonly dataset: DatasetId;
}

export function bundledFileFromPath(path: string): BundledFile | undefined {
  const match = /^(?:real|illustrative)\/([a-z_]+)\.csv$/.exec(path);
  const dataset = DATASET_IDS.find((id) => id === match?.[1]);
  return dataset ? { path, dataset } : undefined;
}

export class BundledDataError extends Error {}

/**
 * Creates every table and loads the bundled CSVs through the same ingest path users' files take,
 * one load per file. Bundled data must be clean: one rejected row is a bug, reported with its row number.
 */
export async function loadBundledData(
  db: Database,
  files: readonly BundledFile[],
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<void> {
  await loadReferenceTables(db);
  await createDatasetTables(db);
  for (const file of files) {
    const result = ingestCsv(await readFile(file.path), { dataset: file.dataset });
    if (result.error) throw new BundledDataError(`${file.path}: ${JSON.stringify(result.error)}`);
    const first = result.table.rejected[0];
    if (first) {
      throw new BundledDataError(
        `${file.path} row ${first.rowNumber}, ${first.column}: ${JSON.stringify(first.reason)}`,
      );
    }
    const { columns, rows } = result.table;
    await insertLoadFromCsv(
      db,
      {
        loadId: `bundled:${file.path}`,
        dataset: file.dataset,
        origin: 'bundled',
        fileName: file.path,
        loadedAt: new Date().toISOString(),
      },
      columns,
      csvForDuckDb(columns, rows),
      rows.length,
      [],
      false,
    );
  }
  // Once for all files, rather than after each one.
  await materializeFacts(db);
}
